/// Read + outline + extract throughput on one core: `PolicyReader.read`
/// (decoding, debris stripping, outline, clauses) over generated policies
/// totalling at least `--extract-mb` megabytes.
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
        let megabytes = Double(total) / 1e6
        let rate = sample.wall.rate(megabytes)
        return [Row(
            group: "extract", name: "read + outline + extract",
            input: "\(Report.size(total)), \(documents.count.grouped) docs, \(clauses.grouped) clauses",
            unit: "MB/s", wall: rate, cpu: sample.cpu.rate(megabytes),
            target: "≥ \(Int(target)) MB/s", verdict: rate.median >= target ? "met" : "missed",
            note: rate.median >= target ? nil : CFormat.string("%.1f× short of the target", target / max(rate.median, 1e-9)))]
    }
}
