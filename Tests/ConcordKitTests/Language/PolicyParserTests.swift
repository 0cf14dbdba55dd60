import Testing
@testable import ConcordKit

/// Swift Testing has a `SourceLocation` of its own; here the name means Concord's.
private typealias SourceLocation = ConcordKit.SourceLocation

@Suite struct PolicyParserTests {
    let parser = PolicyParser(reader: nil)

    /// Parses `source`, where `1️⃣`, `2️⃣` … mark where diagnostics are
    /// expected; returns the file and the marked locations in order.
    private func parse(marked source: String) -> (PolicyFile, [SourceLocation]) {
        let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"]
        var clean = ""
        var found: [(Int, SourceLocation)] = []
        for (lineIndex, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var text = ""
            var rest = Substring(line)
            while let (index, marker) = markers.enumerated().compactMap({ i, m in rest.range(of: m).map { (i, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                text += rest[..<marker.lowerBound]
                found.append((index, SourceLocation(line: lineIndex + 1, column: text.count + 1)))
                rest = rest[marker.upperBound...]
            }
            text += rest
            clean += text + "\n"
        }
        return (parser.parse(clean, name: "test"), found.sorted { $0.0 < $1.0 }.map(\.1))
    }

    @Test func readsTheSketch() {
        let file = parser.parse("""
            policy "Social Media Acceptable Usage Policy"
            school "Kingsthorpe Village Primary School"
            trust "{{trust}}"
            history
              1.8  2024-09  "Policy reviewed"  "Stephanie Tillman"  @12
              -  2018  "Policy Date"
            term staff means staff, contractors, volunteers  @30
            section B "Use of social networking by staff and Governors"  @38
              text "Staff are role models."  @39
              clause B.1 "Staff and Governors must never add pupils as 'friends'."  @40
                rule staff, governors must-not befriend pupils, ex-pupils under 16 on personal-account
                from kingsthorpe-village B.1
                from "ashton vale" 6.10
            """, name: "k")
        #expect(file.diagnostics == [])
        let document = file.document
        #expect(document.title == "Social Media Acceptable Usage Policy")
        #expect(document.trust == "{{trust}}")
        #expect(document.history == [
            HistoryEntry(version: "1.8", date: "2024-09", purpose: "Policy reviewed", lead: "Stephanie Tillman", line: 12),
            HistoryEntry(version: "", date: "2018", purpose: "Policy Date"),
        ])
        #expect(document.definitions == [Definition(term: .staff, meaning: [.staff, .contractors, .volunteers], line: 30)])
        let clause = document.clauses.first
        #expect(clause?.id == "B.1")
        #expect(clause?.line == 40)
        #expect(clause?.section == "B")
        #expect(clause?.rule == Rule(subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils, .exPupils],
                                     age: AgeThreshold(comparator: .under, years: 16, appliesTo: .exPupils), context: [.personalAccount]))
        #expect(clause?.provenance == [Provenance(document: "kingsthorpe-village", clause: "B.1"), Provenance(document: "ashton vale", clause: "6.10")])
        #expect(document.sections.first?.items.first == .passage(Passage(kind: .paragraph, text: "Staff are role models.", line: 39)))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var source: String
        var ids: [String]
        var messages: [String]
        var testDescription: String { source }
    }

    static let errorCases: [Case] = [
        Case(source: "  clause A.1 \"x\"\n    rule staff must 1️⃣befrend pupils", ids: ["policy.unknown-action"],
             messages: ["unknown action 'befrend'; did you mean 'befriend'?"]),
        Case(source: "  clause A.1 \"x\"\n    rule 1️⃣staf must befriend", ids: ["policy.unknown-role"], messages: ["unknown role 'staf'; did you mean 'staff'?"]),
        Case(source: "  clause A.1 \"x\"\n    rule staff 1️⃣mustnot befriend", ids: ["policy.unknown-modality"], messages: ["unknown modality 'mustnot'; did you mean 'must-not'?"]),
        Case(source: "  clause A.1 \"x\"\n    rule staff must befriend on 1️⃣personal-acount", ids: ["policy.unknown-context"],
             messages: ["unknown context 'personal-acount'; did you mean 'personal-account'?"]),
        Case(source: "  clause A.1 \"x\"\n    rule staff must befriend unless 1️⃣with-aproval", ids: ["policy.unknown-exception"],
             messages: ["unknown exception 'with-aproval'; did you mean 'with-approval'?"]),
        Case(source: "  clause A.1 \"x\"\n    rule staff must befriend 1️⃣personal-account", ids: ["policy.unknown-role"],
             messages: ["'personal-account' is a context, not a role; write 'on personal-account'"]),
        Case(source: "1️⃣sectoin A \"x\"", ids: ["policy.unknown-keyword"], messages: ["unknown keyword 'sectoin'; did you mean 'section'?"]),
        Case(source: "section A 1️⃣\"unterminated", ids: ["policy.unterminated-string"], messages: ["unterminated string; it needs a closing '\"' on the same line"]),
        Case(source: "section A\n  clause A.1 \"x\"\n  clause 1️⃣A.1 \"y\"", ids: ["policy.duplicate-clause"], messages: ["duplicate clause id 'A.1' (first on line 2)"]),
        Case(source: "history\n  1.0  2020  \"a\"  \"b\"  1️⃣\"c\"", ids: ["policy.bad-history-row"],
             messages: ["history row has more than four fields (version, date, purpose, lead) at '\"c\"'; text with spaces is quoted"]),
        Case(source: "1️⃣rule staff must report", ids: ["policy.orphan-line"], messages: ["'rule' must follow a 'clause' line"]),
        Case(source: "  clause A.1 \"She said \"1️⃣hi\" there\"", ids: ["policy.unexpected-token"],
             messages: ["unexpected 'hi' after the clause text; a quote inside text is written \\\""]),
        Case(source: "  clause A.1 \"x\"\n    rule staff must befriend 1️⃣under 16", ids: ["policy.misplaced-age"],
             messages: ["'under' must follow the role it limits, as in 'ex-pupils under 16'"]),
        Case(source: "  clause A.1 \"x\"\n    rule staff must befriend pupils under 1️⃣sixteen", ids: ["policy.bad-age"],
             messages: ["expected a number of years after 'under' not 'sixteen'"]),
        Case(source: "  clause A.1 \"x\"\n    rule staff must1️⃣", ids: ["policy.missing-action"], messages: ["the rule has no action after its modality"]),
        Case(source: "history\n  1️⃣draft 2020", ids: ["policy.bad-history-row"],
             messages: ["history row opens with 'draft'; a version that does not start with a digit is quoted, as in '\"draft\"'"]),
        Case(source: "history\n1️⃣sectoin A", ids: ["policy.unknown-keyword"], messages: ["unknown keyword 'sectoin'; did you mean 'section'?"]),
        Case(source: "1️⃣1.0 2020", ids: ["policy.history-row"], messages: ["history row '1.0' is not under a 'history' line"]),
        Case(source: "  text \"a\" 1️⃣@x", ids: ["policy.bad-line-marker"], messages: ["'@x' is not a source line; write '@' and a line number such as '@12'"]),
        Case(source: "  text \"bad 1️⃣\\q escape\"", ids: ["policy.bad-escape"], messages: ["unknown escape '\\q'; write '\\\\' for a backslash"]),
    ]

    @Test(arguments: errorCases)
    func reportsErrors(_ testCase: Case) {
        let (file, locations) = parse(marked: testCase.source)
        let errors = file.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.id) == testCase.ids)
        #expect(errors.map(\.message) == testCase.messages)
        #expect(errors.first?.location == locations.first)
    }

    @Test func goesOnToReportEveryError() {
        let (file, locations) = parse(marked: """
            policy "P"
            1️⃣sektion A "One"
            section A "One"
              clause A.1 "Staff must not befriend pupils."
                rule staff 2️⃣mustnot befriend pupils on 3️⃣personal-acount
              clause A.2 4️⃣"unterminated
              clause 5️⃣A.1 "again"
                rule staff must 6️⃣reprot
            """)
        #expect(file.diagnostics.filter { $0.severity == .error }.map(\.location) == locations)
        #expect(file.document.clauses.count == 3)
        #expect(file.document.clauses[0].rule.context == [])
        #expect(file.document.clauses[0].rule.action == .befriend)
        #expect(file.document.clauses[1].text == "unterminated")
    }

    @Test func extractsTheRuleOfAClauseWithoutOne() {
        let file = PolicyParser().parse("""
            section A
              clause A.1 "Staff must not add pupils as friends on social media."
              clause A.2 "The sky is blue."
              clause A.3 "Staff should report concerns."
                rule staff must report
            """, name: "t")
        let rules = file.document.clauses.map(\.rule)
        #expect(rules[0].modality == .mustNot)
        #expect(rules[0].action == .befriend)
        #expect(rules[1].action == .other)
        #expect(rules[2].modality == .must, "a written rule wins over extraction")
        #expect(file.diagnostics.map(\.id) == ["policy.no-rule"])
        #expect(file.diagnostics.first?.location == SourceLocation(line: 3, column: 3))
    }

    @Test func readsAgesInEitherListOrOnTheirOwn() {
        let file = parser.parse("""
            clause A "x"
              rule pupils under 13 should-not access-social-media
            clause B "y"
              rule staff must report age pupils over 18 unless with-approval, for-education
            """, name: "t")
        #expect(file.diagnostics == [])
        #expect(file.document.clauses[0].rule.age == AgeThreshold(comparator: .under, years: 13, appliesTo: .pupils))
        #expect(file.document.clauses[1].rule.age == AgeThreshold(comparator: .over, years: 18, appliesTo: .pupils))
        #expect(file.document.clauses[1].rule.exceptions == [.withApproval, .forEducation])
        #expect(file.document.sections.map(\.id) == ["s0"])
    }

    @Test func reportsColumnsInCharacters() {
        let file = parser.parse("section \"café\" \"Ünïcode\" 1️⃣oops", name: "t")
        #expect(file.diagnostics.first?.location == SourceLocation(line: 1, column: 26))
    }
}
