/// Reads tables written in plain text, with no Markdown and no tabs:
///
/// ```
/// table    = row row { row }                 (consecutive lines, one paragraph each)
/// row      = bar-row | gap-row
/// bar-row  = cell " | " cell { " | " cell }  (the same number of cells on every row)
/// gap-row  = cell gap cell { gap cell }      (a PDF table flattened: the same
///                                             columns on every row, or some of
///                                             them with the others left empty;
///                                             three rows or more when a gap is
///                                             two spaces)
/// gap      = two spaces or more, not the two after a full stop
/// ```
/// "Do | Don't" / "Keep your phone in your bag | Take photos of other
/// children" are two table rows. Runs after `WebDebris`, so that a bar of
/// links ("Home | About Us | Policies") is a note, never a row; a line
/// whose first cell is a field ("Reviewed: Sept 2024 | Next review: …",
/// "Approved by:   Governors") is no row, and stays a detail for
/// `FrontMatter`.
enum PlainTable {
    /// Marks the rows among `blocks`, read from their `lines`, where
    /// `mayHoldCells` (`LineLayout`) says a line may hold cells.
    static func mark(_ blocks: inout [OutlineBlock], lines: [String], mayHoldCells: [Bool]) {
        var run: [(index: Int, row: Row)] = []
        for index in blocks.indices {
            // Most lines hold no cells, and most paragraphs have no one-line
            // paragraph on the line next to them: neither needs reading.
            let line = blocks[index].line
            let isRow = line <= mayHoldCells.count && line <= lines.count && mayHoldCells[line - 1] && isOneLine(blocks, index)
                && (isOneLine(blocks, index - 1) && blocks[index - 1].line + 1 == line
                    || isOneLine(blocks, index + 1) && line + 1 == blocks[index + 1].line)
            let row = isRow ? candidate(lines[line - 1]) : nil
            if let row, let last = run.last, blocks[last.index].line + 1 == blocks[index].line, last.index + 1 == index,
               let aligned = row.aligned(under: last.row) {
                run.append((index, aligned))
                continue
            }
            if !run.isEmpty { convert(run, &blocks, lines: lines) }
            run = row.map { [(index, $0)] } ?? []
        }
        convert(run, &blocks, lines: lines)
    }

    private static func isOneLine(_ blocks: [OutlineBlock], _ index: Int) -> Bool {
        guard blocks.indices.contains(index), case .paragraph = blocks[index].kind else { return false }
        return blocks[index].lineStarts.count == 1
    }

    /// Where a row's cells lie in its line, and for a flattened table the
    /// columns they start at.
    struct Row {
        var cells: [Range<Int>]
        /// Nil for a bar row; the character column of each cell otherwise.
        var columns: [Int]?
        /// Whether any gap is only two spaces wide.
        var hasNarrowGap = false

        /// The row as a row of the table `row` is in: the same, when it
        /// has the same cells; for a flattened table whose row leaves
        /// cells empty ("                 Miss K. Lowdell     ext. 119"
        /// under "Deputy DSLs      Mr T. Osei          ext. 115"), its cells
        /// at their columns and the others empty; nil when it is no row
        /// of that table.
        func aligned(under row: Row) -> Row? {
            if cells.count == row.cells.count, columns == row.columns { return self }
            guard let columns, let above = row.columns, columns.count < above.count,
                  columns.allSatisfy(above.contains) else { return nil }
            var result = row
            result.cells = above.map { column in columns.firstIndex(of: column).map { cells[$0] } ?? 0..<0 }
            result.hasNarrowGap = hasNarrowGap
            return result
        }

        /// Rows enough to tell a table from a coincidence.
        var rowsNeeded: Int { hasNarrowGap ? 3 : 2 }
    }

