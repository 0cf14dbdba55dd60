import Testing
@testable import ConcordKit

@Suite struct PlaceholderFillerTests {
    static let template = PolicyDocument(
        name: "t", title: "Social Media Policy", school: "{{school}}", trust: "Vale Trust",
        history: [HistoryEntry(version: "1.0", date: "2025-09", purpose: "Merged", lead: "{{headteacher}}")],
        sections: [Section(id: "1", heading: "Staff at {{school}}", line: nil, items: [
            .clause(Clause(id: "1.1", text: "Staff at {{school}} must report concerns to {{headteacher}} or {{safeguarding-lead}}.", line: 0, section: "1",
                           rule: Rule(subject: [.staff], modality: .must, action: .report, audience: [.headteacher]))),
            .passage(Passage(kind: .paragraph, text: "This policy ({{title}}, version {{version}}) is the {{trust}}'s.", line: 0)),
        ])])

    @Test func fillsEveryTextFromTheGivenValuesAndThePolicyItself() {
        let values = PlaceholderFiller.values(for: Self.template, given: ["school": "Oak School", "headteacher": "Ms Reed", "safeguarding-lead": "Mr Cole"])
        let (filled, missing) = PlaceholderFiller(values: values).fill(Self.template)
        #expect(missing.isEmpty)
        #expect(filled.school == "Oak School")
        #expect(filled.history[0].lead == "Ms Reed")
        #expect(filled.sections[0].heading == "Staff at Oak School")
        #expect(filled.clauses[0].text == "Staff at Oak School must report concerns to Ms Reed or Mr Cole.")
        guard case .passage(let passage) = filled.sections[0].items[1] else { Issue.record("no passage"); return }
        #expect(passage.text == "This policy (Social Media Policy, version 1.0) is the Vale Trust's.")
    }

    @Test func listsEveryPlaceholderLeftWithoutAValue() {
        let (filled, missing) = PlaceholderFiller(values: ["title": "P"]).fill(Self.template)
        #expect(missing == ["headteacher", "safeguarding-lead", "school", "trust", "version"])
        #expect(filled.school == "{{school}}")
    }

    @Test func keepsUnicodeAroundPlaceholders() {
        var missing = Set<String>()
        let text = PlaceholderFiller(values: ["school": "École Saint-Luc"]).fill("“{{school}}” — {{ school }}!", missing: &missing)
        #expect(text == "“École Saint-Luc” — École Saint-Luc!")
        #expect(missing.isEmpty)
    }
}
