/// Reads JSON into a `JSONNode` by scanning its UTF-8 bytes: the lexicon's
/// reader. Every `concord` run reads the standard lexicon before anything
/// else, and `JSONDecoder` took as long over it as extraction takes over a
/// 50 kB policy.
///
/// A failure is reported at its line and column. Nesting deeper than
/// `maximumDepth` is refused rather than recursed into.
struct JSONReader {
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String

        var description: String { "line \(line), column \(column): \(message)" }
    }

    static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The one JSON value of `json`, with nothing but white space after it.
    static func read(_ json: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONNode {
        var reader = JSONReader(json)
        // A byte order mark is allowed before the value.
        if json.count >= 3, json[0] == 0xEF, json[1] == 0xBB, json[2] == 0xBF { reader.index = 3 }
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.index == json.count else { throw reader.failure("unexpected text after the value") }
        return value
    }

    static func read(_ json: [UInt8]) throws(Failure) -> JSONNode {
        do {
            return try json.withUnsafeBufferPointer { buffer in try read(buffer) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(line: 1, column: 1, message: "\(error)")
        }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(Failure) -> JSONNode {
        guard depth < Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) deep") }
        skipSpace()
        guard index < bytes.count else { throw failure("expected a value, found the end") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw failure("expected a value")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONNode {
        index += 1
        var members: [(String, JSONNode)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "expected ':' after a key")
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard index < bytes.count else { throw failure("expected ',' or '}', found the end") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "}"), "expected ',' or '}'")
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONNode {
        index += 1
        var items: [JSONNode] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else { throw failure("expected ',' or ']', found the end") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            try expect(UInt8(ascii: "]"), "expected ',' or ']'")
            return .array(items)
        }
    }

    /// A string from its opening quote; escapes decoded.
    private mutating func string() throws(Failure) -> String {
        index += 1
        let start = index
        // Most strings have no escape: they are decoded straight from the bytes.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
            index += 1
        }
        guard index < bytes.count else { throw failure("a string is not closed") }
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
        }
        var text = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else { throw failure("a string is not closed") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: text, as: UTF8.self)
            }
            guard byte >= 0x20 else { throw failure("a control character in a string") }
            guard byte == UInt8(ascii: "\\") else {
                text.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { throw failure("a string is not closed") }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
            case UInt8(ascii: "b"): text.append(8)
            case UInt8(ascii: "f"): text.append(12)
            case UInt8(ascii: "n"): text.append(10)
            case UInt8(ascii: "r"): text.append(13)
            case UInt8(ascii: "t"): text.append(9)
            case UInt8(ascii: "u"): text.append(contentsOf: String(try unicodeEscape()).utf8)
            default: throw failure("an unknown escape '\\\(Character(Unicode.Scalar(escaped)))'")
            }
        }
    }

    /// The character of a `\u` escape whose four digits start at `index`;
    /// a high surrogate takes the `\u` low surrogate after it.
    private mutating func unicodeEscape() throws(Failure) -> Character {
        let first = try hexQuad()
        var value = UInt32(first)
        if first >= 0xD800 && first < 0xDC00 {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw failure("a lone surrogate in a \\u escape")
            }
            index += 2
            let second = try hexQuad()
            guard second >= 0xDC00 && second < 0xE000 else { throw failure("a lone surrogate in a \\u escape") }
            value = 0x10000 + (UInt32(first) - 0xD800) << 10 + (UInt32(second) - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw failure("a lone surrogate in a \\u escape") }
        return Character(scalar)
    }

    private mutating func hexQuad() throws(Failure) -> UInt16 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// An integer when it has no fraction or exponent and fits, else a
    /// double.
    private mutating func number() throws(Failure) -> JSONNode {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw failure("expected digits") }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            isInteger = false
            guard digits() > 0 else { throw failure("expected digits after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            isInteger = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("expected digits in the exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw failure("a number out of range") }
        return .number(value)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    // MARK: Scanning

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("expected a value") }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            throw failure("expected a value")
        }
        index += count
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(Failure) {
        guard index < bytes.count, bytes[index] == byte else { throw failure(message) }
        index += 1
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// A failure at the current byte, its line and column counted from 1.
    private func failure(_ message: String) -> Failure {
        var line = 1, column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Failure(line: line, column: column, message: message)
    }
}
