import Testing
@testable import ConcordKit

/// `alternative` lines: another school's wording of a merged clause's
/// topic, read, printed back, checked like any text and left out by render.
@Suite struct AlternativeLineTests {
    static let source = """
        policy "Social Media Policy"
        school "{{school}}"

        history
          1.0  2025-09  "Merged"  -

        section 1 "Staff, pupils and former pupils"
          clause 1.1 "Staff must not add former pupils under 18 as friends."
            rule staff must-not befriend ex-pupils under 18
            from wrenhollow 3.1.2
            alternative gorsemere 5.2 "Staff must not: add former pupils under 16 at {{school}} as friends;"

        """

    @Test func readsAndPrintsThemBack() {
        let file = PolicyParser().parse(Self.source, name: "merged")
        #expect(!file.hasErrors)
        let clause = file.document.clauses[0]
        #expect(clause.alternatives == [Alternative(document: "gorsemere", clause: "5.2", text: "Staff must not: add former pupils under 16 at {{school}} as friends;")])
        #expect(clause.provenance == [Provenance(document: "wrenhollow", clause: "3.1.2")])
        #expect(PolicyPrinter().print(file.document, comments: file.comments) == Self.source)
        #expect(PolicyLinter().lint(file.document, sourceMap: file.sourceMap).isEmpty)
    }

    @Test func checksTheirPlaceholders() {
        let file = PolicyParser().parse(Self.source.replacingOccurrences(of: "at {{school}}", with: "at {{schol}}"), name: "merged")
        #expect(PolicyLinter().lint(file.document, sourceMap: file.sourceMap).map(\.id) == ["policy.unknown-placeholder"])
    }

    @Test func needsAClauseAndAText() {
        let orphan = PolicyParser().parse("alternative a 1.1 \"x\"\n", name: "x")
        #expect(orphan.diagnostics.map(\.id) == ["policy.orphan-line"])
        let short = PolicyParser().parse("clause 1.1 \"x\"\n  alternative a 1.1\n", name: "x")
        #expect(short.diagnostics.map(\.id).contains("policy.missing-value"))
    }

    @Test func renderLeavesThemOut() {
        let file = PolicyParser().parse(Self.source, name: "merged")
        let filled = PlaceholderFiller(values: ["school": "Oak"]).fill(file.document).document
        for format in RenderFormat.allCases {
            let out = PolicyRenderer(format: format).render(filled)
            #expect(!out.contains("under 16"), "\(format)")
            #expect(out.contains("under 18"), "\(format)")
        }
    }
}
