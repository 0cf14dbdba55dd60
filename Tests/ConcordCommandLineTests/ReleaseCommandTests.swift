import ConcordCommandLine
import Foundation
import Testing

@Suite struct ReleaseCommandTests {
    static let policy = """
        policy "Social Media Policy"
        school "{{school}}"

        history
          1.9  2024-09  "Merged from: Oak, Elm"  "A. Lead"

        # The staff rules.
        section 1 "Staff"
          clause 1.1 "Staff should not befriend pupils on personal accounts."
            rule staff should-not befriend pupils on personal-account

        """

    /// A policy released as 1.9, then edited: one clause tightened, one added.
    func released() -> (ScratchFolder, String) {
        let folder = ScratchFolder()
        let path = folder.write("trust.policy", Self.policy)
        try? FileManager.default.createDirectory(atPath: folder.file("trust.history"), withIntermediateDirectories: true)
        folder.write("trust.history/1.9.policy", Self.policy)
        let edited = Self.policy
            .replacingOccurrences(of: "Staff should not befriend", with: "Staff must not befriend")
            .replacingOccurrences(of: "should-not befriend", with: "must-not befriend")
            + "  clause 1.2 \"Staff must report concerns to the headteacher.\"\n    rule staff must report headteacher\n"
        folder.write("trust.policy", edited)
        return (folder, path)
    }

    @Test func appendsTheEntryAndKeepsTheVersion() {
        let (folder, path) = released()
        let harness = LanguageCommandHarness()
        let status = harness.run(["release", path, "--version", "1.10", "--purpose", "Annual review", "--lead", "B. Lead", "--date", "2025-09"])
        #expect(status == 0, "\(harness.errors)")
        let text = folder.read("trust.policy")
        #expect(text.contains("  1.9  2024-09  \"Merged from: Oak, Elm\"  \"A. Lead\"\n  1.10  2025-09  \"Annual review (1 tightened, 1 added)\"  \"B. Lead\"\n"))
        #expect(text.contains("# The staff rules.\n"), "comments are kept")
        #expect(folder.read("trust.history/1.10.policy") == text)
        #expect(harness.output.contains("released 1.10 of \(path): Annual review (1 tightened, 1 added)"))
        #expect(harness.run(["diff", folder.file("trust.history/1.9.policy"), folder.file("trust.history/1.10.policy")]) == 1)
        #expect(harness.output.contains("tightened"))
        #expect(harness.output.contains("added"))
    }

    @Test(arguments: ["1.9", "1.8", "1.9.0", "draft"])
    func refusesAVersionThatDoesNotIncrease(version: String) {
        let (folder, path) = released()
        let before = folder.read("trust.policy")
        let harness = LanguageCommandHarness()
        #expect(harness.run(["release", path, "--version", version, "--purpose", "P", "--lead", "L"]) == 1)
        #expect(harness.errors.contains("version '\(version)'"), "\(harness.errors)")
        #expect(folder.read("trust.policy") == before)
        #expect(folder.read("trust.history/1.9.policy") == Self.policy, "the old version stays")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.file("trust.history"))) == ["1.9.policy"])
    }

    @Test func aFailedWriteLeavesEveryFileAsItWas() throws {
        let folder = ScratchFolder()
        let path = folder.write("trust.policy", Self.policy)
        folder.write("trust.history", "not a folder")
        let harness = LanguageCommandHarness()
        #expect(harness.run(["release", path, "--version", "2.0", "--purpose", "P", "--lead", "L"]) == 1)
        #expect(harness.errors.contains("is not a folder"))
        #expect(folder.read("trust.policy") == Self.policy)
        #expect(folder.read("trust.history") == "not a folder")
    }

    @Test func needsItsOptionsAndAPolicyFile() {
        let folder = ScratchFolder()
        let path = folder.write("trust.policy", Self.policy)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["release", path, "--version", "2.0"]) == 64)
        #expect(harness.errors.contains("release needs --purpose, --lead"))
        let text = folder.write("trust.txt", "Staff must report concerns.")
        #expect(harness.run(["release", text, "--version", "2.0", "--purpose", "P", "--lead", "L"]) == 64)
    }
}
