/// Writes a comparison as one self-contained HTML page, the trust lead's
/// main screen: no external assets and no network. First the summary line,
/// a legend and the table of schools; then filters by status and by subject
/// (a small inline script; without it every row shows); then the matrix,
/// which scrolls inside the page with its header, topic column and status
/// column sticky. Each cell shows a symbol and a colour per modality (the
/// symbol tells them apart without colour), marks a conflict (⚡) and the
/// row's strictest position (★), and opens onto each clause's sentence and
/// source line. Prints on A4 landscape with every school and the status
/// column. The conflicts come before the matrix, each with every school's
/// sentence and line. Every piece of policy text is escaped.
public enum CompareHTMLWriter {
    public static func write(_ matrix: ComparisonMatrix, to out: inout String) {
        let names = matrix.documents.map(\.name)
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.append("<title>Policy comparison</title>\n<style>\n\(CompareHTMLPage.style)</style>\n</head>\n<body>\n")
        out.append("<header>\n<h1>Policy comparison</h1>\n<p class=\"headline\">\(HTMLText.escape(CompareSummary.headline(matrix)))</p>\n")
        if let baseline = matrix.baseline {
            out.append("<p>Deviations from <code>\(HTMLText.escape(names[baseline]))</code> only: every count is against it.</p>\n")
        }
        out.append("</header>\n")
        out.append(CompareHTMLPage.legend)
        writeDocuments(matrix, to: &out)
        writeConflicts(matrix, names: names, to: &out)
        writeFilters(matrix, to: &out)
        out.append("<div class=\"scroller\" id=\"topics\" tabindex=\"0\" role=\"region\" aria-label=\"Topics by school\">\n")
        out.append("<table class=\"matrix\">\n<thead><tr><th scope=\"col\" class=\"topic\">Topic</th>")
        for document in matrix.documents {
            out.append("<th scope=\"col\" class=\"school\" title=\"\(HTMLText.escape(document.school ?? document.name))\">")
            out.append(HTMLText.escape(document.name) + "</th>")
        }
        out.append("<th scope=\"col\" class=\"status\">Status</th></tr></thead>\n<tbody>\n")
        for row in matrix.rows { writeRow(row, names: names, to: &out) }
        out.append("</tbody>\n</table>\n</div>\n")
        out.append("<script>\n\(CompareHTMLPage.script)</script>\n</body>\n</html>\n")
    }

    private static func writeDocuments(_ matrix: ComparisonMatrix, to out: inout String) {
        // A large trust's table of schools is folded, so that the matrix is
        // not pushed a page down; it opens in place.
        let open = matrix.documents.count <= 10 ? " open" : ""
        out.append("<details class=\"summary\"\(open)>\n<summary><h2>Schools (\(matrix.documents.count))</h2></summary>\n<div class=\"wide\">\n")
        out.append("<table class=\"documents\">\n<thead><tr><th>Document</th><th>School</th><th>Coverage</th>")
        let ranks = matrix.baseline == nil ? "<th>Strictest</th><th>Loosest</th>" : "<th>Stricter</th><th>Looser</th>"
        out.append("<th>Conflicts</th>\(ranks)<th>To read by eye</th></tr></thead>\n<tbody>\n")
        for document in matrix.documents {
            let summary = document.summary
            out.append("<tr><td><code>\(HTMLText.escape(document.name))</code></td><td>\(HTMLText.escape(document.school ?? ""))</td>")
            out.append("<td>\(CompareSummary.percent(summary.coverage))</td><td>\(summary.conflicts)</td>")
            out.append("<td>\(summary.strictest)</td><td>\(summary.loosest)</td><td>\(HTMLText.escape(document.unread.description))</td></tr>\n")
        }
        out.append("</tbody>\n</table>\n</div>\n")
        out.append("<p class=\"unread\">To read by eye: what the extractor did not fully understand")
        out.append(CompareSummary.hasUnread(matrix) ? "; <code>\(HTMLText.escape(UnreadCount.listing))</code> lists it.</p>\n" : ".</p>\n")
        out.append("</details>\n")
    }

