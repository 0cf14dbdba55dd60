/// A policy as one self-contained HTML page: inline CSS only, every piece
/// of policy text escaped, laid out to print on A4 (`@page`, no clause split
/// across pages, the version table's header repeated).
enum HTMLPolicyRenderer {
    static let style = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.45; color: #111; max-width: 174mm; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 20pt; margin: 0 0 .2em; }
        h2 { font-size: 13pt; margin: 1.6em 0 .6em; border-bottom: 1px solid #999; padding-bottom: .15em; }
        .meta { margin: 0 0 1.4em; color: #333; }
        .meta dt { font-weight: bold; float: left; clear: left; width: 5em; }
        .meta dd { margin: 0 0 .2em 5.5em; }
        table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: 10pt; }
        th, td { border: 1px solid #888; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #eee; }
        thead { display: table-header-group; }
        .clause { display: flex; gap: .8em; margin: .45em 0; }
        .clause .number { min-width: 2.8em; font-weight: bold; }
        p, li, .clause, tr { break-inside: avoid; page-break-inside: avoid; }
        h2 { break-after: avoid; page-break-after: avoid; }
        .note { font-style: italic; color: #444; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; }
          th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """

    static func write(_ layout: PolicyLayout, to out: inout String) {
        out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        appendHTMLEscaped(title(layout), to: &out)
        out += "</title>\n<style>\n" + style + "\n</style>\n</head>\n<body>\n<h1>"
        appendHTMLEscaped(layout.title, to: &out)
        out += "</h1>\n"
        let meta = [("School", layout.school), ("Trust", layout.trust)].compactMap { label, value in value.map { (label, $0) } }
        if !meta.isEmpty {
            out += "<dl class=\"meta\">\n"
            for (label, value) in meta {
                out += "<dt>\(label)</dt><dd>"
                appendHTMLEscaped(value, to: &out)
                out += "</dd>\n"
            }
            out += "</dl>\n"
        }
        writeHistory(layout.history, to: &out)
        for part in layout.parts { writePart(part, to: &out) }
        out += "</body>\n</html>\n"
    }

    static func title(_ layout: PolicyLayout) -> String {
        layout.school.map { layout.title + " — " + $0 } ?? layout.title
    }

    static func writeHistory(_ history: [HistoryEntry], to out: inout String) {
        guard !history.isEmpty else { return }
        out += "<h2>Version history</h2>\n<table>\n<thead><tr>"
        for column in PolicyLayout.historyColumns { out += "<th>\(column)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for entry in history {
            out += "<tr>"
            for cell in PolicyLayout.cells(of: entry) {
                out += "<td>"
                appendHTMLEscaped(cell, to: &out)
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    static func writePart(_ part: PolicyLayout.Part, to out: inout String) {
        out += "<section>\n<h2>" + part.number + "."
        if let heading = part.heading {
            out += " "
            appendHTMLEscaped(heading, to: &out)
        }
        out += "</h2>\n"
        var inList = false
        for block in part.blocks {
            if inList && block.kind != .item {
                out += "</ul>\n"
                inList = false
            }
            switch block.kind {
            case .clause:
                out += "<div class=\"clause\"><span class=\"number\">" + (block.number ?? "") + "</span><span class=\"text\">"
                appendHTMLEscaped(block.text, to: &out)
                out += "</span></div>\n"
            case .item:
                if !inList {
                    out += "<ul>\n"
                    inList = true
                }
                out += "<li>"
                appendHTMLEscaped(block.text, to: &out)
                out += "</li>\n"
            case .paragraph, .note:
                out += block.kind == .note ? "<p class=\"note\">" : "<p>"
                appendHTMLEscaped(block.text, to: &out)
                out += "</p>\n"
            }
        }
        if inList { out += "</ul>\n" }
        out += "</section>\n"
    }
}