    private static func convert(_ run: [(index: Int, row: Row)], _ blocks: inout [OutlineBlock], lines: [String]) {
        guard run.count >= run.map(\.row.rowsNeeded).max() ?? 2 else { return }
        for (index, row) in run {
            var line = lines[blocks[index].line - 1]
            let cells = line.withUTF8 { bytes in row.cells.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } }
            blocks[index].kind = .tableRow(cells: cells)
            blocks[index].text = cells.joined(separator: " ")
        }
    }

    /// The row the line of a one-line paragraph would be: nil when it has
    /// no bar or gap between cells, or opens with a field.
    private static func candidate(_ line: String) -> Row? {
        var line = line
        return line.withUTF8 { bytes -> Row? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 32 || bytes[end - 1] == 9 || bytes[end - 1] == 13 { end -= 1 }
            var start = 0
            while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            guard start < end else { return nil }
            let text = UnsafeBufferPointer(rebasing: bytes[..<end])
            if let cells = barCells(text, from: start) { return row(text, cells, columns: nil) }
            // A flattened table is no wider than a page; a wider line (one
            // `LineLayout` did not read for cells) is read for bars only.
            guard end <= 160 else { return nil }
            let (cells, narrow) = gapCells(text, from: start)
            guard cells.count >= 2 else { return nil }
            var result = row(text, cells, columns: cells.map { characters(text, upTo: $0.lowerBound) })
            result?.hasNarrowGap = narrow
            return result
        }
    }

    private static func row(_ text: UnsafeBufferPointer<UInt8>, _ cells: [Range<Int>], columns: [Int]?) -> Row? {
        guard cells.count >= 2, !isField(UnsafeBufferPointer(rebasing: text[cells[0]])) else { return nil }
        return Row(cells: cells, columns: columns)
    }

    /// The cells between " | ", each trimmed; nil when there is no bar or
    /// a cell is empty.
    private static func barCells(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> [Range<Int>]? {
        var cells: [Range<Int>] = []
        var cellStart = start
        var index = ByteSearch.next(in: text, from: start, UInt8(ascii: "|"))
        while index < text.count {
            if index > start, text[index - 1] == 32, index + 1 < text.count, text[index + 1] == 32 {
                guard let cell = trimmed(text, cellStart..<index) else { return nil }
                cells.append(cell)
                cellStart = index + 1
            }
            index = ByteSearch.next(in: text, from: index + 1, UInt8(ascii: "|"))
        }
        guard !cells.isEmpty, let last = trimmed(text, cellStart..<text.count) else { return nil }
        return cells + [last]
    }

    /// The cells between runs of two spaces or more (a tab counts as
    /// one), and whether a run is only two spaces wide. Two spaces after
    /// ".", "?" or "!" end a sentence, not a cell.
    private static func gapCells(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> ([Range<Int>], Bool) {
        var cells: [Range<Int>] = []
        var narrow = false
        var cellStart = start
        var index = start
        while index < text.count {
            guard text[index] == 32 || text[index] == 9 else { index += 1; continue }
            var end = index
            while end < text.count, text[end] == 32 || text[end] == 9 { end += 1 }
            let width = end - index
            let before = text[index - 1]
            let sentenceSpace = width == 2 && (before == UInt8(ascii: ".") || before == UInt8(ascii: "?") || before == UInt8(ascii: "!"))
            if width >= 2 || text[index] == 9, !sentenceSpace {
                cells.append(cellStart..<index)
                if width == 2 { narrow = true }
                cellStart = end
            }
            index = end
        }
        cells.append(cellStart..<text.count)
        return (cells, narrow)
    }

    private static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var first = range.lowerBound, last = range.upperBound
        while first < last, text[first] == 32 { first += 1 }
        while last > first, text[last - 1] == 32 { last -= 1 }
        return first < last ? first..<last : nil
    }

    /// Characters before `offset`: a column is counted in characters, as
    /// a PDF export lays it out.
    private static func characters(_ text: UnsafeBufferPointer<UInt8>, upTo offset: Int) -> Int {
        var count = 0
        for byte in text[..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// "Reviewed: Sept 2024", "Approved by:": a name of at most six words,
    /// a colon, and a value or nothing.
    private static func isField(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = cell.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return false }
        return cell[..<colon].reduce(1) { $0 + ($1 == 32 ? 1 : 0) } <= 6
    }
}
