import ConcordKit

/// Read + outline + extract throughput on one core: `PolicyReader.read`
/// (decoding, debris stripping, outline, clauses) over generated policies
/// totalling at least `--extract-mb` megabytes; and, for where that time
/// goes, reading and outlining alone (`SourceText.read`, `OutlineBuilder`).
enum ExtractBenchmark {
    static let target = 75.0

    /// Generated policies until they total `--extract-mb` megabytes.
    static func corpus(_ context: BenchContext) -> (documents: [(name: String, bytes: [UInt8])], bytes: Int) {
        let goal = Int(context.options.extractMegabytes * 1e6)
        var documents: [(name: String, bytes: [UInt8])] = []
        var total = 0
        while total < goal {
            let bytes = Array(context.generator.policy(documents.count).text(in: context.pool).utf8)
            total += bytes.count
            documents.append(("policy-\(documents.count)", bytes))
        }
        return (documents, total)
    }

    static func rows(_ context: BenchContext) -> [Row] {
        let (documents, total) = corpus(context)
        context.log("extract: \(documents.count.grouped) generated policies, \(Report.size(total))")
        let reader = context.reader
        var clauses = 0
        for document in documents.prefix(20) { _ = reader.read(document.bytes, name: document.name) }
        let sample = Measure.run(context.options.extractRuns, warmUp: false) {
            clauses = 0
            for document in documents {
                if case .success(let result) = reader.read(document.bytes, name: document.name) {
                    clauses += result.document.sections.reduce(0) { $0 + $1.clauses.count }
                }
            }
        }
        // The stages before the clause rules, alone, over the same corpus:
        // the ceiling that no work on the rules can lift.
        var blocks = 0
        let front = Measure.run(context.options.extractRuns, warmUp: false) {
            blocks = 0
            for document in documents {
                if case .success(let source) = SourceText.read(document.bytes, name: document.name) {
                    blocks += OutlineBuilder().build(source).blocks.count
                }
            }
        }
        let megabytes = Double(total) / 1e6
        let rate = sample.wall.rate(megabytes), frontRate = front.wall.rate(megabytes)
        return [
            Row(
                group: "extract", name: "read + outline + extract",
                input: "\(Report.size(total)), \(documents.count.grouped) docs, \(clauses.grouped) clauses",
                unit: "MB/s", wall: rate, cpu: sample.cpu.rate(megabytes),
                target: "≥ \(Int(target)) MB/s", verdict: rate.median >= target ? "met" : "missed",
                note: rate.median >= target ? nil : CFormat.string("%.1f× short of the target", target / max(rate.median, 1e-9))),
            Row(
                group: "extract", name: "read + outline only",
                input: "the same, \(blocks.grouped) blocks",
                unit: "MB/s", wall: frontRate, cpu: front.cpu.rate(megabytes),
                note: Self.share(front: front.cpu.median, whole: sample.cpu.median)),
        ]
    }

    /// How much of the whole read's time the stages before the clause
    /// rules take (by CPU time, which other processes disturb less).
    static func share(front: Double, whole: Double) -> String {
        guard whole > 0 else { return "no time measured" }
        return CFormat.string("%.0f %% of the whole read's CPU time", 100 * front / whole)
    }
}