    /// Check boxes for the statuses and a choice of subject; hidden until
    /// the script shows them, so a page without scripts shows no dead
    /// controls.
    private static func writeFilters(_ matrix: ComparisonMatrix, to out: inout String) {
        out.append("<form class=\"filters\" id=\"filters\" hidden>\n<fieldset><legend>Show topics that</legend>")
        for status in RowStatus.allCases {
            let count = matrix.rows.filter { $0.findings.contains(status) }.count
            out.append("<label><input type=\"checkbox\" name=\"status\" value=\"\(status.rawValue)\" checked> ")
            out.append("\(CompareHTMLPage.mark(status)) \(status.rawValue) (\(count))</label>")
        }
        out.append("</fieldset>\n<label>Subject <select name=\"subject\"><option value=\"\">everyone</option>")
        let subjects = Set(matrix.rows.map(\.key.subjectClass))
        for subject in SubjectClass.allCases where subjects.contains(subject) {
            out.append("<option value=\"\(subject.rawValue)\">\(subject.rawValue)</option>")
        }
        out.append("</select></label>\n<output id=\"shown\">\(matrix.rows.count) topics</output>\n</form>\n")
    }

    private static func writeRow(_ row: TopicRow, names: [String], to out: inout String) {
        let marksStrictest = !row.loosestHolders.isEmpty
        let strictest = Set(row.strictestHolders), conflicting = Set(row.conflicting)
        out.append("<tr class=\"\(row.status.rawValue)\" data-findings=\"\(row.findings.map(\.rawValue).joined(separator: " "))\"")
        out.append(" data-subject=\"\(row.key.subjectClass.rawValue)\"><th scope=\"row\" class=\"topic\" title=\"\(HTMLText.escape(row.key.id))\">")
        out.append("\(HTMLText.escape(row.label))</th>")
        for (index, cell) in row.cells.enumerated() {
            guard let cell else {
                out.append("<td class=\"gap\"><span class=\"sym\">\(CellNotation.gap)</span><span class=\"quiet\"> says nothing</span></td>")
                continue
            }
            let position = cell.position
            var classes = "cell \(position.modality.rawValue)"
            if conflicting.contains(index) { classes += " conflicting" }
            if marksStrictest && strictest.contains(index) { classes += " strictest" }
            out.append("<td class=\"\(classes)\"><details><summary>")
            if conflicting.contains(index) { out.append("<span class=\"flag\" title=\"in conflict\">⚡</span>") }
            if marksStrictest && strictest.contains(index) { out.append("<span class=\"flag\" title=\"strictest\">★</span>") }
            out.append("<span class=\"sym\">\(CellNotation.symbol(position.modality))</span> \(position.modality.phrase)")
            let scope = CompareHTMLPage.scope(position)
            if !scope.isEmpty { out.append("<span class=\"scope\">\(HTMLText.escape(scope))</span>") }
            if cell.clauses.count > 1 { out.append("<span class=\"more\">\(cell.clauses.count) clauses</span>") }
            out.append("</summary>")
            for clause in cell.clauses {
                out.append("<p><q>\(HTMLText.escape(clause.text))</q> <small>\(HTMLText.escape(names[index])) ")
                out.append("\(HTMLText.escape(clause.id)), line \(clause.line)")
                out.append(clause.rule.modality == position.modality ? "" : " (\(clause.rule.modality.phrase))")
                out.append("</small></p>")
            }
            out.append("</details></td>")
        }
        let holders = row.strictestHolders.map { HTMLText.escape(names[$0]) }.joined(separator: ", ")
        out.append("<td class=\"status\"><strong>\(CompareHTMLPage.mark(row.status)) \(row.status.rawValue)</strong>")
        // Past three schools the names open on demand, so that a row of a
        // large trust stays one line high.
        if row.strictestHolders.count > 3 {
            out.append("<details class=\"holders\"><summary><small>strictest: \(row.strictestHolders.count) schools</small></summary>")
            out.append("<small>\(holders)</small></details></td></tr>\n")
        } else {
            out.append("<small>strictest: \(holders)</small></td></tr>\n")
        }
    }
}
