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

/// `SectionMatcher.key` writes the heading's terms straight into a buffer;
/// it must give the terms of its words, a leading number or letter left
/// out, joined by single spaces.
@Suite struct SectionKeyTests {
    static func reference(_ heading: String?) -> String {
        guard let heading else { return "" }
        var words = WordScanner.words(heading)
        if let first = words.first, words.count > 1, WordScanner.isMarker(first) || SectionMatcher.isSectionLetter(first) { words.removeFirst() }
        return WordScanner.terms(words.joined(separator: " ")).joined(separator: " ")
    }

    @Test func generatedHeadingsKeyAsTheirWords() {
        var generator = SeededGenerator(seed: 23)
        let pieces = ["B.", "B", "4.2", "5.2.", "(a)", "iv)", "·", "-", "Use", "of", "social", "networking", "by", "STAFF", "parents/carers",
                      "café", "‘friends’", "—", "2018", "x", "A)", "ab."]
        let spaces = [" ", "  ", "\t", "\u{00A0}", " \u{00A0} ", "\n"]
        for _ in 0..<2_000 {
            var heading = Bool.random(using: &generator) ? spaces.randomElement(using: &generator)! : ""
            for index in 0..<Int.random(in: 0...5, using: &generator) {
                if index > 0 { heading += spaces.randomElement(using: &generator)! }
                heading += pieces.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { heading += spaces.randomElement(using: &generator)! }
            #expect(SectionMatcher.key(Section(id: "s", heading: heading, line: nil)) == Self.reference(heading), "\(heading.debugDescription)")
        }
        #expect(SectionMatcher.key(Section(id: "s", heading: nil, line: nil)) == "")
    }
}
