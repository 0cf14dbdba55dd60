/// Writes a comparison as one self-contained HTML page: inline CSS, a table
/// of the schools (their summaries and what the extractor left to read by
/// eye in each), then the matrix with a sticky header row, cells coloured by
/// strictness (the row's strictest position dark, its loosest pale), each
/// cell opening onto the prose and source lines of its clauses (the clause
/// ids and lines stay visible, so a printed page still points at the
/// source). Every piece of policy text is escaped.
public enum CompareHTMLWriter {
    public static func write(_ matrix: ComparisonMatrix, to out: inout String) {
        let names = matrix.documents.map(\.name)
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<title>Policy comparison</title>\n<style>\n\(style)</style>\n</head>\n<body>\n")
        out.append("<h1>Policy comparison</h1>\n<p>\(HTMLText.escape(CompareSummary.headline(matrix)))</p>\n")
        if let baseline = matrix.baseline {
            out.append("<p>Deviations from <code>\(HTMLText.escape(names[baseline]))</code> only.</p>\n")
        }
        writeDocuments(matrix, to: &out)
        out.append("<table class=\"matrix\">\n<thead><tr><th scope=\"col\">Topic</th>")
        for document in matrix.documents {
            out.append("<th scope=\"col\" title=\"\(HTMLText.escape(document.school ?? document.name))\">")
            out.append(HTMLText.escape(document.name) + "</th>")
        }
        out.append("<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n")
        for row in matrix.rows { writeRow(row, names: names, to: &out) }
        out.append("</tbody>\n</table>\n")
        out.append("<p class=\"legend\"><span class=\"strictest\">strictest</span> <span class=\"middle\">between</span> ")
        out.append("<span class=\"loosest\">loosest</span> <span class=\"gap\">says nothing</span></p>\n")
        out.append("</body>\n</html>\n")
    }

    private static func writeDocuments(_ matrix: ComparisonMatrix, to out: inout String) {
        out.append("<table class=\"documents\">\n<thead><tr><th>Document</th><th>School</th><th>Coverage</th>")
        out.append("<th>Conflicts</th><th>Strictest</th><th>Loosest</th><th>To read by eye</th></tr></thead>\n<tbody>\n")
        for document in matrix.documents {
            let summary = document.summary
            out.append("<tr><td><code>\(HTMLText.escape(document.name))</code></td><td>\(HTMLText.escape(document.school ?? ""))</td>")
            out.append("<td>\(CompareSummary.percent(summary.coverage))</td><td>\(summary.conflicts)</td>")
            out.append("<td>\(summary.strictest)</td><td>\(summary.loosest)</td><td>\(HTMLText.escape(document.unread.description))</td></tr>\n")
        }
        out.append("</tbody>\n</table>\n")
        out.append("<p class=\"unread\">To read by eye: what the extractor did not fully understand")
        out.append(CompareSummary.hasUnread(matrix) ? "; <code>\(HTMLText.escape(UnreadCount.listing))</code> lists it.</p>\n" : ".</p>\n")
    }

    private static func writeRow(_ row: TopicRow, names: [String], to out: inout String) {
        let strictest = Set(row.strictestHolders), loosest = Set(row.loosestHolders)
        out.append("<tr class=\"\(row.status.rawValue)\"><th scope=\"row\" title=\"\(row.key.id)\">\(HTMLText.escape(row.label))</th>")
        for (index, cell) in row.cells.enumerated() {
            guard let cell else {
                out.append("<td class=\"gap\">—</td>")
                continue
            }
            var shade = "middle"
            if loosest.isEmpty || strictest.contains(index) {
                shade = "strictest"
            } else if loosest.contains(index) {
                shade = "loosest"
            }
            let words = HTMLText.escape(CellNotation.words(cell.position))
            let sources = HTMLText.escape(cell.clauses.map { "\($0.id) l.\($0.line)" }.joined(separator: ", "))
            out.append("<td class=\"\(shade)\" title=\"\(HTMLText.escape(cell.strongest.text))\"><details>")
            out.append("<summary>\(words) <small class=\"source\">\(sources)</small></summary>")
            for clause in cell.clauses {
                out.append("<p><q>\(HTMLText.escape(clause.text))</q> <small>\(HTMLText.escape(names[index])) ")
                out.append("\(HTMLText.escape(clause.id)), line \(clause.line)")
                out.append(clause.rule.modality == cell.position.modality ? "" : " (\(clause.rule.modality.phrase))")
                out.append("</small></p>")
            }
            out.append("</details></td>")
        }
        let holders = row.strictestHolders.map { HTMLText.escape(names[$0]) }.joined(separator: ", ")
        out.append("<td class=\"status\">\(row.status.rawValue)<br><small>strictest: \(holders)</small></td></tr>\n")
    }

    static let style = """
        body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #111; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
        table.documents { margin-bottom: .5em; }
        p.unread { margin: 0 0 1.5em; color: #555; }
        table.matrix thead th { position: sticky; top: 0; background: #f4f4f4; z-index: 1; }
        table.matrix tbody th { font-weight: normal; min-width: 14em; }
        td.strictest { background: #c9453c; color: #fff; }
        td.middle { background: #f0a58f; }
        td.loosest { background: #fde4d8; }
        td.gap { background: #fff; color: #999; text-align: center; }
        td.status { font-weight: bold; }
        td.status small { font-weight: normal; color: #555; }
        tr.conflict td.status { color: #b00; }
        tr.differ td.status { color: #a60; }
        details summary { cursor: pointer; }
        details p { margin: .4em 0 0; max-width: 28em; }
        td.strictest small { color: #fee; }
        small.source { white-space: nowrap; opacity: .8; }
        .legend span { padding: 2px 6px; }
        .legend .strictest { background: #c9453c; color: #fff; }
        .legend .middle { background: #f0a58f; }
        .legend .loosest { background: #fde4d8; }
        .legend .gap { border: 1px solid #ccc; }
        @media print {
          body { margin: 0; font-size: 10pt; }
          table.matrix thead { display: table-header-group; }
          tr { break-inside: avoid; }
          td, .legend span { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          details summary { list-style: none; }
        }

        """
}
