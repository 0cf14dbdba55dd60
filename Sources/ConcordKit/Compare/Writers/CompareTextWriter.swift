/// Writes a comparison for a terminal: the documents with their letters and
/// summaries, what the extractor left to read by eye in each, then the
/// matrix (one letter column per document, labels wrapped to fit `width`),
/// then a legend. Where the documents do not fit beside a readable label
/// column the matrix is printed in blocks of columns. Colour (ANSI) only
/// when `colour` is set.
public struct CompareTextWriter {
    public var width: Int
    public var colour: Bool

    static let minimumLabel = 24

    public init(width: Int = 100, colour: Bool = false) {
        self.width = max(width, 60)
        self.colour = colour
    }

    public func write(_ matrix: ComparisonMatrix, to out: inout String) {
        out.append(CompareSummary.headline(matrix) + "\n")
        if let baseline = matrix.baseline {
            out.append("deviations from \(CellNotation.letter(baseline)) \(matrix.documents[baseline].name) only\n")
        }
        out.append("\n")
        writeDocuments(matrix, to: &out)
        writeUnread(matrix, to: &out)
        let cells = matrix.rows.map { notation(of: $0, baseline: matrix.baseline) }
        var start = 0
        repeat {
            let columns = columnWidths(cells, from: start, documents: matrix.documents.count)
            out.append("\n")
            writeBlock(matrix, cells: cells, columns: columns, to: &out)
            start = columns.last.map { $0.index + 1 } ?? matrix.documents.count
        } while start < matrix.documents.count
        out.append("\n")
        var line = ""
        for entry in CellNotation.legend + (matrix.baseline == nil ? [] : ["= as the baseline"]) {
            if !line.isEmpty, line.count + 3 + entry.count > width {
                out.append(line + "\n")
                line = ""
            }
            line += (line.isEmpty ? "" : "   ") + entry
        }
        out.append(line + "\n")
        writeConflicts(matrix, to: &out)
    }

    /// One line per document: letter, name, school (left out, and names
    /// cut, where the width is too small) and summary.
    private func writeDocuments(_ matrix: ComparisonMatrix, to out: inout String) {
        let letterWidth = CellNotation.letter(max(matrix.documents.count - 1, 0)).count
        // Against a baseline the counts are "stricter" and "looser" than it.
        let numbers = matrix.baseline == nil ? "  coverage  conflicts  strictest  loosest" : "  coverage  conflicts   stricter   looser"
        var nameWidth = max(8, matrix.documents.map(\.name.count).max() ?? 0)
        var schoolWidth = width - letterWidth - nameWidth - 4 - numbers.count
        if schoolWidth < 10 {
            schoolWidth = 0
            nameWidth = min(nameWidth, max(8, width - letterWidth - 2 - numbers.count))
        }
        let school = schoolWidth > 0 ? "  " + pad("school", schoolWidth) : ""
        out.append(pad("", letterWidth) + "  " + pad("document", nameWidth) + school + numbers + "\n")
        for (index, document) in matrix.documents.enumerated() {
            let summary = document.summary
            out.append(pad(CellNotation.letter(index), letterWidth) + "  " + pad(String(document.name.prefix(nameWidth)), nameWidth))
            if schoolWidth > 0 { out.append("  " + pad(String((document.school ?? "").prefix(schoolWidth)), schoolWidth)) }
            out.append(right(CompareSummary.percent(summary.coverage), 10) + right(String(summary.conflicts), 11))
            out.append(right(String(summary.strictest), 11) + right(String(summary.loosest), 9) + "\n")
        }
    }

