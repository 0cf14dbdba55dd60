import Testing
@testable import ConcordKit

@Suite struct SectionMatcherTests {
    typealias S = DiffTestSupport

    @Test(arguments: [
        ("B. Use of social networking by staff", "Use of Social Networking by Staff"),
        ("4.2 Monitoring", "5.2. Monitoring"),
        ("C Comments posted by parents/carers", "Comments posted by parents / carers"),
    ])
    func headingsMatchWithoutTheirNumbers(_ pair: (String, String)) {
        #expect(SectionMatcher.key(Section(id: "x", heading: pair.0, line: nil)) == SectionMatcher.key(Section(id: "y", heading: pair.1, line: nil)))
    }

    @Test func aRenamedSectionKeepsItsClauses() {
        let old = S.document("v1", [("A", "Staff", [S.lessons, S.privacy]), ("B", "Parents", [S.complaints])])
        let new = S.document("v2", [("1", "Members of staff", [S.lessons, S.privacy]), ("2", "Parents", [S.complaints])])
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.changes.allSatisfy { $0.kinds == [.unchanged] })
        let pairs = diff.changes.map { (old: $0.old[0].section, new: $0.new[0].section) }
        #expect(SectionMatcher().match(old, new, pairs: pairs) == ["A": "1", "B": "2"])
    }

    @Test func aClauseInAnotherSectionIsMoved() {
        let old = S.document("v1", [("A", "Staff", [S.lessons, S.privacy]), ("B", "Parents", [S.complaints])])
        let new = S.document("v2", [("A", "Staff", [S.lessons]), ("B", "Parents", [S.complaints, S.privacy])])
        let moved = PolicyDiffer().diff(old, new).changes.filter { $0.kinds.contains(.moved) }
        #expect(moved.count == 1)
        #expect(moved.first?.kinds == [.moved])
        #expect(moved.first?.notes == ["section 'Staff' → 'Parents'"])
    }
}
