import ConcordKit
import FoundationEssentials

/// `concord import`: writes each document as a `.policy` file.
public enum ImportCommand {
    public static let command = Command(
        name: "import", abstract: "Write policy documents as .policy files.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord import FILE|DIR|- ... [-o DIR] [--lexicon FILE]"
    static let discussion = """
        Reads each document (.txt, .md, .docx, or a .policy file, which is re-laid out),
        extracts its clauses and writes NAME.policy beside it, or into the folder
        given with -o (created if needed). A folder means every .txt, .md and .docx
        document in it. '-' reads standard input; '-o -' writes to standard
        output. Files are written atomically: a failed write leaves the old file.

        EXAMPLE: concord import corpus -o corpus
        """
    static let options = [
        OptionSpec(["--output", "-o"], value: "dir", help: "Folder to write the .policy files into ('-' for standard output)."),
        OptionSpec(["--lexicon"], value: "file", repeatable: true, help: "Extend the vocabulary with a lexicon JSON file."),
        DocumentLoader.sizeOption,
    ]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        guard let lexicon = LexiconLoader.load(arguments.all("--lexicon"), io: io) else { return ExitCode.failure }
        let output = arguments.value("--output")
        if let output, output != "-" {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                io.error("cannot create the folder '\(output)': \(SystemError.reason(of: error))")
                return ExitCode.failure
            }
        }
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        var failed = false
        guard let loader = DocumentLoader(reader: PolicyReader(lexicon: lexicon), io: io).limited(by: arguments) else { return ExitCode.usage }
        let files = loader.expand(paths, failed: &failed)
        let clashing = clashes(files, output: output)
        for (target, sources) in clashing.sorted(by: { $0.key < $1.key }) {
            let names = sources.map { "'\($0)'" }
            let (all, none) = names.count == 2 ? ("both", "neither") : ("all", "none")
            io.error("\(names.dropLast().joined(separator: ", ")) and \(names.last!) would \(all) be written to '\(target)'; \(none) is imported (import them into different folders with -o)")
            failed = true
        }
        let refused = Set(clashing.values.joined())
        for path in files where !refused.contains(path) {
            guard let loaded = loader.load(path) else { failed = true; continue }
            let text = PolicyPrinter().print(loaded.document, comments: loaded.comments)
            guard let target = destination(for: path, output: output) else {
                io.write(text)
                continue
            }
            HistoryFolder.undoUnfinished(beside: target, io: io)
            do {
                try AtomicFileWriter.write(text, to: target)
            } catch {
                io.error("\(error)")
                failed = true
            }
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    /// The files that would be written to the same `.policy` as another
    /// (`d1/policy.txt` and `d2/policy.txt` with `-o out`, `x.txt` beside
    /// `x.md`), by that target.
    static func clashes(_ files: [String], output: String?) -> [String: [String]] {
        var sources: [String: [String]] = [:]
        var targets: [String: String] = [:]
        for path in files {
            guard let target = destination(for: path, output: output) else { continue }
            let key = PathName.canonical(target)
            if targets[key] == nil { targets[key] = target }
            // The same file named twice is one source.
            if !(sources[targets[key]!] ?? []).contains(where: { PathName.canonical($0) == PathName.canonical(path) }) {
                sources[targets[key]!, default: []].append(path)
            }
        }
        return sources.filter { $0.value.count > 1 }
    }

    /// Where the `.policy` of `path` goes; nil for standard output.
    static func destination(for path: String, output: String?) -> String? {
        if output == "-" || (path == "-" && output == nil) { return nil }
        let file = DocumentLoader.name(of: path) + "." + DocumentLoader.policyExtension
        return PathName.join(output ?? PathName.directory(path), file)
    }
}
