/// One structural unit of a document: a heading, a paragraph, a list item or
/// a table row, with hard-wrapped lines joined and its source lines kept.
public struct OutlineBlock: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case heading
        case paragraph
        /// A list item; depth 1 is the outermost list.
        case listItem(depth: Int)
        case tableRow(cells: [String])
        /// Text of the page that is not the policy's: navigation, cookie
        /// notices, page tools, footnotes, bracketed asides. Kept, never
        /// read for headings or clauses.
        case note
    }

    public var kind: Kind
    /// The text, markers removed, wrapped lines joined by one space.
    public var text: String
    /// The list or heading marker as written ("-", "·", "4.6.1.", "A."), if any.
    public var marker: String?
    /// The number or letter of a numbered heading or item ("A", "4.6.1").
    public var number: String?
    /// 1-based source line of the first line.
    public var line: Int
    /// For each source line joined into `text`: the UTF-8 offset in `text`
    /// where it starts, and its 1-based line number.
    public var lineStarts: [LineStart]
    /// The page Word recorded the block on, for a block read from a `.docx`
    /// (its `line` is then the paragraph's number in the document).
    public var page: Int?

    public struct LineStart: Hashable, Sendable {
        public var offset: Int
        public var line: Int
    }

    public init(kind: Kind, text: String, marker: String? = nil, number: String? = nil, line: Int, lineStarts: [LineStart]? = nil, page: Int? = nil) {
        self.kind = kind
        self.text = text
        self.marker = marker
        self.number = number
        self.line = line
        self.lineStarts = lineStarts ?? [LineStart(offset: 0, line: line)]
        self.page = page
    }

    /// The source line on which the UTF-8 offset `offset` of `text` lies.
    public func line(atOffset offset: Int) -> Int {
        var result = line
        for start in lineStarts where start.offset <= offset { result = start.line }
        return result
    }

    public var isListItem: Bool {
        if case .listItem = kind { return true } else { return false }
    }

    public var depth: Int {
        if case .listItem(let depth) = kind { return depth } else { return 0 }
    }
}
