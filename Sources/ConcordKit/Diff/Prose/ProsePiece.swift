/// A piece of a policy that is not a clause but whose words a diff must
/// account for: a section's heading, or a passage (purpose, scope,
/// definitions, descriptions, list items and lead-ins that state no rule,
/// table rows, notes such as "Date approved: 1 July 2025").
public struct ProsePiece: Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case heading
        case paragraph
        case item
        case note
    }

    public var kind: Kind
    /// The words as read, markers and numbering removed.
    public var text: String
    /// A heading's number or letter ("4", "B"), nil where it has none.
    public var number: String?
    /// The id of the section the piece is in (for a heading, its own).
    public var section: String?
    /// 1-based source line, 0 where unknown.
    public var line: Int
    /// The piece's place among all the pieces and clauses of its document,
    /// in reading order (`DocumentOrder`).
    public var order: Int
    /// A passage's list marker as written ("A.", "·"), nil for none.
    public var marker: String?
    /// `labelled` and `key`, worked out once: the pairing and the
    /// classification read them for every piece.
    let label: String?
    let body: String
    /// The words of `body` joined by single spaces (`WordScanner.key`).
    let key: String

    public init(kind: Kind, text: String, number: String? = nil, section: String?, line: Int, order: Int, marker: String? = nil) {
        self.kind = kind
        self.text = text
        self.number = number
        self.section = section
        self.line = line
        self.order = order
        self.marker = marker
        (label, body) = Self.split(text)
        key = WordScanner.key(body)
    }

    /// A piece whose label, body and key were worked out already
    /// (`PieceWords`).
    @inline(__always)
    init(kind: Kind, text: String, number: String? = nil, section: String?, line: Int, order: Int, marker: String? = nil,
         parts: consuming PieceWords.Parts) {
        self.kind = kind
        self.text = text
        self.number = number
        self.section = section
        self.line = line
        self.order = order
        self.marker = marker
        label = parts.label
        body = parts.body
        key = parts.key
    }

    /// The text without a leading number or letter written into it ("C.
    /// Comments posted by parents", "4.2 The school …"), and that label.
    var labelled: (label: String?, text: String) { (label, body) }

    /// The piece's numbers: a heading's section number, the one written
    /// into its text, and its list marker's (a bullet's style is layout).
    var numbering: [String] { [number, label, Renumbering.ordinal(marker)].compactMap { $0 } }

    /// The label and the rest of `text`; the first word is looked at only
    /// when it is short enough to be a number or letter (most pieces start
    /// with a word, and copying their text would cost more than the rest).
    /// The bytes are read in place; strings are made only for a label.
    static func split(_ text: String) -> (String?, String) {
        var text = text
        let bounds = text.withUTF8 { bytes -> (start: Int, end: Int, rest: Int)? in
            var short = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 { short = index > 0; break }
                if index >= 10 { break }
                index += 1
            }
            guard short, let (start, end, rest) = WordScanner.firstWordBounds(bytes) else { return nil }
            let first = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard WordScanner.isMarker(first) || SectionMatcher.isSectionLetter(first) else { return nil }
            return (start, end, rest)
        }
        guard let bounds else { return (nil, text) }
        return text.withUTF8 { bytes in
            (String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds.start..<bounds.end]), as: UTF8.self),
             String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds.rest...]), as: UTF8.self))
        }
    }
}
