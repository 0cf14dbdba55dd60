/// Writes a comparison as Markdown: a table of the schools, their summaries
/// and what the extractor left to read by eye in each, then the topic matrix
/// with each cell in words and the clauses behind it.
public enum CompareMarkdownWriter {
    public static func write(_ matrix: ComparisonMatrix, to out: inout String) {
        let names = matrix.documents.map(\.name)
        out.append("# Policy comparison\n\n")
        out.append(CompareSummary.headline(matrix) + "\n\n")
        if let baseline = matrix.baseline {
            out.append("Deviations from `\(names[baseline])` only.\n\n")
        }
        let ranks = matrix.baseline == nil ? "strictest | loosest" : "stricter | looser"
        out.append("| document | school | coverage | conflicts | \(ranks) | to read by eye |\n")
        out.append("|---|---|--:|--:|--:|--:|---|\n")
        for document in matrix.documents {
            let summary = document.summary
            out.append("| `\(escape(document.name))` | \(escape(document.school ?? "")) | ")
            out.append("\(CompareSummary.percent(summary.coverage)) | \(summary.conflicts) | \(summary.strictest) | \(summary.loosest) | ")
            out.append("\(escape(document.unread.description)) |\n")
        }
        out.append("\nTo read by eye: what the extractor did not fully understand")
        out.append(CompareSummary.hasUnread(matrix) ? "; `\(UnreadCount.listing)` lists it.\n" : ".\n")
        out.append("\n## Topics\n\n")
        out.append("| topic | " + names.map { "`\(escape($0))`" }.joined(separator: " | ") + " | status | strictest |\n")
        out.append("|---|" + String(repeating: "---|", count: names.count) + "---|---|\n")
        for row in matrix.rows {
            out.append("| \(escape(row.label)) |")
            for cell in row.cells {
                out.append(" ")
                out.append(cell.map(describe) ?? "—")
                out.append(" |")
            }
            let holders = row.strictestHolders.map { "`\(escape(names[$0]))`" }.joined(separator: ", ")
            out.append(" \(row.status.rawValue) | \(escape(row.strictest.modality.phrase)): \(holders) |\n")
        }
        writeConflicts(matrix, names: names, to: &out)
    }

    /// Each conflict with the sentences behind it: a heading per topic, a
    /// line per school (the forbidding side first) with its position, line
    /// and sentence.
    static func writeConflicts(_ matrix: ComparisonMatrix, names: [String], to out: inout String) {
        let rows = matrix.rows.filter { !$0.conflicts.isEmpty }
        guard !rows.isEmpty else { return }
        out.append("\n## Conflicts, with the sentences behind them\n")
        for row in rows {
            out.append("\n### \(escape(row.label))\n\n")
            for side in ConflictSides.ordered(row.conflicts) {
                out.append("- `\(escape(names[side.document]))` line \(side.clause.line), **\(escape(CellNotation.words(side.position)))**: ")
                out.append("“\(escape(side.clause.text))”\n")
            }
        }
    }

    static func describe(_ cell: Cell) -> String {
        let words = CellNotation.words(cell.position)
        let ids = cell.clauses.map { "\($0.id) l.\($0.line)" }.joined(separator: "; ")
        return "**\(escape(words))** (\(escape(ids)))"
    }

    /// Pipes, backslashes and the characters that start Markdown syntax
    /// inside a table cell are escaped, and `&`, which would start an
    /// entity; line breaks become spaces.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { "|\\*_`<>[]&\n\r".utf8.contains($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r": out.append(" ")
            case "|", "\\", "*", "_", "`", "<", ">", "[", "]", "&":
                out.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
