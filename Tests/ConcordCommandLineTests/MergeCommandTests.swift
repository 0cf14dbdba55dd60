import ConcordCommandLine
import Foundation
import Testing

@Suite struct MergeCommandTests {
    static let schoolA = """
        policy "Social Media Policy"
        school "Oak Primary School"

        section 1 "Staff"
          clause 1.1 "Staff at Oak must not befriend pupils on personal accounts."
            rule staff must-not befriend pupils on personal-account
          clause 1.2 "Staff should report concerns to the headteacher."
            rule staff should report headteacher

        """
    static let schoolB = """
        policy "Social Media Policy"
        school "Elm Primary School"

        section A "Staff"
          clause A.1 "Staff should not befriend pupils on personal accounts."
            rule staff should-not befriend pupils on personal-account

        """

    @Test func writesThePolicyItsFirstKeptVersionAndTheReport() {
        let folder = ScratchFolder()
        let a = folder.write("oak.policy", Self.schoolA), b = folder.write("elm.policy", Self.schoolB)
        let harness = LanguageCommandHarness()
        let status = harness.run([
            "merge", a, b, "--strategy", "strictest", "--trust", "Green Trust", "--lead", "A. Lead", "--date", "2025-09",
            "-o", folder.file("trust.policy"), "--report", folder.file("report.md"),
        ])
        #expect(status == 0, "\(harness.errors)")
        let merged = folder.read("trust.policy")
        #expect(merged.contains("school \"{{school}}\"\ntrust \"Green Trust\"\n"))
        #expect(merged.contains("  1.0  2025-09  \"Merged from: Oak Primary School, Elm Primary School\"  \"A. Lead\"\n"))
        #expect(merged.contains("clause 1.1 \"Staff at {{school}} must not befriend pupils on personal accounts.\"\n    rule staff must-not befriend pupils on personal-account\n    from oak 1.1\n"))
        #expect(merged.contains("# topic staff/report/leaders; covered by 1 of 2 schools; words of oak 1.2\n"))
        #expect(folder.read("trust.history/1.0.policy") == merged)
        let report = folder.read("report.md")
        #expect(report.contains("- Chosen: **must not, on personal-account**, held by oak (1.1)\n- Alternative: should not, on personal-account, held by elm (A.1)\n"))
        #expect(harness.run(["check", "--strict", folder.file("trust.policy")]) == 0, "\(harness.errors)")
    }

    @Test func makesLocalWordsPlaceholdersAndWritesAnHTMLReport() {
        let folder = ScratchFolder()
        let a = folder.write("oak.policy", Self.schoolA.replacingOccurrences(
            of: "Staff should report concerns to the headteacher.", with: "Staff should report concerns to the headteacher and to Warwickshire County Council."))
        let b = folder.write("elm.policy", Self.schoolB)
        let harness = LanguageCommandHarness()
        let status = harness.run([
            "merge", a, b, "--strategy", "strictest", "--date", "2025-09", "--local", "council=Warwickshire County Council",
            "-o", folder.file("trust.policy"), "--report", folder.file("report.html"),
        ])
        #expect(status == 0, "\(harness.errors)")
        #expect(folder.read("trust.policy").contains("the headteacher and to {{local-council}}."))
        let report = folder.read("report.html")
        #expect(report.hasPrefix("<!DOCTYPE html>"))
        #expect(report.contains("<h2>Needs the author</h2>"))
        #expect(harness.run(["check", "--strict", folder.file("trust.policy")]) == 0, "\(harness.errors)")
    }

    @Test func printsToStandardOutputWithoutAFile() throws {
        let folder = ScratchFolder()
        let a = folder.write("oak.policy", Self.schoolA), b = folder.write("elm.policy", Self.schoolB)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["merge", a, b, "--strategy", "majority", "--date", "2025-09"]) == 0)
        #expect(harness.output.contains("policy \"Social Media Policy\"\nschool \"{{school}}\"\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["elm.policy", "oak.policy"])
    }

    @Test(arguments: [
        (["--strategy", "loosest"], "unknown strategy 'loosest'"),
        (["--strategy", "prefer:ash"], "no document or school named 'ash'"),
        ([], "merge needs --strategy"),
        (["--strategy", "strictest", "--version", "first"], "version 'first' is not a number"),
        (["--strategy", "strictest", "--local", "county="], "'county=' is not a local word"),
    ])
    func refusesBadArguments(extra: [String], message: String) {
        let folder = ScratchFolder()
        let a = folder.write("oak.policy", Self.schoolA)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["merge", a] + extra) == 64)
        #expect(harness.errors.contains(message), "\(harness.errors)")
    }

    @Test func preferNamesASchoolByItsName() {
        let folder = ScratchFolder()
        let a = folder.write("oak.policy", Self.schoolA), b = folder.write("elm.policy", Self.schoolB)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["merge", a, b, "--strategy", "prefer:Elm Primary School", "--report", "-"]) == 0)
        #expect(harness.output.contains("clause 1.1 \"Staff should not befriend pupils on personal accounts.\""))
        #expect(harness.output.contains("- Why: the preferred school (elm) holds it\n"))
    }

    @Test func refusesToOverwriteAReleasedVersion() {
        let folder = ScratchFolder()
        let a = folder.write("oak.policy", Self.schoolA)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["merge", a, "--strategy", "strictest", "-o", folder.file("trust.policy")]) == 0)
        folder.write("trust.policy", "changed")
        #expect(harness.run(["merge", a, "--strategy", "strictest", "-o", folder.file("trust.policy")]) == 1)
        #expect(harness.errors.contains("already holds a released version 1.0"))
        #expect(folder.read("trust.policy") == "changed", "a failed merge leaves the file as it was")
    }
}
