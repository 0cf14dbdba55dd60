import Foundation
import Testing

/// A file a command cannot write is a clean error with the system's reason,
/// and every file stays as it was; a multi-file write fails before any of
/// it happens.
@Suite struct WriteFailureTests {
    @Test func aReportThatCannotBeWrittenFailsBeforeThePolicyIsPrinted() throws {
        let result = try ShellRunner.run("\"$CONCORD\" merge \"$CORPUS/todwick.txt\" \"$CORPUS/milverton.txt\" --strategy strictest --report /no/such/folder/report.md")
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == "concord: error: cannot write '/no/such/folder/report.md': No such file or directory\n")
    }

    @Test func thePolicyAndTheReportCannotShareAFile() throws {
        let folder = ScratchFolder()
        let result = try ShellRunner.run("\"$CONCORD\" merge \"$CORPUS/todwick.txt\" --strategy strictest -o trust.policy --report ./trust.policy", in: folder.path)
        #expect(result.status == 64)
        #expect(result.errors == "concord: error: the policy and the report would both be written to 'trust.policy'; give --report another file\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aPolicyThatCannotBePrintedLeavesTheReportAsItWas() throws {
        let folder = ScratchFolder()
        folder.write("report.md", "old\n")
        let result = try ShellRunner.run("\"$CONCORD\" merge \"$CORPUS/todwick.txt\" \"$CORPUS/milverton.txt\" --strategy strictest --report report.md > /dev/full", in: folder.path)
        #expect(result.status == 1)
        #expect(folder.read("report.md") == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }

    @Test(arguments: [
        ("render \"$CORPUS/todwick.policy\" --school T -o file.txt/out.md", "cannot write 'file.txt/out.md': Not a directory"),
        ("import \"$CORPUS/todwick.txt\" -o file.txt", "cannot create the folder 'file.txt': File exists"),
        ("render \"$CORPUS/todwick.policy\" --school T -o /dev/full --format md", "'/dev/full' is not a regular file"),
        ("merge \"$CORPUS/todwick.txt\" --strategy strictest -o file.txt/trust.policy", "cannot create the folder 'file.txt/trust.history' for released versions: Not a directory"),
    ])
    func anUnwritableTargetIsACleanError(command: String, message: String) throws {
        let folder = ScratchFolder()
        folder.write("file.txt", "old\n")
        let result = try ShellRunner.run("\"$CONCORD\" \(command)", in: folder.path)
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == "concord: error: \(message)\n")
        #expect(folder.read("file.txt") == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["file.txt"])
    }

    /// What a release killed between its two writes left (the kept version
    /// and the policy's temporary file, never renamed) is undone by the
    /// next release, which then succeeds as if the first had never run.
    @Test func aReleaseKilledHalfWayIsUndoneByTheNext() throws {
        let folder = ScratchFolder()
        let policy = try String(contentsOfFile: LanguageTestPaths.corpus + "/todwick.policy", encoding: .utf8)
        folder.write("t.policy", policy)
        let release = "\"$CONCORD\" release t.policy --version 3.0 --purpose Review --lead L --date 2025-09"
        let reference = ScratchFolder()
        reference.write("t.policy", policy)
        #expect(try ShellRunner.run(release, in: reference.path).status == 0)
        let released = reference.read("t.policy")
        let dead = try AtomicFileWriterTests.deadProcess()
        try FileManager.default.createDirectory(atPath: folder.file("t.history"), withIntermediateDirectories: false)
        folder.write("t.history/3.0.policy", released)
        folder.write(".t.policy.concord-\(dead)-1", released)
        folder.write("t.history/.3.0.policy.concord-\(dead)-2", released)
        let result = try ShellRunner.run(release, in: folder.path)
        #expect(result.status == 0)
        #expect(result.errors == "concord: warning: removed 't.history/3.0.policy', kept by a release or merge that was stopped before it wrote 't.policy'\n")
        #expect(folder.read("t.policy") == released)
        #expect(folder.read("t.history/3.0.policy") == released)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["t.history", "t.policy"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("t.history")) == ["3.0.policy"])
    }

    /// fmt, writing the policy, undoes the unfinished release first, so
    /// that the release can be run again.
    @Test func fmtUndoesAnUnfinishedReleaseBeforeItWrites() throws {
        let folder = ScratchFolder()
        let policy = try String(contentsOfFile: LanguageTestPaths.corpus + "/todwick.policy", encoding: .utf8)
        folder.write("t.policy", InterruptedWriteTests.unformatted(policy))
        let dead = try AtomicFileWriterTests.deadProcess()
        try FileManager.default.createDirectory(atPath: folder.file("t.history"), withIntermediateDirectories: false)
        folder.write("t.history/3.0.policy", "released\n")
        folder.write(".t.policy.concord-\(dead)-1", "released\n")
        let formatted = try ShellRunner.run("\"$CONCORD\" fmt t.policy", in: folder.path)
        #expect(formatted.status == 0)
        #expect(formatted.errors == "concord: warning: removed 't.history/3.0.policy', kept by a release or merge that was stopped before it wrote 't.policy'\n")
        #expect(folder.read("t.policy") == policy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.policy"])
        let released = try ShellRunner.run("\"$CONCORD\" release t.policy --version 3.0 --purpose Review --lead L --date 2025-09", in: folder.path)
        #expect(released.status == 0)
    }
}
