import ConcordKit
import FoundationEssentials

/// `concord compare`: the topic × school matrix of several policies.
public enum CompareCommand {
    public static let command = Command(
        name: "compare", abstract: "Compare schools' policies topic by topic: agreement, conflicts, gaps, strictness.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord compare FILE|DIR ... [--format text|md|csv|json|html] [--baseline FILE] [--only differ,conflict,gap]"
    static let discussion = """
        Groups the clauses of every document into topics (the same action by the
        same class of subject towards the same audience) and prints one row per
        topic, one column per document. A row agrees, differs, conflicts (one
        school forbids what another requires or permits) or has a gap (some
        schools say nothing), and names its strictest position. A folder means
        every .txt, .md and .docx document in it. With --baseline, every document is
        compared with that one (the trust's template) and only deviations are
        shown. Each document's summary counts, by reason, what the extractor
        did not fully understand in it, to read by eye (a .policy file counts
        0; csv holds topics only); 'concord extract FILE --unread' lists it.
        See docs/compare.md.

        EXAMPLE: concord compare corpus --only conflict,differ
        """
    static let options = [
        OptionSpec(["--format", "-f"], value: "format", help: "text (default), md, csv, json or html."),
        OptionSpec(["--baseline"], value: "file", help: "Report only deviations from this document."),
        OptionSpec(["--only"], value: "statuses", help: "Keep rows that differ, conflict or have a gap (comma-separated)."),
        OptionSpec(["--lexicon"], value: "file", repeatable: true, help: "Extend the vocabulary with a lexicon JSON file."),
        DocumentLoader.sizeOption,
    ]

    static let formats = ["text", "md", "csv", "json", "html"]
    static let filters: [String: RowStatus] = ["differ": .differ, "conflict": .conflict, "gap": .gap, "agree": .agree]

    /// Extensions of the documents compare reads from a folder: the prose
    /// policies, not the `.policy` files that may sit beside them (those are
    /// the same schools again).
    static let folderExtensions: Set<String> = ["txt", "md", "markdown", "docx"]

    /// The files named by `paths`: a folder gives its prose documents,
    /// sorted, and one with none is an error.
    static func documentPaths(_ paths: [String], loader: DocumentLoader, failed: inout Bool) -> [String] {
        loader.expand(paths, extensions: folderExtensions, failed: &failed)
    }

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        let format = arguments.value("--format") ?? "text"
        guard formats.contains(format) else {
            io.error("unknown format '\(format)'; expected one of \(formats.joined(separator: ", "))")
            return ExitCode.usage
        }
        var only = Set<RowStatus>()
        for word in (arguments.value("--only") ?? "").split(separator: ",") {
            var name = word.drop(while: \.isWhitespace)
            while name.last?.isWhitespace == true { name.removeLast() }
            guard let status = filters[String(name)] else {
                io.error("unknown status '\(name)' in --only; expected differ, conflict, gap or agree")
                return ExitCode.usage
            }
            only.insert(status)
        }
        guard !arguments.positionals.isEmpty || arguments.value("--baseline") != nil else {
            io.error("compare needs documents to compare")
            io.writeError("usage: \(usage)\n")
            return ExitCode.usage
        }
        guard let lexicon = LexiconLoader.load(arguments.all("--lexicon"), io: io) else { return ExitCode.failure }
        guard let loader = DocumentLoader(reader: PolicyReader(lexicon: lexicon), io: io, reportsOwnLines: true).limited(by: arguments) else { return ExitCode.usage }
        var failed = false
        var documents: [PolicyDocument] = []
        var baseline: Int?
        if let path = arguments.value("--baseline") {
            guard let loaded = loader.load(path) else { return ExitCode.failure }
            documents.append(loaded.document)
            baseline = 0
        }
        let baselinePath = arguments.value("--baseline").map(PathName.canonical)
        for path in documentPaths(arguments.positionals, loader: loader, failed: &failed)
        where PathName.canonical(path) != baselinePath {
            guard let loaded = loader.load(path) else { failed = true; continue }
            documents.append(loaded.document)
        }
        guard !documents.isEmpty else {
            if !failed { io.error("no documents to compare") }
            return ExitCode.failure
        }
        var matrix = ComparisonMatrix(comparing: documents)
        if let baseline { matrix = matrix.deviations(from: baseline) }
        if !only.isEmpty { matrix = matrix.only(only) }
        var out = ""
        switch format {
        case "md": CompareMarkdownWriter.write(matrix, to: &out)
        case "csv": CompareCSVWriter.write(matrix, to: &out)
        case "json": CompareJSONWriter.write(matrix, to: &out)
        case "html": CompareHTMLWriter.write(matrix, to: &out)
        default: CompareTextWriter(width: io.terminalWidth, colour: io.useColour).write(matrix, to: &out)
        }
        io.write(out)
        io.keepUntilExit((documents, matrix, out))
        return failed ? ExitCode.failure : ExitCode.success
    }
}
