import ConcordCommandLine
import ConcordKit
import FoundationEssentials

/// What every measure shares: the options, the generator, a folder for the
/// files the child processes read, and a progress log on standard error.
struct BenchContext {
    let options: BenchOptions
    let generator: CorpusGenerator
    let folder: String
    let reader = PolicyReader()

    var pool: SourcePool { generator.pool }

    func log(_ message: String) {
        CommandIO.standard().writeError("concord-bench: \(message)\n")
    }

    /// Writes `text` to `name` in the work folder and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        let path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: String(path[..<path.lastIndex(of: "/")!]), withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Extracts the clauses of generated text, outside any timing.
    func extract(_ text: String, name: String) -> PolicyDocument {
        guard case .success(let result) = reader.read(Array(text.utf8), name: name) else { return PolicyDocument(name: name) }
        return result.document
    }

    /// Runs this program as `concord` (`concord-bench --concord ARGS`),
    /// reading the child's own VmHWM back.
    func measureConcord(_ arguments: [String], runs: Int) -> ProcessSample? {
        ChildProcess.measure(ChildProcess.executable, ["--concord"] + arguments, runs: runs,
                             peakFile: folder + "/peak-memory")
    }
}

extension Int {
    /// "5,012".
    var grouped: String {
        let digits = String(self)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
