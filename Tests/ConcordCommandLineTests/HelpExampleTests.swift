import Foundation
import Testing

/// The example in each command's help runs as written, in a folder holding
/// a copy of the corpus (and the two versions the diff example names), in
/// the order `concord --help` lists the commands: merge makes the
/// trust.policy that render and release take. Each exits 0 (diff 1: the
/// versions differ).
@Suite struct HelpExampleTests {
    @Test func everyExampleRunsAsWritten() throws {
        let folder = ScratchFolder()
        try FileManager.default.copyItem(atPath: LanguageTestPaths.corpus, toPath: folder.file("corpus"))
        let versions = LanguageTestPaths.root.appendingPathComponent("Tests/ConcordKitTests/Fixtures/diff/todwick").path
        try FileManager.default.copyItem(atPath: versions + "/todwick-2024.txt", toPath: folder.file("policy-2024.txt"))
        try FileManager.default.copyItem(atPath: versions + "/todwick-2025.txt", toPath: folder.file("policy-2025.txt"))
        var examples = 0
        for command in ["extract", "import", "check", "fmt", "diff", "compare", "merge", "render", "release"] {
            let help = try ShellRunner.run("\"$CONCORD\" \(command) --help").output
            for line in help.split(separator: "\n") where line.hasPrefix("EXAMPLE: concord ") {
                let example = "\"$CONCORD\"" + line.dropFirst("EXAMPLE: concord".count)
                let result = try ShellRunner.run(example, in: folder.path)
                #expect(result.status == (command == "diff" ? 1 : 0), "\(line)\n\(result.errors)")
                examples += 1
            }
        }
        #expect(examples >= 9)
    }
}
