import Foundation
import Testing
@testable import ConcordKit

/// Holds the extractor's totals on the five seed policies at or above the
/// floors of the extraction issue, scored as `shared/tools/score.py` does.
@Suite struct SeedScoreTests {
    static let floors: [String: Double] = [
        "clauseF1": 0.90, "modality": 0.90, "action": 0.75, "subject": 0.90,
        "audience": 0.80, "ageOnAged": 0.95, "full": 0.50,
    ]

    @Test func seedTotalsHoldTheFloors() throws {
        var total = ExtractionScorer.Tally()
        let reader = PolicyReader()
        for name in Repository.seedNames {
            let document = try reader.read(Repository.corpusBytes(name), name: name).get().document
            total.add(ExtractionScorer.score(gold: try ExtractionScorer.loadGold(name), predicted: document.clauses))
        }
        let figures = total.figures
        let line = ["clauseF1", "clauseP", "clauseR", "modality", "action", "subject", "audience", "age", "ageOnAged", "context", "exceptions", "full"]
            .map { "\($0)=\(String(format: "%.3f", figures[$0] ?? 0))" }.joined(separator: " ")
        print("seed score: \(line)")
        for (field, floor) in Self.floors {
            #expect(figures[field]! >= floor, "\(field) is \(figures[field]!), below its floor \(floor)")
        }
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
