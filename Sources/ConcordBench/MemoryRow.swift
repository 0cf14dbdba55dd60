/// Peak memory of a `concord` process against the size of its input.
enum MemoryRow {
    static let targetRatio = 10.0

    static func row(name: String, peakKB: Int, inputBytes: Int, context: BenchContext) -> Row {
        let peak = peakKB * 1024
        let ratio = Double(peak) / Double(max(inputBytes, 1))
        var note = CFormat.string("%.1f× the input", ratio)
        /// "; 8.6× above an empty run's 9.1 MB (…)": the peak less a floor, against the input.
        func above(_ floorKB: Int, _ what: String) -> String {
            let above = Double(max(0, peakKB - floorKB) * 1024) / Double(max(inputBytes, 1))
            return CFormat.string("; %.1f× above ", above) + what + CFormat.string("'s %.1f MB", Double(floorKB) * 1024 / 1e6)
        }
        if let baseline = baselineKB(context) {
            note += above(baseline, "an empty run") + " (the runtime)"
        }
        if let floor = readingBaselineKB(context) {
            note += above(floor, "a one-sentence extraction") + " (the runtime, the code that reads and the lexicon)"
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
