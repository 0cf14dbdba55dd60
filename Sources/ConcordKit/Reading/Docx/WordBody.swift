/// Reads the body of `word/document.xml`: its paragraphs in order, with
/// their text as Word shows it with tracked changes accepted.
///
/// ```
/// body      = { p | tbl | sdt | other }
/// p         = pPr? { r | ins | del | hyperlink | fldSimple | smartTag | sdt }
/// r         = { t | tab | br | cr | fldChar | instrText | … }
/// tbl       = { tr = { tc = { p | tbl } } }
/// ```
/// Inserted text (`w:ins`, `w:moveTo`) is kept and deleted text (`w:del`,
/// `w:moveFrom`) dropped, and `hasTrackedChanges` says that there were
/// some. A field shows its result, not its instruction. A text box's
/// paragraphs (`w:txbxContent`, in a drawing or a VML picture) are read as
/// paragraphs of their own, numbered and placed after the paragraph that
/// anchors the box; the rest of a drawing, a markup-compatibility
/// fallback (the same box again), comments' anchors, property changes and
/// footnote references are passed over: headers, footers and comments are
/// other parts, never read.
struct WordBody {
    private(set) var paragraphs: [WordParagraph] = []
    /// The cells of each table row of the outermost tables, by paragraph.
    private(set) var rows: [[[Int]]] = []
    private(set) var hasTrackedChanges = false
    /// The number of the first paragraph holding a tracked change.
    private(set) var firstChange: Int?

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { read(XMLScanner($0)) }
    }
}

