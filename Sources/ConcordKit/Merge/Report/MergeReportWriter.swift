/// Writes the merge report (`MergeReport`) as Markdown, every piece of
/// policy text escaped so that it is never read as Markdown.
public enum MergeReportWriter {
    public static func write(_ result: MergeResult, to out: inout String) {
        var first = true
        for block in MergeReport(result).blocks {
            if !first { out += "\n" }
            first = false
            switch block {
            case .heading(let level, let spans):
                out += String(repeating: "#", count: level) + " "
                write(spans, to: &out)
                out += "\n"
            case .paragraph(let spans):
                write(spans, to: &out)
                out += "\n"
            case .list(let items):
                for spans in items {
                    out += "- "
                    write(spans, to: &out)
                    out += "\n"
                }
            case .table(let header, let rows):
                out += "| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
                for row in rows {
                    out += "|"
                    for cell in row {
                        out += " "
                        appendMarkdownEscaped(cell, to: &out)
                        out += " |"
                    }
                    out += "\n"
                }
            }
        }
    }

    private static func write(_ spans: [MergeReport.Span], to out: inout String) {
        for span in spans {
            switch span.style {
            case .plain: appendMarkdownEscaped(span.text, atLineStart: false, to: &out)
            case .code: out += "`" + span.text + "`"
            case .strong:
                out += "**"
                appendMarkdownEscaped(span.text, atLineStart: false, to: &out)
                out += "**"
            }
        }
    }
}
