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

extension AtomicFileWriterTests {
    /// A process that has exited, whose id names no running process.
    static func deadProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func removesTheTemporaryFilesAKilledRunLeft() throws {
        let folder = ScratchFolder()
        folder.write("a.policy", "old")
        let dead = try Self.deadProcess()
        folder.write(".a.policy.concord-\(dead)-12345", "half")
        // A running process's (pid 1's) is its own business; another
        // target's is left for that target's next write.
        folder.write(".a.policy.concord-1-777", "running")
        folder.write(".b.policy.concord-\(dead)-12345", "other")
        try AtomicFileWriter.write("new", to: folder.file("a.policy"))
        #expect(folder.read("a.policy") == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == [".a.policy.concord-1-777", ".b.policy.concord-\(dead)-12345", "a.policy"])
    }

    @Test func saysWhyItCannotWrite() throws {
        let folder = ScratchFolder()
        folder.write("file.txt", "x")
        #expect(throws: IOFailure(description: "cannot write '\(folder.file("file.txt/a.policy"))': Not a directory")) {
            try AtomicFileWriter.write("new", to: folder.file("file.txt/a.policy"))
        }
        #expect(throws: IOFailure(description: "'/dev/full' is not a regular file")) {
            try AtomicFileWriter.write("new", to: "/dev/full")
        }
    }
}
