import ConcordKit

/// Merge of n schools with the strictest strategy (`PolicyMerger`).
enum MergeBenchmark {
    static let targetSchools = 100
    static let targetSeconds = 1.0

    nonisolated(unsafe) static let merge: (([PolicyDocument]) -> Void)? = { documents in
        _ = PolicyMerger(strategy: .strictest).merge(documents)
    }

    static func rows(_ context: BenchContext, schools: [PolicyDocument]) -> [Row] {
        context.options.mergeCounts.map { n in
            let judged = n == targetSchools
            let target = judged ? "≤ \(Int(targetSeconds)) s" : nil
            guard let merge else {
                return Row(group: "merge", name: "\(n.grouped) schools", input: "", unit: "s", target: target,
                           verdict: "not available", note: "merge is not in ConcordKit yet; see MergeBenchmark.merge")
            }
            let documents = Array(schools.prefix(n))
            let clauses = documents.reduce(0) { $0 + $1.clauses.count }
            let sample = Measure.run(context.options.runs) { merge(documents) }
            return Row(group: "merge", name: "\(n.grouped) schools", input: "\(clauses.grouped) clauses", unit: "s",
                       wall: sample.wall, cpu: sample.cpu, target: target,
                       verdict: judged ? (sample.wall.median <= targetSeconds ? "met" : "missed") : nil)
        }
    }
}
