/// A policy as Markdown: the title, school and trust, the version table,
/// then each section as a numbered heading with its numbered clauses.
/// Policy text is escaped so that it is never read as Markdown syntax.
enum MarkdownPolicyRenderer {
    static func write(_ layout: PolicyLayout, to out: inout String) {
        out += "# "
        appendMarkdownEscaped(layout.title, to: &out)
        out += "\n\n"
        for (label, value) in [("School", layout.school), ("Trust", layout.trust)] {
            guard let value else { continue }
            out += "**\(label):** "
            appendMarkdownEscaped(value, to: &out)
            out += "  \n"
        }
        if layout.school != nil || layout.trust != nil { out += "\n" }
        if !layout.history.isEmpty {
            out += "## Version history\n\n| " + PolicyLayout.historyColumns.joined(separator: " | ") + " |\n|---|---|---|---|\n"
            for entry in layout.history {
                out += "|"
                for cell in PolicyLayout.cells(of: entry) {
                    out += " "
                    appendMarkdownEscaped(cell, to: &out)
                    out += " |"
                }
                out += "\n"
            }
            out += "\n"
        }
        for part in layout.parts {
            out += "## " + part.number + "."
            if let heading = part.heading {
                out += " "
                appendMarkdownEscaped(heading, to: &out)
            }
            out += "\n\n"
            for block in part.blocks {
                switch block.kind {
                case .clause: out += "**\(block.number ?? "")** "
                case .item: out += "- "
                case .note: out += "> "
                case .paragraph: break
                }
                appendMarkdownEscaped(block.text, to: &out)
                out += "\n\n"
            }
        }
    }
}
