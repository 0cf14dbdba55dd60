import ConcordCommandLine
import Foundation
import Testing

@Suite struct AtomicFileWriterTests {
    @Test func replacesTheFileWhole() throws {
        let folder = ScratchFolder()
        let path = folder.write("a.policy", "old")
        try AtomicFileWriter.write("new", to: path)
        #expect(folder.read("a.policy") == "new")
        try AtomicFileWriter.write("fresh", to: folder.file("b.policy"))
        #expect(folder.read("b.policy") == "fresh")
    }

    @Test func leavesTheOriginalWhenItCannotWrite() throws {
        let folder = ScratchFolder()
        let path = folder.write("a.policy", "old")
        #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter.write("new", to: folder.path) }
        #expect(throws: AtomicFileWriter.Failure.self) { try AtomicFileWriter.write("new", to: folder.file("missing/a.policy")) }
        #expect(folder.read("a.policy") == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.policy"])
        _ = path
    }
}

extension AtomicFileWriterTests {
    @Test func replacesTheFileALinkPointsTo() throws {
        let folder = ScratchFolder()
        folder.write("target.policy", "old")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.policy"), withDestinationPath: folder.file("target.policy"))
        try AtomicFileWriter.write("new", to: folder.file("link.policy"))
        #expect(folder.read("target.policy") == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.policy")) == folder.file("target.policy"))
    }
}
