import ConcordCommandLine
import Foundation
import Testing

@Suite struct FmtCommandTests {
    let messy = """
        # A draft.
        section   A    "One"
        clause A.1 "Staff must report concerns."   @4
        rule staff    must report headteacher
        policy "P"

        """
    let formatted = """
        policy "P"

        # A draft.
        section A "One"
          clause A.1 "Staff must report concerns."  @4
            rule staff must report headteacher

        """

    @Test func rewritesInPlaceKeepingPermissions() throws {
        let folder = ScratchFolder()
        let path = folder.write("p.policy", messy)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["fmt", "--check", path]) == 1)
        #expect(harness.output == path + "\n")
        #expect(harness.run(["fmt", path]) == 0)
        #expect(folder.read("p.policy") == formatted)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(harness.run(["fmt", "--check", folder.path]) == 0)
        #expect(harness.run(["fmt", path]) == 0)
        #expect(folder.read("p.policy") == formatted, "fmt is idempotent")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.policy"], "no temporary file is left")
    }

    @Test func formatsStandardInputToStandardOutput() {
        let harness = LanguageCommandHarness()
        harness.input = Array(messy.utf8)
        #expect(harness.run(["fmt", "-"]) == 0)
        #expect(harness.output == formatted)
    }

    @Test func leavesAFileWithErrorsAlone() {
        let folder = ScratchFolder()
        let bad = messy.replacingOccurrences(of: "must report", with: "must reprot")
        let path = folder.write("p.policy", bad)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["fmt", path]) == 1)
        #expect(harness.errors.contains("error: unknown action 'reprot'; did you mean 'report'?"))
        #expect(folder.read("p.policy") == bad)
    }

    @Test func refusesToRewriteProse() {
        let folder = ScratchFolder()
        let path = folder.write("p.txt", "Staff must report concerns.\n")
        let harness = LanguageCommandHarness()
        #expect(harness.run(["fmt", path]) == 1)
        #expect(folder.read("p.txt") == "Staff must report concerns.\n")
        #expect(harness.run(["fmt", "--stdout", path]) == 0)
        #expect(harness.output.contains("rule staff must report"))
    }

    @Test func theCorpusIsFormatted() {
        #expect(LanguageCommandHarness().run(["fmt", "--check", LanguageTestPaths.corpus]) == 0)
    }
}
