/// One token of a `.policy` line: a bare word, a quoted string, a comma or a
/// source-line marker (`@12`), with its UTF-8 byte range in the line.
public struct PolicyToken: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A run of bytes with no white space, quote, comma or `#`.
        case word
        /// A quoted string, escapes resolved.
        case string
        case comma
        /// `@N`: the line of the source document an item came from.
        case lineMarker(Int)
    }

    public var kind: Kind
    /// The word, or the string's value with escapes resolved.
    public var text: String
    /// UTF-8 byte offsets in the line.
    public var start: Int
    public var end: Int

    public init(kind: Kind, text: String, start: Int, end: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
    }

    public var isWord: Bool { kind == .word }
    public var isComma: Bool { kind == .comma }

    /// A value: a bare word or a quoted string.
    public var isValue: Bool { kind == .word || kind == .string }

    /// How the token reads in a message: a word as itself, a string quoted.
    public var display: String {
        switch kind {
        case .word: return text
        case .string: return "\"" + text + "\""
        case .comma: return ","
        case .lineMarker(let line): return "@\(line)"
        }
    }
}
