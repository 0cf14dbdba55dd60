/// Peak memory of a `concord` process against the size of its input.
enum MemoryRow {
    static let targetRatio = 10.0

    static func row(name: String, peakKB: Int, inputBytes: Int, context: BenchContext) -> Row {
        let peak = peakKB * 1024
        let ratio = Double(peak) / Double(max(inputBytes, 1))
        var note = CFormat.string("%.1f× the input", ratio)
        if let baseline = baselineKB(context) {
            let above = Double(max(0, peakKB - baseline) * 1024) / Double(max(inputBytes, 1))
            note += CFormat.string("; %.1f× above an empty run's %.1f MB (the runtime)", above, Double(baseline) * 1024 / 1e6)
        }
        if let floor = readingBaselineKB(context) {
            let above = Double(max(0, peakKB - floor) * 1024) / Double(max(inputBytes, 1))
            note += CFormat.string("; %.1f× above a one-sentence extraction's %.1f MB (the runtime, the code that reads and the lexicon)",
                                   above, Double(floor) * 1024 / 1e6)
        }
        return Row(group: "memory", name: "\(name): peak (VmHWM)", input: Report.size(inputBytes), unit: "MB",
                   value: Double(peak) / 1e6, target: "≤ \(Int(targetRatio))× input",
                   verdict: ratio <= targetRatio ? "met" : "missed", note: note)
    }

    /// VmHWM of `concord --version`: what any run costs before it reads.
    static func baselineKB(_ context: BenchContext) -> Int? {
        context.measureConcord(["--version"], runs: 1)?.peakKB
    }

    /// VmHWM of `concord extract` of a file of one sentence: what any run
    /// that reads a policy costs before the policy's own size counts (the
    /// standard lexicon is built on first use, and `--version` never builds it).
    static func readingBaselineKB(_ context: BenchContext) -> Int? {
        guard let path = try? context.write("Staff must not share their passwords.\n", to: "one-sentence.txt") else { return nil }
        return context.measureConcord(["extract", path], runs: 1)?.peakKB
    }
}
