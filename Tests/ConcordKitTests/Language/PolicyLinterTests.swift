import Testing
@testable import ConcordKit

/// Swift Testing has a `SourceLocation` of its own; here the name means Concord's.
private typealias SourceLocation = ConcordKit.SourceLocation

@Suite struct PolicyLinterTests {
    func lint(_ source: String) -> [Diagnostic] {
        let file = PolicyParser(reader: nil).parse(source, name: "t")
        return PolicyLinter().lint(file.document, sourceMap: file.sourceMap)
    }

    let history = "history\n  1.0  2020  \"New\"  \"A\"\n"

    @Test func warnsWhereProseAndRuleDisagree() {
        let diagnostics = lint(history + """
            section A
              clause A.1 "Staff should not add pupils as friends."
                rule staff must-not befriend pupils
              clause A.2 "Staff must not add pupils as friends."
                rule staff must-not befriend pupils
              clause A.3 "Adding pupils as friends."
                rule staff must-not befriend pupils
            """)
        #expect(diagnostics.map(\.message) == ["clause 'A.1': prose says 'should not', rule says 'must-not'"])
        #expect(diagnostics.first?.id == "policy.rule-disagrees")
        #expect(diagnostics.first?.location == SourceLocation(line: 5, column: 5))
    }

    @Test func warnsWhereHistoryIsMissingOrOutOfOrder() {
        #expect(lint("policy \"P\"").map(\.id) == ["policy.no-history"])
        let diagnostics = lint("""
            history
              1.2  "June 2016"  "Reviewed"  "A"
              1.1  "June 2015"  "New"  "A"
              1.2  "June 2017"  "Reviewed"  "A"
              -  2018  "Policy Date"
            """)
        #expect(diagnostics.map(\.message) == [
            "version '1.1' does not increase on '1.2' above it",
            "date 'June 2015' is earlier than 'June 2016' above it",
            "version '1.2' is repeated (first on line 2)",
        ])
        #expect(diagnostics.map(\.location?.line) == [3, 3, 4])
    }

    @Test func warnsAboutUnknownPlaceholders() {
        let diagnostics = lint(history + """
            school "{{school}}"
            section A "For {{schol}} and {{trust}}"
              text "Ask {{headteacher}} or {{bursar}}, not {{ unclosed"
            """)
        #expect(diagnostics.map(\.message) == [
            "unknown placeholder '{{schol}}'; did you mean '{{school}}'?",
            "unknown placeholder '{{bursar}}'",
            "'{{' opens a placeholder that is not closed with '}}'",
        ])
        #expect(diagnostics.map(\.location?.line) == [4, 5, 5])
    }

    @Test func findsPlaceholders() {
        #expect(Placeholder.find(in: "a {{ school }} b {{x") == [
            Placeholder(name: "school", offset: 2, isClosed: true), Placeholder(name: "", offset: 17, isClosed: false),
        ])
        #expect(Placeholder.find(in: "{}{") == [])
    }

    @Test func comparesVersionsByNumber() {
        #expect(VersionNumber("1.10")! > VersionNumber("1.9")!)
        #expect(VersionNumber("v2") == VersionNumber("2.0"))
        #expect(VersionNumber("draft") == nil)
        #expect(HistoryDate("September 2022")! > HistoryDate("June 2022")!)
        #expect(HistoryDate("2024-09")! == HistoryDate("Sep 2024")!)
    }
}
