import ConcordCommandLine
import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func reportsEveryErrorWithTheLineAndACaret() {
        let folder = ScratchFolder()
        let path = folder.write("bad.policy", """
            policy "P"
            history
              1.0  2020  "New"  "A"
            section A
              clause A.1 "Staff must not befriend pupils."
                rule staff must-not befrend pupils
              clause A.2 "Staff must report."
                rule staf must report

            """)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["check", path]) == 1)
        #expect(harness.errors == """
            \(path):6:25: error: unknown action 'befrend'; did you mean 'befriend'?
                    rule staff must-not befrend pupils
                                        ^
            \(path):8:10: error: unknown role 'staf'; did you mean 'staff'?
                    rule staf must report
                         ^
            2 errors and 0 warnings in 1 file

            """)
    }

    @Test func warningsFailOnlyWhenStrict() {
        let folder = ScratchFolder()
        let path = folder.write("p.policy", """
            section A "For {{schol}}"
              clause A.1 "Staff should not befriend pupils."
                rule staff must-not befriend pupils

            """)
        let harness = LanguageCommandHarness()
        #expect(harness.run(["check", path]) == 0)
        #expect(harness.errors.contains("\(path):1:1: warning: the policy has no history"))
        #expect(harness.errors.contains("warning: unknown placeholder '{{schol}}'; did you mean '{{school}}'?"))
        #expect(harness.errors.contains("\(path):3:5: warning: clause 'A.1': prose says 'should not', rule says 'must-not'"))
        #expect(harness.errors.contains("0 errors and 3 warnings in 1 file"))
        #expect(harness.run(["check", "--strict", path]) == 1)
    }

    @Test func checksProseDocumentsToo() {
        let harness = LanguageCommandHarness()
        #expect(harness.run(["check", LanguageTestPaths.corpus + "/todwick.txt"]) == 0)
        #expect(harness.errors.contains("todwick.txt:1:1: warning: the policy has no history"))
        #expect(harness.run(["check", LanguageTestPaths.corpus]) == 0)
    }

    @Test func readsAPolicyFromStandardInput() {
        let harness = LanguageCommandHarness()
        harness.input = Array("history\n  1.0\nsectoin A\n".utf8)
        #expect(harness.run(["check"]) == 1)
        #expect(harness.errors.hasPrefix("-:3:1: error: unknown keyword 'sectoin'; did you mean 'section'?\n"))
    }
}
