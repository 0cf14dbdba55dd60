import ConcordCommandLine
import Foundation
import Testing

@Suite struct RenderCommandTests {
    static let template = """
        policy "Social Media Policy"
        school "{{school}}"
        trust "Green Trust"

        history
          1.0  2025-09  "Merged from: Oak, Elm"  "A. Lead"

        section 1 "Staff at {{school}}"
          clause 1.1 "Staff must report concerns to {{headteacher}} or {{safeguarding-lead}}."
            rule staff must report headteacher
          text "This is the {{trust}}'s policy."

        """

    @Test func fillsThePlaceholdersAndLaysThePolicyOut() {
        let folder = ScratchFolder()
        let path = folder.write("trust.policy", Self.template)
        let harness = LanguageCommandHarness()
        let status = harness.run(["render", path, "--school", "Oak School", "--set", "headteacher=Ms Reed", "--set", "safeguarding-lead=Mr Cole"])
        #expect(status == 0, "\(harness.errors)")
        #expect(harness.output.hasPrefix("# Social Media Policy\n\n**School:** Oak School  \n**Trust:** Green Trust  \n\n## Version history\n\n| Version | Purpose | Lead person | Date |\n"))
        #expect(harness.output.contains("## 1. Staff at Oak School\n\n**1.1** Staff must report concerns to Ms Reed or Mr Cole.\n\nThis is the Green Trust's policy.\n"))
        #expect(!harness.output.contains("{{"))
    }

    @Test func listsEveryUnfilledPlaceholder() {
        let folder = ScratchFolder()
        let path = folder.write("trust.policy", Self.template)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["render", path, "--school", "Oak School"]) == 1)
        #expect(harness.errors == "concord: error: 2 placeholders have no value: {{headteacher}}, {{safeguarding-lead}}; give --set headteacher=… --set safeguarding-lead=…\n")
        #expect(harness.output.isEmpty)
    }

    @Test func takesTheFormatFromTheOutputFile() {
        let folder = ScratchFolder()
        let path = folder.write("trust.policy", Self.template)
        let harness = LanguageCommandHarness()
        let status = harness.run(["render", path, "--school", "Oak <School>", "--set", "headteacher=H", "--set", "safeguarding-lead=S", "-o", folder.file("oak.html")])
        #expect(status == 0, "\(harness.errors)")
        let html = folder.read("oak.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Oak &lt;School&gt;"))
        #expect(harness.run(["render", path, "--school", "Oak", "-o", folder.file("oak.pdf")]) == 64)
        #expect(harness.run(["render", path, "--school", "Oak", "--format", "rtf"]) == 64)
    }
}
