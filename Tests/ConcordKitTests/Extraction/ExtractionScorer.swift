import Foundation
@testable import ConcordKit

/// The matching rules of `shared/tools/score.py`, ported: predicted clauses
/// are paired one to one with hand-checked gold clauses by the words they
/// share, then each field is scored.
struct ExtractionScorer {
    struct GoldClause: Decodable {
        var line: Int
        var text: String
        var subject: [String]
        var modality: String
        var action: String
        var audience: [String]
        var age: Age?
        var context: [String]?
        var exceptions: [String]?

        struct Age: Decodable, Equatable {
            var comparator: String
            var years: Int
            var appliesTo: String
        }
    }

    struct Tally {
        var gold = 0, predicted = 0, matched = 0
        var right: [String: Int] = [:]
        var counted: [String: Int] = [:]
        var agedRight = 0, aged = 0
        var sets: [String: (tp: Int, fp: Int, fn: Int)] = [:]

        mutating func add(_ other: Tally) {
            gold += other.gold; predicted += other.predicted; matched += other.matched
            for (key, value) in other.right { right[key, default: 0] += value }
            for (key, value) in other.counted { counted[key, default: 0] += value }
            agedRight += other.agedRight; aged += other.aged
            for (key, value) in other.sets {
                let mine = sets[key] ?? (0, 0, 0)
                sets[key] = (mine.tp + value.tp, mine.fp + value.fp, mine.fn + value.fn)
            }
        }

        var figures: [String: Double] {
            func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
            let precision = ratio(matched, predicted), recall = ratio(matched, gold)
            var out: [String: Double] = [
                "clauseP": precision, "clauseR": recall,
                "clauseF1": precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                "ageOnAged": ratio(agedRight, aged), "full": ratio(right["full", default: 0], gold),
            ]
            for field in ["modality", "action", "age"] { out[field] = ratio(right[field, default: 0], counted[field, default: 0]) }
            for field in ["subject", "audience", "context", "exceptions"] {
                let (tp, fp, fn) = sets[field] ?? (0, 0, 0)
                let p = ratio(tp, tp + fp), r = ratio(tp, tp + fn)
                out[field] = p + r == 0 ? 0 : 2 * p * r / (p + r)
            }
            return out
        }
    }

    static func words(_ text: String) -> Set<String> {
        var result = Set<String>()
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { result.insert(current) }
        return result
    }

    static func overlap(_ gold: String, _ predicted: String) -> Double {
        let g = words(gold), p = words(predicted)
        guard !g.isEmpty, !p.isEmpty else { return 0 }
        return Double(g.intersection(p).count) / Double(min(g.count, p.count))
    }

    static func score(gold: [GoldClause], predicted: [Clause]) -> Tally {
        var tally = Tally()
        tally.gold = gold.count
        tally.predicted = predicted.count
        var candidates: [(score: Double, g: Int, p: Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in predicted.enumerated() {
                let ov = overlap(g.text, p.text)
                let sameLine = g.line == p.line
                if ov >= 0.5 || (sameLine && ov >= 0.3) {
                    let score = ov + 0.5 * (g.action == p.rule.action.rawValue ? 1 : 0)
                        + 0.25 * (g.modality == p.rule.modality.rawValue ? 1 : 0) + 0.1 * (sameLine ? 1 : 0)
                    candidates.append((score, gi, pi))
                }
            }
        }
        candidates.sort { ($0.score, $0.g, $0.p) > ($1.score, $1.g, $1.p) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        for candidate in candidates where !usedGold.contains(candidate.g) && !usedPredicted.contains(candidate.p) {
            usedGold.insert(candidate.g)
            usedPredicted.insert(candidate.p)
            tally.matched += 1
            let g = gold[candidate.g], rule = predicted[candidate.p].rule
            var ok: [String: Bool] = [:]
            ok["modality"] = g.modality == rule.modality.rawValue
            tally.counted["modality", default: 0] += 1
            tally.right["modality", default: 0] += ok["modality"]! ? 1 : 0
            if g.action != "other" {
                ok["action"] = g.action == rule.action.rawValue
                tally.counted["action", default: 0] += 1
                tally.right["action", default: 0] += ok["action"]! ? 1 : 0
            } else {
                ok["action"] = true
            }
            let predictedAge = rule.age.map { GoldClause.Age(comparator: $0.comparator.rawValue, years: $0.years, appliesTo: $0.appliesTo.rawValue) }
            ok["age"] = g.age == predictedAge
            tally.counted["age", default: 0] += 1
            tally.right["age", default: 0] += ok["age"]! ? 1 : 0
            if g.age != nil || predictedAge != nil {
                tally.aged += 1
                tally.agedRight += ok["age"]! ? 1 : 0
            }
            let pairs: [(String, [String], [String])] = [
                ("subject", g.subject, rule.subject.map(\.rawValue)),
                ("audience", g.audience, rule.audience.map(\.rawValue)),
                ("context", g.context ?? [], rule.context.map(\.rawValue)),
                ("exceptions", g.exceptions ?? [], rule.exceptions.map(\.rawValue)),
            ]
            for (field, goldSet, predictedSet) in pairs {
                let gs = Set(goldSet), ps = Set(predictedSet)
                let mine = tally.sets[field] ?? (0, 0, 0)
                tally.sets[field] = (mine.tp + gs.intersection(ps).count, mine.fp + ps.subtracting(gs).count, mine.fn + gs.subtracting(ps).count)
                ok[field] = gs == ps
            }
            let full = ["subject", "modality", "action", "audience", "age"].allSatisfy { ok[$0]! }
            tally.right["full", default: 0] += full ? 1 : 0
        }
        return tally
    }

    /// The totals as score.py's closing line prints them.
    static func scoreLine(_ figures: [String: Double]) -> String {
        ["clauseF1", "clauseP", "clauseR", "modality", "action", "subject", "audience", "age", "ageOnAged", "context", "exceptions", "full"]
            .map { "\($0)=\(String(format: "%.3f", figures[$0] ?? 0))" }.joined(separator: " ")
    }

    /// The fields whose totals fall below their floors, with both figures.
    static func shortfalls(_ figures: [String: Double], floors: [String: Double]) -> [String] {
        floors.sorted { $0.key < $1.key }.compactMap { field, floor in
            let figure = figures[field] ?? 0
            return figure >= floor ? nil : "\(field) is \(figure), below its floor \(floor)"
        }
    }

    static func loadGold(_ name: String) throws -> [GoldClause] {
        let url = Repository.fixtures.appendingPathComponent("gold/\(name).jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
            try JSONDecoder().decode(GoldClause.self, from: Data($0.utf8))
        }
    }
}
