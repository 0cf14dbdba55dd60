/// Splits one line of a `.policy` file into tokens by scanning its UTF-8
/// bytes.
///
/// ```
/// line    = { space } { token { space } } [ comment ]
/// token   = word | string | "," | "@" digit { digit }
/// word    = byte { byte }            (no space, tab, '"', ',' or '#')
/// string  = '"' { char | escape } '"'
/// escape  = '\"' | '\\' | '\n' | '\r' | '\t' | '\u{' hex { hex } '}'
/// comment = "#" { any byte }
/// ```
/// Never fails: an unterminated string runs to the end of the line, an
/// unknown escape keeps its character, and each is reported as a problem.
public struct PolicyLexer {
    public struct Problem: Hashable, Sendable {
        public var id: String
        public var message: String
        /// UTF-8 offset in the line.
        public var offset: Int
    }

    public struct Line: Sendable {
        public var tokens: [PolicyToken]
        public var problems: [Problem]
        /// The text of a `#` comment, without the `#`, if the line has one.
        public var comment: String?
        /// UTF-8 offset of the first token (the indentation).
        public var indent: Int
    }

    public init() {}

    public func lex(_ bytes: ArraySlice<UInt8>) -> Line {
        var cursor = Cursor(bytes: bytes)
        var tokens: [PolicyToken] = []
        var problems: [Problem] = []
        var comment: String?
        cursor.skipSpace()
        let indent = cursor.offset
        while let byte = cursor.peek() {
            let start = cursor.offset
            switch byte {
            case UInt8(ascii: "#"):
                cursor.advance()
                comment = cursor.text(from: cursor.offset, to: cursor.count)
                cursor.moveToEnd()
            case UInt8(ascii: ","):
                cursor.advance()
                tokens.append(PolicyToken(kind: .comma, text: ",", start: start, end: cursor.offset))
            case UInt8(ascii: "\""):
                tokens.append(lexString(&cursor, problems: &problems))
            case UInt8(ascii: "@"):
                tokens.append(lexLineMarker(&cursor, problems: &problems))
            default:
                cursor.advance(while: { !Self.endsWord($0) })
                tokens.append(PolicyToken(kind: .word, text: cursor.text(from: start, to: cursor.offset), start: start, end: cursor.offset))
            }
            cursor.skipSpace()
        }
        return Line(tokens: tokens, problems: problems, comment: comment, indent: indent)
    }

