import Testing
@testable import ConcordKit

/// The notes the extractor left on a document, counted in all and by reason.
@Suite struct UnreadCountTests {
    static func notes(_ reasons: [UnreadNote.Reason]) -> [UnreadNote] {
        reasons.enumerated().map { UnreadNote(line: $0.offset + 1, reason: $0.element, text: "…") }
    }

    @Test func countsEachReasonAndTheTotal() {
        let count = UnreadCount(Self.notes([.guessedSubject, .unknownAction, .guessedSubject, .unknownAction, .guessedSubject, .guessedSubject, .unknownAction]))
        #expect(count.total == 7)
        #expect(count[.unknownAction] == 3 && count[.guessedSubject] == 4)
        #expect(count[.noClause] == 0 && count[.uncertainPolarity] == 0)
    }

    @Test func describesTheReasonsThatOccurInReasonOrder() {
        let count = UnreadCount(Self.notes([.guessedSubject, .uncertainPolarity, .unknownAction, .guessedSubject, .noClause]))
        #expect(count.description == "5 (1 no clause, 1 action not recognised, 2 party assumed, 1 polarity uncertain)")
        #expect(UnreadCount(Self.notes([.unknownAction, .unknownAction])).description == "2 (2 action not recognised)")
    }

    @Test func noNotesIsZero() {
        #expect(UnreadCount().description == "0")
        #expect(UnreadCount().breakdown == "")
        #expect(UnreadCount(of: PolicyDocument(name: "plain")).total == 0)
    }

    @Test func countsADocumentsNotes() {
        var document = PolicyDocument(name: "noted")
        document.unread = Self.notes([.noClause, .noClause])
        #expect(UnreadCount(of: document) == UnreadCount(Self.notes([.noClause, .noClause])))
        #expect(UnreadCount(of: document)[.noClause] == 2)
    }
}
