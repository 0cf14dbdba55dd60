import Foundation
import Testing
@testable import ConcordKit

/// Holds the extractor's totals on the five seed policies at or above the
/// floors of the extraction issue, scored as `shared/tools/score.py` does.
@Suite struct SeedScoreTests {
    /// No total may fall more than 0.02 below where it stood before the
    /// extractor was made to read the development set's styles.
    static let floors: [String: Double] = [
        "clauseF1": 0.93, "modality": 0.94, "action": 0.91, "subject": 0.93,
        "audience": 0.84, "ageOnAged": 0.98, "context": 0.73, "exceptions": 0.85, "full": 0.73,
    ]

    @Test func seedTotalsHoldTheFloors() throws {
        var total = ExtractionScorer.Tally()
        let reader = PolicyReader()
        for name in Repository.seedNames {
            let document = try reader.read(Repository.corpusBytes(name), name: name).get().document
            total.add(ExtractionScorer.score(gold: try ExtractionScorer.loadGold(name), predicted: document.clauses))
        }
        let figures = total.figures
        print("seed score: \(ExtractionScorer.scoreLine(figures))")
        #expect(ExtractionScorer.shortfalls(figures, floors: Self.floors) == [])
    }

    @Test func scorerPairsClausesOneToOne() {
        let gold = [ExtractionScorer.GoldClause(line: 1, text: "Staff must not add pupils as friends", subject: ["staff"], modality: "must-not",
                                                action: "befriend", audience: ["pupils"], age: nil, context: [], exceptions: [])]
        let rule = Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.pupils])
        let twice = [Clause(id: "a", text: "Staff must not add pupils as friends", line: 1, section: nil, rule: rule),
                     Clause(id: "b", text: "Staff must not add pupils as friends", line: 1, section: nil, rule: rule)]
        let tally = ExtractionScorer.score(gold: gold, predicted: twice)
        #expect(tally.matched == 1)
        #expect(tally.figures["clauseP"] == 0.5)
        #expect(tally.figures["full"] == 1)
    }
}
