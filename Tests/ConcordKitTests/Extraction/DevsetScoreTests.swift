import Foundation
import Testing
@testable import ConcordKit

/// Holds the extractor's totals on the development set (documents in many
/// styles and layouts written for Concord, with gold made to the same spec
/// as the seeds') at or above floors, scored as `shared/tools/score.py`
/// does. The floors sit a little under today's figures, so that a change
/// that reads real policies worse fails here.
@Suite struct DevsetScoreTests {
    static let floors: [String: Double] = [
        "clauseF1": 0.92, "modality": 0.93, "action": 0.89, "subject": 0.88,
        "audience": 0.85, "context": 0.76, "exceptions": 0.84, "full": 0.62,
    ]

    static var folder: URL { Repository.fixtures.appendingPathComponent("devset") }

    /// The documents that have gold, by name, with their source files.
    static func documents() throws -> [(name: String, source: URL)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return files.filter { $0.hasSuffix(".jsonl") }.compactMap { file in
            let name = String(file.dropLast(6))
            for ext in ["txt", "md"] where files.contains("\(name).\(ext)") {
                return (name, folder.appendingPathComponent("\(name).\(ext)"))
            }
            return nil
        }
    }

    static func gold(_ name: String) throws -> [ExtractionScorer.GoldClause] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
            try JSONDecoder().decode(ExtractionScorer.GoldClause.self, from: Data($0.utf8))
        }
    }

    @Test func devsetTotalsHoldTheFloors() throws {
        let documents = try Self.documents()
        #expect(documents.count >= 50, "the development set is in the fixtures")
        var total = ExtractionScorer.Tally()
        let reader = PolicyReader()
        for (name, source) in documents {
            let bytes = [UInt8](try Data(contentsOf: source))
            let document = try reader.read(bytes, name: name, isMarkdown: source.pathExtension == "md").get().document
            total.add(ExtractionScorer.score(gold: try Self.gold(name), predicted: document.clauses))
        }
        let figures = total.figures
        print("devset score: \(ExtractionScorer.scoreLine(figures))")
        #expect(ExtractionScorer.shortfalls(figures, floors: Self.floors) == [])
    }
}
