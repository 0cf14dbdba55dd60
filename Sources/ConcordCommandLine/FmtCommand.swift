import ConcordKit
import FoundationEssentials

/// `concord fmt`: lays `.policy` files out in the canonical layout.
public enum FmtCommand {
    public static let command = Command(
        name: "fmt", abstract: "Lay .policy files out in the canonical layout.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord fmt FILE|DIR|- ... [--check] [--stdout]"
    static let discussion = """
        Rewrites each .policy file in place, atomically (a failed write leaves
        the file as it was; its permissions are kept). A folder means every
        .policy file in it; '-' formats standard input to standard output.
        Comments are kept with the line they stand before; a clause with no
        rule line gets the rule extracted from its text. A file with errors is
        not rewritten. With --check nothing is written: the files that are not
        formatted are listed and the exit code is 1. With --stdout the result
        is printed (a .txt or .md is printed in its .policy form).

        EXAMPLE: concord fmt corpus --check
        """
    static let options = [
        OptionSpec(["--check"], help: "List files that are not formatted; exit 1 if any."),
        OptionSpec(["--stdout"], help: "Print the result instead of rewriting the files."),
        DocumentLoader.sizeOption,
    ]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        let check = arguments.has("--check"), toStandardOutput = arguments.has("--stdout")
        guard let loader = DocumentLoader(reader: PolicyReader(), io: io, includesPolicyFiles: true, standardInputIsPolicy: true).limited(by: arguments) else { return ExitCode.usage }
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        var failed = false
        var unformatted: [String] = []
        var files: [String] = []
        for path in paths {
            // A folder gives its .policy files only.
            let isFolder = path != "-" && (try? LocalFiles.kind(of: path).get()) == .folder
            files += loader.expand([path], extensions: isFolder ? [DocumentLoader.policyExtension] : [], failed: &failed)
        }
        for path in files {
            let isPolicy = path == "-" || DocumentLoader.isPolicyFile(path)
            if !isPolicy && !toStandardOutput {
                io.error("'\(path)' is not a .policy file; use 'concord import' to make one, or 'fmt --stdout' to see it")
                failed = true
                continue
            }
            guard let original = loader.bytes(of: path), let loaded = loader.load(original, path: path) else { failed = true; continue }
            let formatted = PolicyPrinter().print(loaded.document, comments: loaded.comments)
            if check {
                if Array(formatted.utf8) != original {
                    unformatted.append(path)
                    io.write(path + "\n")
                }
            } else if toStandardOutput || path == "-" {
                io.write(formatted)
            } else if Array(formatted.utf8) != original {
                HistoryFolder.undoUnfinished(beside: path, io: io)
                do {
                    try AtomicFileWriter.write(formatted, to: path)
                } catch {
                    io.error("\(error)")
                    failed = true
                }
            }
        }
        return failed || !unformatted.isEmpty ? ExitCode.failure : ExitCode.success
    }
}
