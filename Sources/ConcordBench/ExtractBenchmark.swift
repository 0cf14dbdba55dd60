@_spi(Benchmark) import ConcordKit

/// Read + outline + extract throughput on one core: `PolicyReader.read`
/// (decoding, debris stripping, outline, clauses) over generated policies
/// totalling at least `--extract-mb` megabytes; and, for where that time
/// goes, two floors under it: reading and outlining alone (`SourceText.read`,
/// `OutlineBuilder`), and those with every sentence split and tokenized
/// (`Lexicon.tokenCount(of:)`), before any phrase or rule.
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
        // floors under the whole read's time that no work on the rules can
        // take it below.
        let runs = context.options.extractRuns
        let (front, blocks) = timeOnOutlines(of: documents, runs: runs) { $0.blocks.count }
        let lexicon = Lexicon.standard
        let (tokenizing, tokens) = timeOnOutlines(of: documents, runs: runs) { lexicon.tokenCount(of: $0) }
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
            Row(
                group: "extract", name: "read + outline + split + tokenize only",
                input: "the same, \(tokens.grouped) tokens",
                unit: "MB/s", wall: tokenizing.wall.rate(megabytes), cpu: tokenizing.cpu.rate(megabytes),
                note: Self.share(front: tokenizing.cpu.median, whole: sample.cpu.median)),
        ]
    }

    /// Reads and outlines each document, then runs `work` on its outline,
    /// timed over all of them; with the sum of what `work` returned.
    static func timeOnOutlines(
        of documents: [(name: String, bytes: [UInt8])], runs: Int, _ work: (Outline) -> Int
    ) -> (sample: Sample, count: Int) {
        var count = 0
        let sample = Measure.run(runs, warmUp: false) {
            count = 0
            for document in documents {
                if case .success(let source) = SourceText.read(document.bytes, name: document.name) {
                    count += work(OutlineBuilder().build(source))
                }
            }
        }
        return (sample, count)
    }

    /// How much of the whole read's time the stages before the clause
    /// rules take (by CPU time, which other processes disturb less).
    static func share(front: Double, whole: Double) -> String {
        guard whole > 0 else { return "no time measured" }
        return CFormat.string("%.0f %% of the whole read's CPU time", 100 * front / whole)
    }
}
