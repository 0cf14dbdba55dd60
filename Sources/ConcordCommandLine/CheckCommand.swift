import ConcordKit
import FoundationEssentials

/// `concord check`: parses, validates and lints policies.
public enum CheckCommand {
    public static let command = Command(
        name: "check", abstract: "Parse, validate and lint policies.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord check FILE|DIR|- ... [--strict] [--lexicon FILE]"
    static let discussion = """
        Reports every error in each file (file:line:column: error: message, the
        line and a caret), then warnings: a clause whose prose and rule disagree,
        a history that is missing or out of order, an unknown {{placeholder}}.
        A folder means every .policy, .txt, .md and .docx file in it; '-' reads a
        .policy from standard input. Exits 1 on errors; warnings alone exit 0
        unless --strict.

        EXAMPLE: concord check corpus/todwick.policy
        (one warning: the file has no history; with --strict it would exit 1)
        """
    static let options = [
        OptionSpec(["--strict"], help: "Exit 1 on warnings too."),
        OptionSpec(["--lexicon"], value: "file", repeatable: true, help: "Extend the vocabulary with a lexicon JSON file."),
        DocumentLoader.sizeOption,
    ]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        guard let lexicon = LexiconLoader.load(arguments.all("--lexicon"), io: io) else { return ExitCode.failure }
        let reader = PolicyReader(lexicon: lexicon)
        guard let loader = DocumentLoader(reader: reader, io: io, includesPolicyFiles: true, standardInputIsPolicy: true).limited(by: arguments) else { return ExitCode.usage }
        let linter = PolicyLinter(reader: reader)
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        var failed = false
        var errors = 0, warnings = 0, files = 0
        for path in loader.expand(paths, failed: &failed) {
            guard let loaded = loader.load(path, allowingErrors: true) else { failed = true; continue }
            files += 1
            var diagnostics = loaded.diagnostics
            if !diagnostics.contains(where: { $0.id == "policy.binary" }) {
                let reported = Set(diagnostics.map { $0.id.replacing("outline.", with: "policy.") })
                diagnostics += linter.lint(loaded.document, sourceMap: loaded.sourceMap).filter {
                    // Reading prose already reports a repeated version.
                    loaded.isPolicyFile || !reported.contains($0.id)
                }
            }
            errors += diagnostics.filter { $0.severity == .error }.count
            warnings += diagnostics.filter { $0.severity == .warning }.count
            io.writeError(DiagnosticRenderer(path: path, lines: loaded.lines, useColour: io.useColour).render(diagnostics))
        }
        if errors + warnings > 0 {
            io.writeError("\(count(errors, "error")) and \(count(warnings, "warning")) in \(count(files, "file"))\n")
        }
        if failed || errors > 0 || (warnings > 0 && arguments.has("--strict")) { return ExitCode.failure }
        return ExitCode.success
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
