/// Writes the Markdown report of a merge: the strategy and the sources, with
/// what the extractor left to read by eye in each, then per topic the
/// position chosen, the other positions and who held them, who says
/// nothing, why the strategy chose it, and where the merged clause's prose
/// came from.
public enum MergeReportWriter {
    public static func write(_ result: MergeResult, to out: inout String) {
        out += "# Merge report"
        if let title = result.document.title {
            out += ": "
            appendMarkdownEscaped(title, to: &out)
        }
        out += "\n\nStrategy: `\(result.strategy.name)`. "
        out += "\(result.sources.count) sources, \(result.choices.count) topics, \(result.clauses.count) merged clauses"
        let written = result.clauses.filter { $0.proseSource == nil }.count
        out += " (\(written) written from the rule).\n\n"
        out += "| Source | School | To read by eye |\n|---|---|---|\n"
        for (index, name) in result.sources.enumerated() {
            out += "| "
            appendMarkdownEscaped(name, to: &out)
            out += " | "
            appendMarkdownEscaped(result.schools[index], to: &out)
            out += " | "
            appendMarkdownEscaped(result.unread[index].description, to: &out)
            out += " |\n"
        }
        out += "\nTo read by eye: what the extractor did not fully understand in each source"
        out += result.unread.contains { $0.total > 0 } ? "; `\(UnreadCount.listing)` lists it.\n" : ".\n"
        var merged: [TopicKey: MergedClause] = [:]
        for clause in result.clauses {
            for key in clause.topics where merged[key] == nil { merged[key] = clause }
        }
        for choice in result.choices {
            writeTopic(choice, merged: merged[choice.row.key], result: result, to: &out)
        }
    }

    static func writeTopic(_ choice: TopicChoice, merged: MergedClause?, result: MergeResult, to out: inout String) {
        let row = choice.row
        out += "\n## " + row.label + " (`" + row.key.id + "`)\n\n"
        if let merged {
            out += "- Merged clause: \(merged.clause.id), "
            if let source = merged.proseSource {
                out += "prose from \(source.document) \(source.clause)\n"
            } else {
                out += "prose written from the rule\n"
            }
        }
        out += "- Chosen: **" + CellNotation.words(choice.chosen.position) + "**, held by " + holders(choice.chosen, row: row, result: result) + "\n"
        for stance in choice.alternatives {
            out += "- Alternative: " + CellNotation.words(stance.position) + ", held by " + holders(stance, row: row, result: result) + "\n"
        }
        let silent = row.cells.indices.filter { row.cells[$0] == nil }
        if !silent.isEmpty {
            out += "- Not covered by: " + silent.map { result.sources[$0] }.joined(separator: ", ")
            out += " (covered by \(row.cells.count - silent.count) of \(row.cells.count))\n"
        }
        out += "- Why: " + choice.reason + "\n"
    }

    /// "ashton-vale (6.10), todwick (A.3)".
    static func holders(_ stance: TopicChoice.Stance, row: TopicRow, result: MergeResult) -> String {
        stance.holders.map { index in
            result.sources[index] + " (" + (row.cells[index]?.strongest.id ?? "?") + ")"
        }.joined(separator: ", ")
    }
}