private extension WordBody {
    /// Paragraphs are taken out of `paragraph` (`take()`) before their
    /// lines are appended to, so that the array is not copied. The open
    /// paragraph's lines gather as bytes in `text`, made a string once,
    /// when it ends.
    mutating func read(_ scanner: XMLScanner) {
        var scanner = scanner
        var paragraph: WordParagraph?
        var line: [UInt8] = []
        var text: [UInt8] = []
        var page = 1
        var justBroke = false
        var inText = false
        var inProperties = false
        /// For each open field: whether its instruction is being read (shown text not yet reached).
        var fields: [Bool] = []
        var instructionFields = 0
        /// Open tables, and the row and cell of the outermost.
        var tableDepth = 0
        var column = -1
        var paragraphCount = 0
        /// Open drawings outside a text box: only a text box in them is read.
        var drawingDepth = 0
        /// For each open text box, what it interrupted: the anchoring
        /// paragraph, its line and text so far and the drawings open around the box.
        var interrupted: [(paragraph: WordParagraph?, line: [UInt8], text: [UInt8], drawingDepth: Int)] = []
        /// Text boxes' paragraphs, waiting for their anchor to end.
        var boxed: [WordParagraph] = []

        func endLine(_ paragraph: inout WordParagraph) {
            // A paragraph's first line, as most are, becomes its text as it stands, when it needs no spaces collapsed.
            if text.isEmpty, paragraph.lineStarts.isEmpty, !line.isEmpty, line[0] != 32, line[line.count - 1] != 32,
               line.withUnsafeBufferPointer(Self.isPlain) {
                swap(&line, &text)
                paragraph.lineStarts.append(OutlineBlock.LineStart(offset: 0, line: paragraph.number))
            } else {
                Self.appendLine(line, to: &text, lineStarts: &paragraph.lineStarts, number: paragraph.number)
            }
            line.removeAll(keepingCapacity: true)
        }
        /// Makes the text of `paragraph`, whose lines are all ended.
        func makeText(_ paragraph: inout WordParagraph) {
            paragraph.text = Self.string(text, lineStarts: &paragraph.lineStarts)
            text.removeAll(keepingCapacity: true)
        }
        /// A paragraph is done: in the body, it and the text boxes it anchors
        /// are kept, in the order of their numbers; in a text box, it waits.
        func finish(_ paragraph: consuming WordParagraph) {
            makeText(&paragraph)
            if !interrupted.isEmpty {
                boxed.append(consume paragraph)
                return
            }
            paragraphs.append(consume paragraph)
            if !boxed.isEmpty {
                paragraphs += boxed
                boxed.removeAll()
            }
        }
        func noteChange(_ number: Int) {
            hasTrackedChanges = true
            if firstChange == nil { firstChange = number }
        }

        loop: while true {
            switch scanner.next() {
            case .done: break loop
            case .text(let range):
                if inText, instructionFields == 0, drawingDepth == 0 {
                    scanner.appendText(range, to: &line)
                    justBroke = false
                }
            case .start(let name, let attributes, let isEmpty):
                let element = WordElement(scanner.localName(name))
                if element == .textBox, !isEmpty {
                    interrupted.append((paragraph.take(), line, text, drawingDepth))
                    line = []
                    text = []
                    drawingDepth = 0
                    continue
                }
                if drawingDepth > 0 {
                    if element == .drawing, !isEmpty { drawingDepth += 1 }
                    continue
                }
                switch element {
                case .hidden, .deleted:
                    if element == .deleted { noteChange(paragraph?.number ?? paragraphCount + 1) }
                    if !isEmpty { scanner.skipElement() }
                case .drawing: if !isEmpty { drawingDepth += 1 }
                case .textBox: break
                case .paragraph:
                    if var open = paragraph.take() { endLine(&open); finish(consume open) }
                    paragraphCount += 1
                    paragraph = WordParagraph(number: paragraphCount, page: page)
                    if tableDepth >= 1, !rows.isEmpty, column >= 0 {
                        paragraph?.cell = (rows.count - 1, column)
                        rows[rows.count - 1][column].append(paragraphCount)
                    }
                    if isEmpty, let open = paragraph.take() { finish(consume open) }
                case .paragraphProperties: inProperties = !isEmpty
                case .paragraphStyle: if inProperties { paragraph?.styleID = scanner.attribute("val", in: attributes).map(scanner.text) }
                case .listLevel:
                    if inProperties {
                        let id = paragraph?.numbering?.id ?? -1
                        paragraph?.numbering = WordNumbering.Reference(id: id, level: scanner.integer(scanner.attribute("val", in: attributes)) ?? 0)
                    }
                case .listID:
                    if inProperties, let id = scanner.integer(scanner.attribute("val", in: attributes)) {
                        let level = paragraph?.numbering?.level ?? 0
                        paragraph?.numbering = WordNumbering.Reference(id: id, level: level)
                    }
                case .outlineLevel: if inProperties { paragraph?.outlineLevel = scanner.integer(scanner.attribute("val", in: attributes)) }
                case .pageBreakBefore:
                    if inProperties, !scanner.equals(scanner.attribute("val", in: attributes), "0"), !scanner.equals(scanner.attribute("val", in: attributes), "false") {
                        page += 1
                        paragraph?.page = page
                    }
                case .text: inText = !isEmpty
                case .tab: if paragraph != nil, instructionFields == 0 { line.append(32) }
                case .noBreakHyphen: if instructionFields == 0 { line.append(UInt8(ascii: "-")) }
                case .lineBreak:
                    if scanner.equals(scanner.attribute("type", in: attributes), "page") {
                        page += 1
                        justBroke = true
                        if paragraph?.lineStarts.isEmpty == true, Self.isBlank(line) { paragraph?.page = page } else { line.append(32) }
                    } else if paragraph != nil, instructionFields == 0, var open = paragraph.take() {
                        endLine(&open)
                        paragraph = open
                    }
                case .lastRenderedPageBreak:
                    if !justBroke { page += 1 }
                    justBroke = false
                    if paragraph?.lineStarts.isEmpty == true, Self.isBlank(line) { paragraph?.page = page }
                case .fieldCharacter:
                    let type = scanner.attribute("fldCharType", in: attributes)
                    if scanner.equals(type, "begin") {
                        fields.append(true)
                        instructionFields += 1
                    } else if scanner.equals(type, "separate"), let last = fields.last, last {
                        fields[fields.count - 1] = false
                        instructionFields -= 1
                    } else if scanner.equals(type, "end"), let last = fields.popLast(), last {
                        instructionFields -= 1
                    }
                case .inserted: noteChange(paragraph?.number ?? paragraphCount + 1)
                case .table: tableDepth += 1
                case .row: if tableDepth == 1 { rows.append([]); column = -1 }
                case .cell: if tableDepth == 1, !rows.isEmpty { rows[rows.count - 1].append([]); column += 1 }
                case .other: break
                }
            case .end(let name):
                let element = WordElement(scanner.localName(name))
                if drawingDepth > 0 {
                    if element == .drawing { drawingDepth -= 1 }
                    continue
                }
                switch element {
                case .textBox:
                    guard !interrupted.isEmpty else { break }
                    if var open = paragraph.take() { endLine(&open); finish(consume open) }
                    let (anchor, anchorLine, anchorText, depth) = interrupted.removeLast()
                    paragraph = anchor
                    line = anchorLine
                    text = anchorText
                    drawingDepth = depth
                    if paragraph == nil, interrupted.isEmpty {
                        paragraphs += boxed
                        boxed.removeAll()
                    }
                case .paragraph:
                    if var open = paragraph.take() {
                        endLine(&open)
                        finish(consume open)
                    }
                    inProperties = false
                case .paragraphProperties: inProperties = false
                case .text: inText = false
                case .table: tableDepth = max(0, tableDepth - 1)
                default: break
                }
            }
        }
        if var open = paragraph.take() { endLine(&open); finish(consume open) }
        // Text boxes left open by a cut document.
        while let (anchor, _, anchorText, _) = interrupted.popLast() {
            if var open = paragraph.take() {
                endLine(&open)
                makeText(&open)
                boxed.append(open)
            }
            paragraph = anchor
            text = anchorText
        }
        if var open = paragraph.take() {
            endLine(&open)
            makeText(&open)
            paragraphs.append(open)
        }
        paragraphs += boxed
    }

