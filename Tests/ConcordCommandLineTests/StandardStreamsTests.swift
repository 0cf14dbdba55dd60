import Foundation
import Testing

/// Writes to standard output are checked and reads of standard input say
/// what went wrong, run as a shell would run `concord`.
@Suite struct StandardStreamsTests {
    @Test(arguments: [
        "extract \"$CORPUS/todwick.txt\"",
        "extract \"$CORPUS/todwick.txt\" --format table",
        "import \"$CORPUS/todwick.txt\" -o -",
        "fmt --stdout \"$CORPUS/todwick.policy\"",
        "compare \"$CORPUS/todwick.txt\" \"$CORPUS/milverton.txt\"",
        "merge \"$CORPUS/todwick.txt\" \"$CORPUS/milverton.txt\" --strategy strictest --date 2025-09",
        "render \"$CORPUS/todwick.policy\" --school Todwick",
        "--help",
    ])
    func aFullDiskIsAnError(command: String) throws {
        let result = try ShellRunner.run("\"$CONCORD\" \(command) > /dev/full")
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix("concord: error: cannot write to standard output: No space left on device\n"))
    }

    @Test func diffSaysTroubleWithTwo() throws {
        let result = try ShellRunner.run("\"$CONCORD\" diff \"$CORPUS/todwick.txt\" \"$CORPUS/milverton.txt\" > /dev/full")
        #expect(result.status == 2)
        #expect(result.errors == "concord: error: cannot write to standard output: No space left on device\n")
    }

    @Test func aClosedStandardOutputIsAnError() throws {
        let result = try ShellRunner.run("\"$CONCORD\" extract \"$CORPUS/todwick.txt\" >&-")
        #expect(result.status == 1)
        #expect(result.errors == "concord: error: cannot write to standard output: Bad file descriptor\n")
    }

    /// A command that writes nothing to standard output does not mind it
    /// closed, and the files it opens never take its place.
    @Test func aClosedStandardOutputTakesNoFile() throws {
        let folder = ScratchFolder()
        let result = try ShellRunner.run("\"$CONCORD\" import \"$CORPUS/todwick.txt\" -o out >&-", in: folder.path)
        #expect(result.status == 0)
        #expect(result.errors == "")
        let written = try String(contentsOfFile: folder.file("out/todwick.policy"), encoding: .utf8)
        #expect(written == (try String(contentsOfFile: LanguageTestPaths.corpus + "/todwick.policy", encoding: .utf8)))
    }

    @Test(arguments: ["extract -", "extract", "import", "check", "fmt"])
    func aFolderAsStandardInputIsAnError(command: String) throws {
        let result = try ShellRunner.run("\"$CONCORD\" \(command) < /tmp")
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors == "concord: error: cannot read standard input: Is a directory\n")
    }

    @Test func aClosedStandardInputIsAnError() throws {
        let result = try ShellRunner.run("\"$CONCORD\" extract <&-")
        #expect(result.status == 1)
        #expect(result.errors == "concord: error: cannot read standard input: Bad file descriptor\n")
    }

    @Test func standardInputReadsAsAFile() throws {
        let piped = try ShellRunner.run("\"$CONCORD\" extract < \"$CORPUS/todwick.txt\"")
        let named = try ShellRunner.run("\"$CONCORD\" extract \"$CORPUS/todwick.txt\"")
        #expect(piped.status == 0)
        #expect(!piped.output.isEmpty)
        #expect(piped.output.replacingOccurrences(of: "\"doc\":\"stdin\"", with: "\"doc\":\"todwick\"") == named.output)
    }
}
