/// What the lines of a plain-text document say about how it was laid out,
/// read once before its outline is built: the width its paragraphs were
/// wrapped to, and the lines that are not its text (page furniture, a line
/// repeated by the export).
struct LineLayout {
    /// Characters in each line, its indentation counted, its trailing
    /// blanks not.
    var widths: [Int]
    /// Whether each line is laid out in columns (`measure`).
    var columns: [Bool]
    /// Whether each line may be a row of a table written in plain text:
    /// it holds two spaces running or a bar, or is wider than 160
    /// characters and not read for them (`PlainTable` reads no other).
    var mayHoldCells: [Bool]
    /// The width a full line of a paragraph reaches: nine in ten lines
    /// inside paragraphs are no wider. Nil when too few lines say.
    var wrapWidth: Int?
    /// Whether most lines inside paragraphs end near `wrapWidth`: the
    /// document was hard-wrapped (a PDF or e-mail export).
    var isHardWrapped = false
    /// Lines not to read: page headers and footers with the blank lines
    /// around them, and a line that repeats the one before it.
    var skipped: [Bool]
    var diagnostics: [Diagnostic] = []

    /// Lines inside paragraphs needed before a width is trusted.
    private static let minimumSample = 6
    /// The narrowest width a document's paragraphs are taken to be wrapped to.
    private static let narrowest = 40

    init(lines: [String]) {
        var columns: [Bool] = [], cells: [Bool] = []
        columns.reserveCapacity(lines.count)
        cells.reserveCapacity(lines.count)
        widths = lines.map { line in
            let (width, gap, mayHoldCells) = Self.measure(line)
            columns.append(gap)
            cells.append(mayHoldCells)
            return width
        }
        self.columns = columns
        mayHoldCells = cells
        skipped = Array(repeating: false, count: lines.count)
        measureWrapWidth()
        let furniture = PageFurniture(lines: lines, widths: widths, columns: columns)
        for index in furniture.lines {
            skip(index)
            diagnostics.append(Diagnostic(
                .note, "outline.page-furniture", "dropped the page header or footer '\(trimmedLeft(lines[index]))'",
                at: SourceLocation(line: index + 1, column: 1)))
        }
        skipBlanksAroundFurniture(furniture.lines)
        skipRepeatedLines(lines)
    }

    /// Layout of a document read as it is (Markdown): nothing skipped, no
    /// width known.
    init(unread count: Int) {
        widths = Array(repeating: 0, count: count)
        columns = Array(repeating: false, count: count)
        mayHoldCells = Array(repeating: false, count: count)
        skipped = Array(repeating: false, count: count)
    }

    /// Whether a line of `width` characters, followed by a line opening
    /// with a word of `nextWord` characters, was broken by the wrap: the
    /// word would not have fitted on it. True when no width is known.
    func reachesWrap(_ width: Int, nextWord: Int) -> Bool {
        guard let wrapWidth else { return true }
        return width + 1 + nextWord >= wrapWidth
    }

    private mutating func skip(_ index: Int) {
        skipped[index] = true
    }

    /// The ninetieth percentile of the widths of lines followed by another
    /// line of text (a paragraph's inner lines, where a wrap shows), from a
    /// histogram; and whether at least four in ten of them lie within
    /// twelve characters of it. A width under forty is no wrap width.
    private mutating func measureWrapWidth() {
        var histogram = [Int](repeating: 0, count: 513)
        var count = 0
        for index in widths.indices.dropLast() where widths[index] > 0 && widths[index + 1] > 0 {
            histogram[min(widths[index], 512)] += 1
            count += 1
        }
        guard count >= Self.minimumSample else { return }
        var seen = 0
        var width = 0
        while width < histogram.count {
            seen += histogram[width]
            if seen * 10 >= count * 9 { break }
            width += 1
        }
        // Nobody wraps prose at forty characters: such lines are a list's.
        guard width >= Self.narrowest else { return }
        wrapWidth = width
        let near = histogram[max(0, width - 12)...min(width + 2, 512)].reduce(0, +)
        isHardWrapped = width <= 160 && near * 10 >= count * 4
    }

    /// The blank lines before and after a run of furniture go with it, so
    /// that a sentence or a list cut by a page break reads on.
    private mutating func skipBlanksAroundFurniture(_ furniture: [Int]) {
        for index in furniture {
            var before = index - 1
            while before >= 0, widths[before] == 0 { skip(before); before -= 1 }
            var after = index + 1
            while after < widths.count, widths[after] == 0 { skip(after); after += 1 }
        }
    }

    /// A line of a few words that repeats, as it is, the line just before
    /// it: an export's duplicate. The first is read, the second not.
    private mutating func skipRepeatedLines(_ lines: [String]) {
        var previous: Int?
        for index in lines.indices where !skipped[index] {
            guard widths[index] > 0 else { previous = nil; continue }
            if let previous, widths[previous] == widths[index], widths[index] >= 12,
               trimmedLeft(lines[previous]) == trimmedLeft(lines[index]), lines[index].utf8.contains(32) {
                skip(index)
                diagnostics.append(Diagnostic(
                    .note, "outline.repeated-line", "dropped a repeat of line \(previous + 1)",
                    at: SourceLocation(line: index + 1, column: 1)))
                continue
            }
            previous = index
        }
    }

    /// The width of a line in characters (indentation in, trailing
    /// blanks out; past 240 bytes, its bytes) and whether it is laid out in
    /// columns: a gap of three spaces, or a bar with a space on each side,
    /// between two parts of text. Only a line that could be a page's header
    /// is read for columns; the same reading says whether it may hold
    /// cells (`mayHoldCells`).
    static func measure(_ line: String) -> (width: Int, columns: Bool, mayHoldCells: Bool) {
        var line = line
        return line.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 32 || bytes[end - 1] == 9 || bytes[end - 1] == 13 { end -= 1 }
            guard end > 0 else { return (0, false, false) }
            if end > 240 { return (end, false, true) }
            var start = 0
            while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            guard start < end else { return (0, false, false) }
            let text = UnsafeBufferPointer(rebasing: bytes[..<end])
            let width = end - continuationBytes(text)
            guard width <= 160 else { return (width, false, true) }
            let gapped = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let mayHoldCells = LineEnding.mayHaveColumnGap(gapped)
            return (width, mayHoldCells && LineEnding.findsColumnGap(gapped), mayHoldCells)
        }
    }

    static func width(_ line: String) -> Int { measure(line).width }

    /// The bytes 10xxxxxx, which continue a character, eight bytes at a
    /// time: the layout is measured for every line of every document.
    private static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let highs: UInt64 = 0x8080_8080_8080_8080
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highs != 0 { count += (word & ~(word << 1) & highs).nonzeroBitCount }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
