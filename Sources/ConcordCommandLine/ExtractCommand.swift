import ConcordKit
import FoundationEssentials

/// `concord extract`: the clauses of each document.
public enum ExtractCommand {
    public static let command = Command(
        name: "extract", abstract: "Extract the normalized clauses of policy documents.",
        usage: usage, discussion: discussion, options: options, run: run)

    static let usage = "concord extract FILE|DIR|- ... [--format jsonl|json|csv|table] [--unread] [--lexicon FILE]"
    static let discussion = """
        A folder means every .txt, .md and .docx document in it; - reads standard input.
        jsonl prints one clause per line with the fields of docs/clauses.md plus
        doc, id, section, line and text; json prints the whole policy (an array
        when several documents are given); table is for people.

        --unread lists instead what the extractor did not fully understand, one
        a line as FILE:LINE: REASON: TEXT: sentences that look like a rule but
        gave no clause (no clause), and clauses whose action is none of the
        vocabulary's (action not recognised), whose party nothing named (party
        assumed) or whose negation the modality may not account for (polarity
        uncertain). Read those by eye.

        EXAMPLE: concord extract corpus --format table
        EXAMPLE: concord extract corpus --unread
        """
    static let options = [
        OptionSpec(["--format", "-f"], value: "format", help: "jsonl (default), json, csv or table."),
        OptionSpec(["--unread"], help: "List what was not fully understood instead of the clauses."),
        OptionSpec(["--lexicon"], value: "file", repeatable: true, help: "Extend the vocabulary with a lexicon JSON file."),
        DocumentLoader.sizeOption,
    ]

    static let formats = ["jsonl", "json", "csv", "table"]

    static func run(_ arguments: ParsedArguments, io: CommandIO) -> Int32 {
        let format = arguments.value("--format") ?? "jsonl"
        guard formats.contains(format) else {
            io.error("unknown format '\(format)'; expected one of \(formats.joined(separator: ", "))")
            return ExitCode.usage
        }
        guard let lexicon = LexiconLoader.load(arguments.all("--lexicon"), io: io) else { return ExitCode.failure }
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        var failed = false
        guard let loader = DocumentLoader(reader: PolicyReader(lexicon: lexicon), io: io, reportsOwnLines: true).limited(by: arguments) else { return ExitCode.usage }
        var documents: [PolicyDocument] = []
        var out = ""
        // jsonl records, written as UTF-8 bytes without making a String of them.
        var records: [UInt8] = []
        let listsUnread = arguments.has("--unread")
        if format == "csv", !listsUnread { ClauseCSVWriter.writeHeader(to: &out) }
        let files = loader.expand(paths, failed: &failed)
        for (position, path) in files.enumerated() {
            guard let loaded = loader.load(path) else { failed = true; continue }
            // What the outline noticed (a repeated version number) is worth a
            // warning; notes (a dropped page header) are not.
            let warnings = loaded.diagnostics.filter { $0.severity != .note }
            if !warnings.isEmpty {
                io.writeError(DiagnosticRenderer(path: path, lines: loaded.lines, useColour: io.useColour).render(warnings))
            }
            if listsUnread {
                UnreadListWriter.write(loaded.document.unread, path: path, to: &out)
            } else {
                switch format {
                case "jsonl": ClauseRecordWriter.writeJSONLines(loaded.document, to: &records)
                case "csv": ClauseCSVWriter.write(loaded.document, to: &out)
                default: documents.append(loaded.document)
                }
            }
            if out.utf8.count > 1 << 20 { io.write(out); out = "" }
            if records.count > 1 << 20 { io.writeBytes(records); records.removeAll(keepingCapacity: true) }
            // Each document is freed once written, but the last: `concord`
            // exits next.
            if position == files.count - 1 { io.keepUntilExit(loaded) }
        }
        switch listsUnread ? "" : format {
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = documents.count == 1 ? try? encoder.encode(documents[0]) : try? encoder.encode(documents)
            out += String(decoding: data ?? Data(), as: UTF8.self) + "\n"
        case "table":
            ClauseTableWriter(width: io.terminalWidth).write(documents, to: &out)
        default:
            break
        }
        if !records.isEmpty { io.writeBytes(records) }
        io.write(out)
        io.keepUntilExit((documents, out, records))
        return failed ? ExitCode.failure : ExitCode.success
    }
}

/// Loads `--lexicon` files over the standard vocabulary.
enum LexiconLoader {
    static func load(_ paths: [String], io: CommandIO) -> Lexicon? {
        var lexicon = Lexicon.standard
        for path in paths {
            let bytes: [UInt8]
            do {
                bytes = try LocalFiles.read(path, limit: ByteCount.defaultLimit)
            } catch {
                io.error(error.message(reading: "the lexicon '\(path)'"))
                return nil
            }
            do {
                lexicon = try Lexicon(data: lexicon.data.merged(with: Lexicon.decode(Data(bytes))))
            } catch {
                io.error("\(path): \(error)")
                return nil
            }
        }
        return lexicon
    }
}
