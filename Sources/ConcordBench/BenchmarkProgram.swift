import ConcordCommandLine
import ConcordKit
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `concord-bench`: generates the corpus, runs each measure and prints the
/// report. Exits 0 when every measure ran (never judged on speed), 1 when
/// one failed, 64 on a usage error. `concord-bench --concord ARGS` runs
/// `concord ARGS` in this process, for the whole-process measures.
enum BenchmarkProgram {
    static func main(_ arguments: [String]) -> Int32 {
        if arguments.first == "--concord" {
            let status = Concord.run(Array(arguments.dropFirst()), io: .standard())
            PeakMemory.writeIfAsked()
            return status
        }
        let options: BenchOptions
        do {
            options = try BenchOptions(arguments)
        } catch BenchOptions.Failure.usage(let message) {
            if !message.isEmpty { CommandIO.standard().writeError("concord-bench: error: \(message)\n") }
            CommandIO.standard().writeError(BenchOptions.usage)
            return message.isEmpty ? 0 : 64
        } catch {
            return 64
        }
        do {
            let report = try run(options)
            CommandIO.standard().write(options.json ? report.json() : report.table())
            return report.rows.contains { $0.verdict == "failed" } ? 1 : 0
        } catch {
            CommandIO.standard().writeError("concord-bench: error: \(error)\n")
            return 1
        }
    }

    static func run(_ options: BenchOptions) throws -> Report {
        let pool = try SourcePool(folder: options.corpus)
        let folder = FileManager.default.temporaryDirectory.path + "/concord-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if !options.keepFiles { try? FileManager.default.removeItem(atPath: folder) } }
        let context = BenchContext(options: options, generator: CorpusGenerator(pool: pool, seed: options.seed), folder: folder)
        if options.keepFiles { context.log("files kept in \(folder)") }
        if let output = options.corpusOutput {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let (documents, bytes) = ExtractBenchmark.corpus(context)
            for document in documents {
                try Data(document.bytes).write(to: URL(fileURLWithPath: output + "/" + document.name + ".txt"))
            }
            context.log("wrote \(documents.count.grouped) policies, \(Report.size(bytes)), to \(output)")
            exit(0)
        }
        var report = Report(
            mode: options.quick ? "quick" : "full", seed: options.seed, date: Date().formatted(.iso8601),
            machine: machine(), loadAverage: loadAverage(),
            corpus: "\(pool.titles.count) policies in \(options.corpus), \(Report.size(pool.corpusBytes)), \(pool.corpusClauses) clauses")
        if options.groups.contains("extract") { report.rows += ExtractBenchmark.rows(context) }
        if options.groups.contains("docx") { report.rows += try DocxBenchmark.rows(context) }
        if options.groups.contains("policy") { report.rows += PolicyFileBenchmark.rows(context) }
        if options.groups.contains("diff") { report.rows += try DiffBenchmark.rows(context) }
        if !options.groups.isDisjoint(with: ["compare", "merge"]) {
            let needed = max(options.groups.contains("compare") ? options.schoolCounts.max() ?? 0 : 0,
                             options.groups.contains("merge") && MergeBenchmark.merge != nil ? options.mergeCounts.max() ?? 0 : 0)
            context.log("compare: generating and extracting \(needed) schools")
            let schools = CompareBenchmark.schools(needed, context)
            if options.groups.contains("compare") { report.rows += try CompareBenchmark.rows(context, schools: schools) }
            if options.groups.contains("merge") { report.rows += MergeBenchmark.rows(context, schools: schools.documents) }
        }
        report.peakMemoryKB = PeakMemory.kilobytes()
        report.loadAverage += " → " + loadAverage()
        return report
    }

    static func machine() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") } ?? "" } ?? "unknown CPU"
        return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    }

    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
