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
        let loader = DocumentLoader(reader: PolicyReader(lexicon: lexicon), io: io)
        for path in loader.expand(paths, failed: &failed) {
            guard let loaded = loader.load(path) else { failed = true; continue }
            let text = PolicyPrinter().print(loaded.document, comments: loaded.comments)
            guard let target = destination(for: path, output: output) else {
                io.write(text)
                continue
            }
            do {
                try AtomicFileWriter.write(text, to: target)
            } catch {
                io.error("\(error)")
                failed = true
            }
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    /// Where the `.policy` of `path` goes; nil for standard output.
    static func destination(for path: String, output: String?) -> String? {
        if output == "-" || (path == "-" && output == nil) { return nil }
        let file = DocumentLoader.name(of: path) + "." + DocumentLoader.policyExtension
        return PathName.join(output ?? PathName.directory(path), file)
    }
}
