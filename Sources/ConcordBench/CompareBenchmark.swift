import ConcordKit
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Compare of n schools: the topic × school matrix and its text report on
/// extracted policies, at each n, how it grows, and `concord compare DIR`
/// as a whole process (extraction included) at the largest n.
enum CompareBenchmark {
    static let targetSchools = 1000
    static let targetSeconds = 2.0

    /// Generated schools, extracted once and shared with merge.
    static func schools(_ count: Int, _ context: BenchContext) -> (texts: [String], documents: [PolicyDocument]) {
        var texts: [String] = [], documents: [PolicyDocument] = []
        for index in 0..<count {
            let text = context.generator.policy(2_000_000 + index).text(in: context.pool)
            texts.append(text)
            documents.append(context.extract(text, name: "school-\(index)"))
        }
        return (texts, documents)
    }

    static func rows(_ context: BenchContext, schools: (texts: [String], documents: [PolicyDocument])) throws -> [Row] {
        var rows: [Row] = []
        var timings: [(n: Int, seconds: Double)] = []
        for n in context.options.schoolCounts {
            let documents = Array(schools.documents.prefix(n))
            let clauses = documents.reduce(0) { $0 + $1.clauses.count }
            let bytes = schools.texts.prefix(n).reduce(0) { $0 + $1.utf8.count }
            context.log("compare: \(n) schools")
            var topics = 0
            let sample = Measure.run(context.options.runs) {
                let matrix = ComparisonMatrix(comparing: documents)
                var out = ""
                CompareTextWriter().write(matrix, to: &out)
                topics = matrix.rows.count
            }
            let judged = n == targetSchools
            rows.append(Row(
                group: "compare", name: "\(n.grouped) schools: matrix + text report",
                input: "\(clauses.grouped) clauses, \(topics.grouped) topics, \(Report.size(bytes)) of text",
                unit: "s", wall: sample.wall, cpu: sample.cpu,
                target: judged ? "≤ \(Int(targetSeconds)) s" : nil,
                verdict: judged ? (sample.wall.median <= targetSeconds ? "met" : "missed") : nil))
            // The fastest run is the one other processes disturbed least.
            timings.append((n, sample.cpu.min))
        }
        rows += growth(timings)
        guard let largest = context.options.schoolCounts.max() else { return rows }
        var paths: [String] = []
        for (index, text) in schools.texts.prefix(largest).enumerated() {
            paths.append(try context.write(text, to: "schools-\(largest)/school-\(index).txt"))
        }
        let folder = String(paths[0][..<paths[0].lastIndex(of: "/")!])
        let bytes = schools.texts.prefix(largest).reduce(0) { $0 + $1.utf8.count }
        context.log("compare: concord compare of \(largest) files")
        let name = "\(largest.grouped) schools"
        if let run = context.measureConcord(["compare", folder], runs: min(3, context.options.runs)) {
            rows.append(Row(group: "compare", name: "\(name), process: concord compare DIR (extraction included)",
                            input: "\(largest.grouped) files, \(Report.size(bytes))", unit: "s", wall: run.wall, cpu: run.cpu))
            rows.append(MemoryRow.row(name: "concord compare, \(name)", peakKB: run.peakKB, inputBytes: bytes, context: context))
        } else {
            rows.append(Row(group: "compare", name: "\(name), process", input: "", unit: "s", verdict: "failed", note: "concord compare did not run"))
        }
        return rows
    }

    /// Between successive sizes, the growth of the CPU time (the fastest
    /// run's) against n log n: the measured factor, n log n's factor, and
    /// the local exponent.
    static func growth(_ timings: [(n: Int, seconds: Double)]) -> [Row] {
        zip(timings, timings.dropFirst()).map { small, large in
            let measured = large.seconds / max(small.seconds, 1e-9)
            let nLogN = (Double(large.n) * log(Double(large.n))) / (Double(small.n) * log(Double(small.n)))
            let exponent = log(measured) / log(Double(large.n) / Double(small.n))
            let judged = large.n == targetSchools
            return Row(
                group: "compare", name: "growth \(small.n.grouped) → \(large.n.grouped) schools (cpu, fastest run)",
                input: CFormat.string("n log n grows %.1f×", nLogN), unit: "×", value: measured,
                target: judged ? "≤ n log n" : nil,
                verdict: judged ? (measured <= nLogN ? "met" : "missed") : nil,
                note: CFormat.string("time grew %.1f× for n log n's %.1f× (exponent %.2f)", measured, nLogN, exponent))
        }
    }
}
