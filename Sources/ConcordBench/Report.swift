import FoundationEssentials

/// One line of the report: a measure, what it ran on, its timings (in
/// `unit`) and, where the issue sets one, the target and whether it is met.
struct Row: Codable {
    var group: String
    var name: String
    var input: String
    var unit: String
    /// Wall-clock figures, in `unit`.
    var wall: Timing?
    /// On-CPU figures (this thread, or the child's user + system), in `unit`.
    var cpu: Timing?
    /// A single figure (a ratio, a peak memory) when there is no timing.
    var value: Double?
    var target: String?
    /// "met", "missed" or "not available".
    var verdict: String?
    var note: String?
}

/// Everything one run measured, and the machine it ran on.
struct Report: Codable {
    var program = "concord-bench"
    var mode: String
    var seed: UInt64
    var date: String
    var machine: String
    var loadAverage: String
    var corpus: String
    var rows: [Row] = []
    var peakMemoryKB: Int?

    /// The table for people.
    func table() -> String {
        let header = ["measure", "input", "median", "min", "max", "cpu median", "target", "verdict"]
        var lines: [[String]] = []
        for row in rows {
            let figure = row.wall
            lines.append([
                row.group + ": " + row.name, row.input,
                figure.map { Self.format($0.median, row.unit) } ?? row.value.map { Self.format($0, row.unit) } ?? "-",
                figure.map { Self.format($0.min, row.unit) } ?? "",
                figure.map { Self.format($0.max, row.unit) } ?? "",
                row.cpu.map { Self.format($0.median, row.unit) } ?? "",
                row.target ?? "", row.verdict ?? "",
            ])
        }
        var widths = header.map(\.count)
        for line in lines { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func render(_ cells: [String]) -> String {
            var line = cells.enumerated().map { $0.element + String(repeating: " ", count: widths[$0.offset] - $0.element.count) }
                .joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }
        var out = "concord-bench (\(mode), seed \(seed)) \(date)\n\(machine); load average \(loadAverage)\ncorpus: \(corpus)\n\n"
        out += render(header) + render(widths.map { String(repeating: "-", count: $0) })
        for line in lines { out += render(line) }
        let notes = rows.compactMap { row in row.note.map { "- " + row.group + ": " + row.name + ": " + $0 } }
        if !notes.isEmpty { out += "\n" + notes.joined(separator: "\n") + "\n" }
        if let peakMemoryKB { out += "\nconcord-bench's own peak memory (VmHWM): \(Self.format(Double(peakMemoryKB) * 1024 / 1e6, "MB"))\n" }
        return out
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "s":
            if value < 0.001 { return CFormat.string("%.0f µs", value * 1e6) }
            if value < 1 { return CFormat.string("%.1f ms", value * 1e3) }
            return CFormat.string("%.2f s", value)
        case "×": return CFormat.string("%.2f×", value)
        default: return CFormat.string(value < 10 ? "%.2f" : "%.1f", value) + " " + unit
        }
    }

    /// "2.48 MB" for a byte count (decimal: 1 MB = 10^6 bytes, as in MB/s).
    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? CFormat.string("%.2f MB", Double(bytes) / 1e6) : CFormat.string("%.0f kB", Double(bytes) / 1e3)
    }
}