    /// One line per document: its letter, how many notes the extractor left
    /// and their reasons (wrapped to the width); then, if there are any, how
    /// to list them.
    private func writeUnread(_ matrix: ComparisonMatrix, to out: inout String) {
        let letterWidth = CellNotation.letter(max(matrix.documents.count - 1, 0)).count
        let countWidth = matrix.documents.map { String($0.unread.total).count }.max() ?? 1
        let indent = letterWidth + 2 + countWidth + 1
        out.append("\nto read by eye: what the extractor did not fully understand\n")
        for (index, document) in matrix.documents.enumerated() {
            out.append(pad(CellNotation.letter(index), letterWidth) + "  " + right(String(document.unread.total), countWidth))
            guard document.unread.total > 0 else { out.append("\n"); continue }
            for (number, line) in wrap("(" + document.unread.breakdown + ")", width: width - indent).enumerated() {
                out.append((number == 0 ? " " : String(repeating: " ", count: indent)) + line + "\n")
            }
        }
        if CompareSummary.hasUnread(matrix) { out.append("list them with: \(UnreadCount.listing)\n") }
    }

    /// The document columns of one block starting at `start`, as many as
    /// leave the label column at least `minimumLabel` wide (at least one).
    private func columnWidths(_ cells: [[String]], from start: Int, documents: Int) -> [(index: Int, width: Int)] {
        var columns: [(index: Int, width: Int)] = []
        var used = 8 + 2 + 12 + 2
        for index in start..<documents {
            var columnWidth = CellNotation.letter(index).count
            for row in cells { columnWidth = max(columnWidth, row[index].count) }
            if !columns.isEmpty, width - used - columnWidth - 2 < Self.minimumLabel { break }
            used += columnWidth + 2
            columns.append((index, columnWidth))
        }
        return columns
    }

    private func writeBlock(_ matrix: ComparisonMatrix, cells: [[String]], columns: [(index: Int, width: Int)], to out: inout String) {
        let used = columns.reduce(8 + 2 + 12 + 2) { $0 + $1.width + 2 }
        let labelWidth = max(Self.minimumLabel, width - used)
        var header = pad("topic", labelWidth)
        for column in columns { header += "  " + pad(CellNotation.letter(column.index), column.width) }
        out.append(header + "  status    strictest\n")
        for (rowIndex, row) in matrix.rows.enumerated() {
            let label = wrap(row.label, width: labelWidth)
            let strictest = row.loosestHolders.isEmpty ? [] : Set(row.strictestHolders)
            out.append(pad(label[0], labelWidth))
            for column in columns {
                out.append("  ")
                let text = pad(cells[rowIndex][column.index], column.width)
                out.append(paint(text, cell: row.cells[column.index], strictest: strictest.contains(column.index)))
            }
            out.append("  " + paint(pad(row.status.rawValue, 8), status: row.status))
            out.append("  " + holders(row.strictestHolders) + "\n")
            for more in label.dropFirst() { out.append(more + "\n") }
        }
    }

    /// Each cell in short; against a baseline, "=" where a school takes the
    /// baseline's position, so the deviations stand out.
    private func notation(of row: TopicRow, baseline: Int?) -> [String] {
        let template = baseline.flatMap { row.cells[$0]?.position }
        return row.cells.enumerated().map { index, cell in
            guard let cell else { return CellNotation.gap }
            if let template, index != baseline, cell.position.agrees(with: template) { return "=" }
            return CellNotation.compact(cell)
        }
    }

    /// "A,C" — at most three letters, then "+n".
    private func holders(_ indices: [Int]) -> String {
        let letters = indices.prefix(3).map(CellNotation.letter).joined(separator: ",")
        return indices.count > 3 ? letters + ",+\(indices.count - 3)" : letters
    }

    /// Prohibitions red, duties blue, permissions green; the strictest
    /// position of a row whose positions differ in bold.
    private func paint(_ text: String, cell: Cell?, strictest: Bool) -> String {
        guard colour, let cell else { return text }
        var code = cell.position.modality.isProhibition ? "31" : (cell.position.modality == .may ? "32" : "34")
        if strictest { code = "1;" + code }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func paint(_ text: String, status: RowStatus) -> String {
        guard colour else { return text }
        let code: String
        switch status {
        case .conflict: code = "1;31"
        case .differ: code = "33"
        case .gap: code = "2"
        case .agree: code = "32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }

    private func right(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }
}
