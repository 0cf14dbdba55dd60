import Testing
@testable import ConcordKit

/// Headings and passages in a diff: layout is no change, case and
/// punctuation are minor, numbers are one renumbering, words are edits.
@Suite struct ProseDifferTests {
    typealias S = DiffTestSupport

    /// A document whose first section holds the given passages before its
    /// clauses.
    static func document(_ name: String, heading: String = "Use of social networking by staff", id: String = "A",
                         _ passages: [Passage]) -> PolicyDocument {
        var document = S.base
        document.name = name
        document.sections[0].id = id
        document.sections[0].heading = heading
        document.sections[0].items = passages.map { .passage($0) } + document.sections[0].items
        for index in document.sections[0].items.indices {
            if case .clause(var clause) = document.sections[0].items[index] {
                clause.section = id
                document.sections[0].items[index] = .clause(clause)
            }
        }
        return document
    }

    static let purpose = "The purpose of this policy is to set out what the school expects of staff when they use social media."

    @Test func rewrappedTextAndAnotherBulletAreNoChange() {
        let old = Self.document("v1", [
            Passage(kind: .paragraph, text: Self.purpose, line: 3),
            Passage(kind: .listItem, text: "Acceptable Use Policy", line: 4, marker: "·"),
        ])
        let new = Self.document("v2", [
            Passage(kind: .paragraph, text: Self.purpose.replacingOccurrences(of: " what ", with: "\n  what "), line: 3),
            Passage(kind: .listItem, text: "Acceptable Use Policy", line: 5, marker: "-"),
        ])
        let diff = PolicyDiffer().diff(old, new)
        let kinds = diff.prose.map(\.kinds)
        #expect(kinds.allSatisfy { $0 == [.unchanged] }, "\(kinds)")
        #expect(diff.isSame)
    }

    @Test func aPassageReadAsTwoIsLayout() {
        let old = Self.document("v1", [Passage(kind: .paragraph, text: Self.purpose, line: 3)])
        let new = Self.document("v2", [
            Passage(kind: .paragraph, text: "The purpose of this policy is to set out what the school", line: 3),
            Passage(kind: .paragraph, text: "expects of staff when they use social media.", line: 4),
        ])
        let diff = PolicyDiffer().diff(old, new)
        let kinds = diff.prose.map(\.kinds)
        #expect(kinds.allSatisfy { $0 == [.unchanged] }, "\(kinds)")
        let joined = diff.prose.filter { $0.newPieces.count == 2 }
        #expect(joined.count == 1 && joined[0].oldPieces.count == 1)
    }

    @Test func caseOrPunctuationIsMinorAndWordsAreEdited() {
        let old = Self.document("v1", [
            Passage(kind: .note, text: "Lead: Mr O. Brannagh, computing lead", line: 2),
            Passage(kind: .listItem, text: "E-Safety Policy", line: 4),
        ])
        let new = Self.document("v2", [
            Passage(kind: .note, text: "Lead: Mr O. Brannagh, Computing Lead.", line: 2),
            Passage(kind: .listItem, text: "Online Safety Policy", line: 4),
        ])
        let diff = PolicyDiffer().diff(old, new)
        let passages = diff.prose.filter { $0.old?.kind != .heading }
        #expect(passages.map(\.kinds) == [[.minor], [.edited]])
        #expect(passages[1].redline.segments.contains(Redline.Segment(.insert, "Online Safety")))
        #expect(diff.summary.line.hasSuffix("prose: 1 minor, 1 edited, 2 unchanged"))
    }

    @Test func renumberingIsReportedOnceForHeadingsItemsAndClauses() {
        var old = Self.document("v1", id: "3", [Passage(kind: .listItem, text: "Data Protection Policy", line: 4, marker: "3.1")])
        var new = Self.document("v2", id: "4", [Passage(kind: .listItem, text: "Data Protection Policy", line: 4, marker: "4.1")])
        if case .clause(var clause) = old.sections[0].items[1] {
            clause.marker = "3.2"
            old.sections[0].items[1] = .clause(clause)
        }
        if case .clause(var clause) = new.sections[0].items[1] {
            clause.marker = "4.2"
            new.sections[0].items[1] = .clause(clause)
        }
        let diff = PolicyDiffer().diff(old, new)
        let unchanged = diff.changes.allSatisfy { $0.isUnchanged }
        #expect(unchanged)
        let renumbered = diff.renumbering.map { "\($0.old ?? "") → \($0.new ?? "")" }
        #expect(renumbered == ["3 → 4", "3.1 → 4.1", "3.2 → 4.2"])
        #expect(diff.summary.prose[.renumbered] == 1)
        #expect(diff.summary.line.hasSuffix("prose: 1 renumbered, 1 unchanged"))
        #expect(!diff.isSame)
    }

    @Test func aRemovedAndAnAddedHeadingAreReportedWhereTheyAre() {
        let old = Self.document("v1", [Passage(kind: .paragraph, text: Self.purpose, line: 3)])
        let new = Self.document("v2", heading: "Contacting parents", id: "A", [])
        let diff = PolicyDiffer().diff(old, new)
        let headings = diff.prose.filter { ($0.old ?? $0.new)?.kind == .heading }.map(\.kinds)
        #expect(headings == [[.removed], [.added], [.unchanged]], "\(headings)")
        let passage = diff.prose.first { $0.old?.kind == .paragraph }
        #expect(passage?.kinds == [.removed])
    }
}