    static func endsWord(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "#")
    }

    /// `string = '"' { char | escape } '"'`
    private func lexString(_ cursor: inout Cursor, problems: inout [Problem]) -> PolicyToken {
        let start = cursor.offset
        cursor.advance()
        var value: [UInt8] = []
        var runStart = cursor.offset
        while let byte = cursor.peek() {
            if byte == UInt8(ascii: "\"") {
                value += cursor.bytes(from: runStart, to: cursor.offset)
                cursor.advance()
                return PolicyToken(kind: .string, text: String(decoding: value, as: UTF8.self), start: start, end: cursor.offset)
            }
            if byte == UInt8(ascii: "\\") {
                value += cursor.bytes(from: runStart, to: cursor.offset)
                lexEscape(&cursor, into: &value, problems: &problems)
                runStart = cursor.offset
                continue
            }
            cursor.advance()
        }
        value += cursor.bytes(from: runStart, to: cursor.offset)
        problems.append(Problem(id: "policy.unterminated-string", message: "unterminated string; it needs a closing '\"' on the same line", offset: start))
        return PolicyToken(kind: .string, text: String(decoding: value, as: UTF8.self), start: start, end: cursor.offset)
    }

    private func lexEscape(_ cursor: inout Cursor, into value: inout [UInt8], problems: inout [Problem]) {
        let start = cursor.offset
        cursor.advance()
        guard let byte = cursor.peek() else {
            value.append(UInt8(ascii: "\\"))
            return
        }
        cursor.advance()
        switch byte {
        case UInt8(ascii: "\""): value.append(byte)
        case UInt8(ascii: "\\"): value.append(byte)
        case UInt8(ascii: "n"): value.append(10)
        case UInt8(ascii: "r"): value.append(13)
        case UInt8(ascii: "t"): value.append(9)
        case UInt8(ascii: "u"):
            if let scalar = lexUnicode(&cursor) {
                value += Array(String(Character(scalar)).utf8)
            } else {
                problems.append(Problem(id: "policy.bad-escape", message: "bad unicode escape; write '\\u{' hex digits '}'", offset: start))
            }
        default:
            let text = String(decoding: cursor.bytes(from: start, to: cursor.offset), as: UTF8.self)
            problems.append(Problem(id: "policy.bad-escape", message: "unknown escape '\(text)'; write '\\\\' for a backslash", offset: start))
            value.append(UInt8(ascii: "\\"))
            value.append(byte)
        }
    }

    /// `'{' hex { hex } '}'` after `\u`.
    private func lexUnicode(_ cursor: inout Cursor) -> Unicode.Scalar? {
        guard cursor.peek() == UInt8(ascii: "{") else { return nil }
        var copy = cursor
        copy.advance()
        var code: UInt32 = 0
        var digits = 0
        while let byte = copy.peek(), let digit = Self.hexValue(byte), digits < 8 {
            code = code * 16 + digit
            digits += 1
            copy.advance()
        }
        guard digits > 0, copy.peek() == UInt8(ascii: "}"), let scalar = Unicode.Scalar(code) else { return nil }
        copy.advance()
        cursor = copy
        return scalar
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 48...57: return UInt32(byte - 48)
        case 65...70: return UInt32(byte - 55)
        case 97...102: return UInt32(byte - 87)
        default: return nil
        }
    }

    /// `"@" digit { digit }`; anything else after `@` is a word, reported.
    private func lexLineMarker(_ cursor: inout Cursor, problems: inout [Problem]) -> PolicyToken {
        let start = cursor.offset
        cursor.advance()
        let digitsStart = cursor.offset
        cursor.advance(while: { $0 >= 48 && $0 <= 57 })
        let digits = cursor.offset - digitsStart
        if digits > 0, digits <= 9, cursor.peek().map(Self.endsWord) ?? true {
            let text = cursor.text(from: digitsStart, to: cursor.offset)
            return PolicyToken(kind: .lineMarker(Int(text) ?? 0), text: "@" + text, start: start, end: cursor.offset)
        }
        cursor.advance(while: { !Self.endsWord($0) })
        let text = cursor.text(from: start, to: cursor.offset)
        problems.append(Problem(id: "policy.bad-line-marker", message: "'\(text)' is not a source line; write '@' and a line number such as '@12'", offset: start))
        return PolicyToken(kind: .word, text: text, start: start, end: cursor.offset)
    }
}

extension PolicyLexer {
    /// A position in one line's bytes; copy it to backtrack.
    struct Cursor {
        let bytes: ArraySlice<UInt8>
        private(set) var index: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            self.index = bytes.startIndex
        }

        var offset: Int { index - bytes.startIndex }
        var count: Int { bytes.count }

        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }

        mutating func advance() { if index < bytes.endIndex { index += 1 } }

        mutating func advance(while predicate: (UInt8) -> Bool) {
            while index < bytes.endIndex, predicate(bytes[index]) { index += 1 }
        }

        mutating func skipSpace() { advance(while: { $0 == 32 || $0 == 9 }) }

        mutating func moveToEnd() { index = bytes.endIndex }

        func bytes(from start: Int, to end: Int) -> ArraySlice<UInt8> {
            bytes[(bytes.startIndex + start)..<(bytes.startIndex + end)]
        }

        func text(from start: Int, to end: Int) -> String {
            String(decoding: bytes(from: start, to: end), as: UTF8.self)
        }
    }
}
