import ConcordKit
import FoundationEssentials

/// Diff of revision pairs: in process (extract both sides, pair, classify,
/// write the text report; the diff alone on extracted documents; the
/// extraction alone), and whole process against whole process with the peers.
enum DiffBenchmark {
    static let targetRatio = 5.0
    static let targetClauses = 5000

    static func rows(_ context: BenchContext) throws -> [Row] {
        var rows: [Row] = []
        for size in context.options.pairClauses {
            let old = context.generator.policy(900_000 + size, clauses: size)
            let new = context.generator.revision(of: old, index: size)
            let oldText = old.text(in: context.pool), newText = new.text(in: context.pool)
            let oldPath = try context.write(oldText, to: "pair-\(size)/old.txt")
            let newPath = try context.write(newText, to: "pair-\(size)/new.txt")
            let oldBytes = Array(oldText.utf8), newBytes = Array(newText.utf8)
            let oldDocument = context.extract(oldText, name: "old"), newDocument = context.extract(newText, name: "new")
            let bytes = oldBytes.count + newBytes.count
            let input = "\(oldDocument.clauses.count.grouped) + \(newDocument.clauses.count.grouped) clauses, "
                + "\(Report.size(oldBytes.count)) + \(Report.size(newBytes.count))"
            context.log("diff: pair of \(size) clauses (\(input))")
            let label = "\(size.grouped)-clause pair"
            let reader = context.reader
            let full = Measure.run(context.options.runs) {
                guard case .success(let a) = reader.read(oldBytes, name: "old"),
                      case .success(let b) = reader.read(newBytes, name: "new") else { return }
                var out = ""
                DiffTextWriter().write(PolicyDiffer().diff(a.document, b.document), to: &out)
            }
            rows.append(Row(group: "diff", name: "\(label), in process: extract both + diff + report", input: input,
                            unit: "s", wall: full.wall, cpu: full.cpu))
            let diffOnly = Measure.run(context.options.runs) {
                var out = ""
                DiffTextWriter().write(PolicyDiffer().diff(oldDocument, newDocument), to: &out)
            }
            rows.append(Row(group: "diff", name: "\(label), in process: diff + report only", input: input,
                            unit: "s", wall: diffOnly.wall, cpu: diffOnly.cpu))
            // What reading both sides costs alone: the floor of the
            // process's ratio to a peer that reads neither for meaning.
            let extractOnly = Measure.run(context.options.runs) {
                _ = reader.read(oldBytes, name: "old")
                _ = reader.read(newBytes, name: "new")
            }
            rows.append(Row(group: "diff", name: "\(label), in process: extract both only", input: input,
                            unit: "s", wall: extractOnly.wall, cpu: extractOnly.cpu))
            let extraction = extractOnly.wall.median
            guard let concord = context.measureConcord(["diff", oldPath, newPath], runs: context.options.runs) else {
                rows.append(Row(group: "diff", name: "\(label), concord diff process", input: input, unit: "s", verdict: "failed",
                                note: "concord diff did not run"))
                continue
            }
            rows.append(Row(group: "diff", name: "\(label), process: concord diff OLD NEW", input: input,
                            unit: "s", wall: concord.wall, cpu: concord.cpu))
            for (peer, path) in Peer.available() {
                guard let run = ChildProcess.measure(path, peer.arguments + [oldPath, newPath], runs: context.options.runs) else {
                    rows.append(Row(group: "diff", name: "\(label), process: \(peer.name)", input: input, unit: "s",
                                    note: "\(peer.program) failed; left out"))
                    continue
                }
                rows.append(Row(group: "diff", name: "\(label), process: \(peer.name)", input: input,
                                unit: "s", wall: run.wall, cpu: run.cpu))
                let ratio = concord.wall.median / max(run.wall.median, 1e-9)
                let cpuRatio = concord.cpu.median / max(run.cpu.median, 1e-9)
                let judged = peer.program == "git" && size == targetClauses
                rows.append(Row(
                    group: "diff", name: "\(label), concord ÷ \(peer.program)", input: input, unit: "×", value: ratio,
                    target: judged ? "≤ \(Int(targetRatio))×" : nil,
                    verdict: judged ? (ratio <= targetRatio ? "met" : "missed") : nil,
                    note: CFormat.string("wall %.2f×, cpu %.2f×; extracting both sides alone (in process) is %.2f×",
                                         ratio, cpuRatio, extraction / max(run.wall.median, 1e-9))))
            }
            if Peer.available().isEmpty {
                rows.append(Row(group: "diff", name: "\(label), peers", input: input, unit: "s", note: "neither git nor diff is installed"))
            }
            rows.append(MemoryRow.row(name: "concord diff, \(label)", peakKB: concord.peakKB, inputBytes: bytes, context: context))
        }
        return rows
    }
}
