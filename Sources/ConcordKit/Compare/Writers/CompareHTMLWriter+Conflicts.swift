extension CompareHTMLWriter {
    /// The conflicts, topic by topic, each school's side with its position,
    /// line and sentence (those that forbid first), so that a trust lead
    /// can check each one without opening the matrix.
    static func writeConflicts(_ matrix: ComparisonMatrix, names: [String], to out: inout String) {
        let rows = matrix.rows.filter { !$0.conflicts.isEmpty }
        guard !rows.isEmpty else { return }
        out.append("<section class=\"conflicts\">\n<h2>\(CompareHTMLPage.mark(.conflict)) Conflicts (\(rows.count)), with the sentences behind them</h2>\n")
        for row in rows {
            out.append("<h3>\(HTMLText.escape(row.label))</h3>\n<ul>\n")
            for side in ConflictSides.ordered(row.conflicts) {
                out.append("<li><span class=\"sym\">\(CellNotation.symbol(side.position.modality))</span> ")
                out.append("<strong>\(HTMLText.escape(CellNotation.words(side.position)))</strong> ")
                out.append("<code>\(HTMLText.escape(names[side.document]))</code> line \(side.clause.line): ")
                out.append("<q>\(HTMLText.escape(side.clause.text))</q></li>\n")
            }
            out.append("</ul>\n")
        }
        out.append("</section>\n")
    }
}
