import Foundation
import Testing
@testable import ConcordCommandLine

@Suite struct PathNameTests {
    @Test func lastComponent() {
        #expect(PathName.lastComponent("a/b.txt") == "b.txt")
        #expect(PathName.lastComponent("b.txt") == "b.txt")
        #expect(PathName.lastComponent("a/b/") == "b")
        #expect(PathName.lastComponent("/") == "/")
        #expect(PathName.lastComponent("") == "")
    }

    @Test func directory() {
        #expect(PathName.directory("a/b.txt") == "a")
        #expect(PathName.directory("a//b.txt") == "a")
        #expect(PathName.directory("b.txt") == "")
        #expect(PathName.directory("/b.txt") == "/")
        #expect(PathName.directory("a/b/") == "a")
    }

    @Test func join() {
        #expect(PathName.join("a", "b.policy") == "a/b.policy")
        #expect(PathName.join("a/", "b.policy") == "a/b.policy")
        #expect(PathName.join("", "b.policy") == "b.policy")
        #expect(PathName.join("/", "b.policy") == "/b.policy")
    }

    @Test func extensions() {
        #expect(PathName.pathExtension("a/b.TXT") == "TXT")
        #expect(PathName.pathExtension("a.d/b") == "")
        #expect(PathName.pathExtension(".profile") == "")
        #expect(PathName.pathExtension("a/trust.history/1.0.policy") == "policy")
        #expect(PathName.deletingExtension("a/trust.policy") == "a/trust")
        #expect(PathName.deletingExtension("a.d/trust") == "a.d/trust")
        #expect(PathName.deletingExtension(".profile") == ".profile")
    }

    @Test func canonicalNamesOfOneFileAgree() throws {
        let folder = ScratchFolder()
        let file = folder.write("a.txt", "x")
        try FileManager.default.createDirectory(atPath: folder.file("sub"), withIntermediateDirectories: true)
        #expect(PathName.canonical(folder.path + "/./sub/../a.txt") == PathName.canonical(file))
        #expect(PathName.canonical(folder.path + "//a.txt") == PathName.canonical(file))
        // A file that does not exist is tidied, not resolved.
        #expect(PathName.canonical("x//./y.txt") == "x/y.txt")
        #expect(PathName.canonical("x/z/../y.txt") == "x/y.txt")
        #expect(PathName.canonical("../x/y.txt") == "../x/y.txt")
        #expect(PathName.canonical("/../x/y.txt") == "/x/y.txt")
    }

    @Test func followingLinkLeavesOtherPathsAlone() throws {
        let folder = ScratchFolder()
        let target = folder.write("target.policy", "x")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.policy"), withDestinationPath: target)
        #expect(PathName.followingLink(folder.file("link.policy")) == PathName.canonical(target))
        #expect(PathName.followingLink("relative/new.policy") == "relative/new.policy")
        #expect(PathName.followingLink(target) == target)
    }
}