    static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }
    }

    /// Appends `line` to `text` as a line of its own, its start to
    /// `lineStarts`: runs of spaces, tabs and line ends one space, none at
    /// either end, apart from the line before by a space; a blank line
    /// adds nothing. The starts are of the outline block the paragraph
    /// becomes, of its `number`, made here once.
    static func appendLine(_ line: [UInt8], to text: inout [UInt8], lineStarts: inout [OutlineBlock.LineStart], number: Int) {
        line.withUnsafeBufferPointer { bytes in
            // Most lines hold single spaces between words and none at either end: one pass says so.
            if bytes.first != 32, bytes.last != 32, Self.isPlain(bytes) {
                guard !bytes.isEmpty else { return }
                if !lineStarts.isEmpty { text.append(32) }
                lineStarts.append(OutlineBlock.LineStart(offset: text.count, line: number))
                text.append(contentsOf: bytes)
                return
            }
            let mark = text.count
            if !lineStarts.isEmpty { text.append(32) }
            let start = text.count
            var pendingSpace = false
            for byte in bytes {
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                    pendingSpace = text.count > start
                    continue
                }
                if pendingSpace { text.append(32); pendingSpace = false }
                text.append(byte)
            }
            if text.count == start { text.removeSubrange(mark...) } else { lineStarts.append(OutlineBlock.LineStart(offset: start, line: number)) }
        }
    }

    /// Whether `bytes` hold no tab, line end or other control byte and no
    /// two spaces in a row, eight bytes at a time: a line's words are
    /// mostly apart by single spaces, and a byte at a time this test took
    /// a tenth of reading a body.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        var previousSpace = false
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
                // A byte below 32 borrows into its high bit.
                if (word &- ones &* 0x20) & ~word & highs != 0 { return false }
                // The high bit of each space, and no other.
                let spread = word ^ (ones &* 0x20)
                let spaces = ~(((spread & ~highs) &+ ~highs) | spread) & highs
                if spaces & (spaces >> 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                previousSpace = spaces >> 56 != 0
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 32 || (byte == 32 && previousSpace) { return false }
            previousSpace = byte == 32
            index += 1
        }
        return true
    }

    /// The string of a paragraph's `bytes`. Bytes that are not UTF-8 are
    /// repaired line by line, as each line was once made a string of its
    /// own, and `lineStarts` follow the repaired text.
    static func string(_ bytes: [UInt8], lineStarts: inout [OutlineBlock.LineStart]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            if lineStarts.count <= 1 || ByteSearch.isASCII(buffer) { return String(decoding: buffer, as: UTF8.self) }
            var result = ""
            var starts: [OutlineBlock.LineStart] = []
            for (index, start) in lineStarts.lazy.map(\.offset).enumerated() {
                let end = index + 1 < lineStarts.count ? lineStarts[index + 1].offset - 1 : buffer.count
                if index > 0 { result.append(" ") }
                starts.append(OutlineBlock.LineStart(offset: result.utf8.count, line: lineStarts[index].line))
                result += String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
            }
            lineStarts = starts
            return result
        }
    }
}
