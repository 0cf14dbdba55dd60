import ConcordKit

/// `concord diff OLD NEW`: what changed between two versions of a policy,
/// clause by clause, then every heading and passage. Exits 0 when the two say the same, 1 when they differ
/// and 2 on trouble (an unreadable file, a wrong argument), as diff(1) does.
public enum DiffCommand {
    public static let command = Command(
        name: "diff", abstract: "Show what changed between two versions of a policy, clause by clause and word by word.",
        usage: usage, discussion: discussion, options: options, usageExitCode: ExitCode.trouble, run: run)

    static let usage = "concord diff OLD NEW [--format text|md|html|json] [--only-changes] [--lexicon FILE]"
    static let discussion = """
        Clauses are paired by what they say (subject, action, audience and
        words), not by their numbers, so renumbered, reordered, re-wrapped and
        moved clauses still pair. Each change is one or more of unchanged,
        reworded, tightened, loosened, reversed, threshold-changed,
        scope-changed, moved, split, merged, added and removed; reworded text
        carries a word redline. Then every other word: headings, passages,
        list items, table rows and details pair the same way, each unchanged,
        minor (case or punctuation only), edited (with a redline), moved,
        added or removed; re-wrapped lines and a bullet's style are layout,
        not changes, and renumbering is reported once. Title, school and
        history changes are listed too, and a summary line counts each kind, then how much the extractor
        did not fully understand in OLD and in NEW, to read by eye (a .policy
        file counts 0; 'concord extract FILE --unread' lists it). - reads
        standard input. Exit status: 0 the same, 1 different, 2 trouble.

        EXAMPLE: concord diff policy-2024.txt policy-2025.txt --only-changes --format html > changes.html
        """
    static let options = [
        OptionSpec(["--format", "-f"], value: "format", help: "text (default; coloured on a terminal), md, html or json."),
        OptionSpec(["--only-changes"], help: "Leave out unchanged clauses, headings and passages."),
        OptionSpec(["--lexicon"], value: "file", repeatable: true, help: "Extend the vocabulary with a lexicon JSON file."),
        DocumentLoader.sizeOption,
    ]

    static let formats = ["text", "md", "html", "json"]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        let format = arguments.value("--format") ?? "text"
        guard formats.contains(format) else {
            io.error("unknown format '\(format)'; expected one of \(formats.joined(separator: ", "))")
            return ExitCode.trouble
        }
        guard arguments.positionals.count == 2 else {
            io.error("diff needs two documents, OLD and NEW; got \(arguments.positionals.count)")
            io.writeError("usage: \(usage)\n")
            return ExitCode.trouble
        }
        guard let lexicon = LexiconLoader.load(arguments.all("--lexicon"), io: io) else { return ExitCode.trouble }
        guard let loader = DocumentLoader(reader: PolicyReader(lexicon: lexicon), io: io, reportsOwnLines: true).limited(by: arguments) else { return ExitCode.trouble }
        // Only the documents are kept: the files' lines and source maps
        // would hold memory through the diff for nothing.
        let old = loader.load(arguments.positionals[0])?.document, new = loader.load(arguments.positionals[1])?.document
        guard let old, let new else { return ExitCode.trouble }
        let diff = PolicyDiffer().diff(old, new)
        let onlyChanges = arguments.has("--only-changes")
        // Written as it is made: the report of a 5,000-clause pair is
        // 1.2 MB of text and 3.7 MB of JSON.
        var output = StandardOutput(io: io)
        switch format {
        case "md": DiffMarkdownWriter(onlyChanges: onlyChanges).write(diff, to: &output)
        case "html": DiffHTMLWriter(onlyChanges: onlyChanges).write(diff, to: &output)
        case "json": DiffJSONWriter(onlyChanges: onlyChanges).write(diff, to: &output)
        default: DiffTextWriter(colour: io.useColour, onlyChanges: onlyChanges).write(diff, to: &output)
        }
        io.keepUntilExit((old, new, diff))
        return diff.isSame ? ExitCode.success : ExitCode.failure
    }
}
