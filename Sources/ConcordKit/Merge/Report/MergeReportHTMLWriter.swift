/// Writes the merge report (`MergeReport`) as one self-contained HTML
/// page: inline CSS, no scripts or external resources, all text escaped.
public enum MergeReportHTMLWriter {
    public static func write(_ result: MergeResult, to out: inout String) {
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
        appendHTMLEscaped("Merge report" + (result.document.title.map { ": " + $0 } ?? ""), to: &out)
        out += "</title>\n<style>\n" + style + "</style>\n</head>\n<body>\n"
        for block in MergeReport(result).blocks {
            switch block {
            case .heading(let level, let spans):
                out += "<h\(level)>"
                write(spans, to: &out)
                out += "</h\(level)>\n"
            case .paragraph(let spans):
                out += "<p>"
                write(spans, to: &out)
                out += "</p>\n"
            case .list(let items):
                out += "<ul>\n"
                for spans in items {
                    out += "<li>"
                    write(spans, to: &out)
                    out += "</li>\n"
                }
                out += "</ul>\n"
            case .table(let header, let rows):
                out += "<table>\n<tr>"
                for cell in header { out += "<th>" + HTMLText.escape(cell) + "</th>" }
                out += "</tr>\n"
                for row in rows {
                    out += "<tr>"
                    for cell in row { out += "<td>" + HTMLText.escape(cell) + "</td>" }
                    out += "</tr>\n"
                }
                out += "</table>\n"
            }
        }
        out += "</body>\n</html>\n"
    }

    private static func write(_ spans: [MergeReport.Span], to out: inout String) {
        for span in spans {
            switch span.style {
            case .plain: appendHTMLEscaped(span.text, to: &out)
            case .code: out += "<code>" + HTMLText.escape(span.text) + "</code>"
            case .strong: out += "<strong>" + HTMLText.escape(span.text) + "</strong>"
            }
        }
    }

    static let style = """
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }
        h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }
        code { background: #f3f3f3; padding: 0 0.2em; }

        """
}
