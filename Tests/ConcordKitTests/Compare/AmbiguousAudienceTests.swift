import Testing
@testable import ConcordKit

@Suite struct AmbiguousAudienceTests {
    static func befriending(_ audience: [Role]) -> Rule {
        Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: audience)
    }

    static let schools = [
        CompareFixture.school("alder", [("Staff must not accept pupils as friends or followers.", befriending([.pupils]))]),
        CompareFixture.school("birch", [("Staff must not befriend parents.", befriending([.parents]))]),
        CompareFixture.school("cedar", [("Staff must never accept friend or follower requests.", befriending([]))]),
        CompareFixture.school("dale", [("Staff must not befriend anyone.", befriending([]))]),
    ]

    @Test func aClauseWithoutAudienceJoinsTheTopicItsWordsMatch() {
        let matrix = ComparisonMatrix(comparing: Self.schools)
        let topics = Dictionary(uniqueKeysWithValues: matrix.rows.map { ($0.key.id, $0) })
        #expect(topics["staff/befriend/pupils"]?.cells.map { $0 != nil } == [true, false, true, false])
        #expect(topics["staff/befriend/parents"]?.cells.map { $0 != nil } == [false, true, false, false])
    }

    @Test func aClauseThatMatchesNoTopicWellEnoughStaysOpen() {
        let matrix = ComparisonMatrix(comparing: Self.schools)
        let open = matrix.rows.first { $0.key.id == "staff/befriend" }
        #expect(open?.cells.map { $0 != nil } == [false, false, false, true])
        #expect(open?.label == "Staff befriending people online")
    }

    @Test func contentWordsLeaveOutPartiesAndModals() {
        #expect(ContentWords("Staff must NEVER accept friends' requests from pupils.").words == ["accept", "friend", "request"])
    }
}
