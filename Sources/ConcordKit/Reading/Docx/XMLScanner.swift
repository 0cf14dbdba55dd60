/// A pull scanner over the bytes of an XML document: start tags, end tags
/// and text, as byte ranges. Enough XML for the parts of a Word document:
/// no DTD is read and no entity but the predefined and numeric ones is
/// expanded, so an entity bomb expands to nothing. Malformed input ends
/// the scan early; every call makes progress.
struct XMLScanner {
    enum Token {
        /// `<name attributes>`, or `<name attributes/>` when `isEmpty`.
        case start(name: Range<Int>, attributes: Range<Int>, isEmpty: Bool)
        case end(name: Range<Int>)
        /// Character data, entities not yet expanded (`text(_:)` does).
        case text(Range<Int>)
        case done
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next token: comments, processing instructions and declarations are passed over.
    ///
    /// A tag with no attributes ends right after its name, looked for
    /// before any search; markup that is no tag is passed over apart, so
    /// that the common path stays small. A Word document's parts are
    /// mostly short tags, and their scanning took an eighth of reading one
    /// (`concord-bench`, the `.docx` row).
    mutating func next() -> Token {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                let start = position
                position = find(UInt8(ascii: "<"), from: position)
                return .text(start..<position)
            }
            guard position + 1 < bytes.count else { position = bytes.count; break }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"):
                if let text = passOverMarkup() { return text }
            case UInt8(ascii: "/"):
                let start = position + 2
                let end = nameEnd(from: start)
                if end < bytes.count, bytes[end] == UInt8(ascii: ">") {
                    position = end + 1
                } else {
                    position = min(find(UInt8(ascii: ">"), from: end) + 1, bytes.count)
                }
                return .end(name: start..<end)
            default:
                let start = position + 1
                let end = nameEnd(from: start)
                // The tag ends at the first ">" outside quotes.
                var index: Int
                if end < bytes.count, bytes[end] == UInt8(ascii: ">") {
                    index = end
                } else if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "/"), bytes[end + 1] == UInt8(ascii: ">") {
                    index = end + 1
                } else {
                    index = tagEnd(from: end)
                    guard index < bytes.count else { position = bytes.count; return .done }
                }
                let isEmpty = bytes[index - 1] == UInt8(ascii: "/")
                position = index + 1
                return .start(name: start..<end, attributes: end..<(isEmpty ? index - 1 : index), isEmpty: isEmpty)
            }
        }
        return .done
    }

    /// Passes over the content of the element just opened, to its end tag.
    mutating func skipElement() {
        var depth = 1
        while depth > 0 {
            switch next() {
            case .done: return
            case .start(_, _, let isEmpty): if !isEmpty { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    /// The name without its namespace prefix ("p" for "w:p").
    @inline(__always)
    func localName(_ name: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        var start = name.lowerBound
        for index in name where bytes[index] == UInt8(ascii: ":") { start = index + 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<name.upperBound])
    }

    /// The raw value of the attribute whose local name is `name` ("val" finds "w:val").
    func attribute(_ name: StaticString, in attributes: Range<Int>) -> Range<Int>? {
        var index = attributes.lowerBound
        while index < attributes.upperBound {
            while index < attributes.upperBound, isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            var localStart = index
            while index < attributes.upperBound, bytes[index] != UInt8(ascii: "="), !isSpace(bytes[index]) {
                if bytes[index] == UInt8(ascii: ":") { localStart = index + 1 }
                index += 1
            }
            let nameEnd = index
            while index < attributes.upperBound, bytes[index] != 34, bytes[index] != 39 { index += 1 }
            guard index < attributes.upperBound else { return nil }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < attributes.upperBound, bytes[index] != quote { index += 1 }
            let value = valueStart..<min(index, attributes.upperBound)
            index += 1
            if nameEnd > nameStart, UnsafeBufferPointer(rebasing: bytes[localStart..<nameEnd]).isWord(name) { return value }
        }
        return nil
    }

    /// The text of `range` with the predefined and numeric entities expanded.
    func text(_ range: Range<Int>) -> String {
        let raw = UnsafeBufferPointer(rebasing: self.bytes[range])
        if ByteSearch.next(in: raw, from: 0, UInt8(ascii: "&")) == raw.count { return String(decoding: raw, as: UTF8.self) }
        var bytes: [UInt8] = []
        appendText(range, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the text of `range` to `output`, entities expanded.
    func appendText(_ range: Range<Int>, to output: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let amp = find(UInt8(ascii: "&"), from: index, before: range.upperBound)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<amp]))
            guard amp < range.upperBound else { return }
            let semicolon = find(UInt8(ascii: ";"), from: amp, before: min(range.upperBound, amp + 12))
            guard semicolon < range.upperBound, semicolon < amp + 12 else {
                output.append(UInt8(ascii: "&"))
                index = amp + 1
                continue
            }
            let entity = UnsafeBufferPointer(rebasing: bytes[(amp + 1)..<semicolon])
            if let scalar = Self.expand(entity) {
                output.append(contentsOf: String(Character(scalar)).utf8)
            }
            index = semicolon + 1
        }
    }

    /// An integer attribute value; nil for none or one that is no number.
    func integer(_ range: Range<Int>?) -> Int? {
        guard let range, !range.isEmpty, range.count <= 9 else { return nil }
        var value = 0
        var negative = false
        for index in range {
            let byte = bytes[index]
            if index == range.lowerBound, byte == UInt8(ascii: "-") { negative = true; continue }
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return negative ? -value : value
    }

    /// Whether the bytes of `range` are `word`.
    func equals(_ range: Range<Int>?, _ word: StaticString) -> Bool {
        guard let range else { return false }
        return UnsafeBufferPointer(rebasing: bytes[range]).isWord(word)
    }
}

private extension XMLScanner {
    /// Passes over the processing instruction, comment or declaration at
    /// `position`; a CDATA section is text, given back.
    @inline(never)
    mutating func passOverMarkup() -> Token? {
        if bytes[position + 1] == UInt8(ascii: "?") {
            position = after("?>", from: position + 2)
            return nil
        }
        if matches("<![CDATA[", at: position) {
            let start = position + 9
            let end = after("]]>", from: start)
            position = end
            return .text(start..<max(start, end - 3))
        }
        position = matches("<!--", at: position) ? after("-->", from: position + 4) : find(UInt8(ascii: ">"), from: position) + 1
        return nil
    }

    /// The offset of the ">" that ends a tag whose attributes start at
    /// `start`: the first outside quotes; the count of `bytes` if there is none.
    ///
    /// A byte at a time: a tag's attributes are a few short names and
    /// values, and searching eight bytes at a time from quote to quote,
    /// three searches for each attribute, cost more than it saved: a Word
    /// document is read in 1% fewer instructions this way (`concord-bench`,
    /// the `.docx` row).
    func tagEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            // Letters, and every byte above ">", pass on the first test.
            if byte <= UInt8(ascii: ">") {
                if byte == UInt8(ascii: ">") { return index }
                if byte == 34 || byte == 39 {
                    index += 1
                    while index < bytes.count, bytes[index] != byte { index += 1 }
                }
            }
            index += 1
        }
        return bytes.count
    }

    /// The end of the name that starts at `start`: letters pass on the
    /// first test, as every name-ending byte is below them.
    @inline(__always)
    func nameEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            guard byte > UInt8(ascii: ">") || !isNameEnd(byte) else { break }
            end += 1
        }
        return end
    }

    static func expand(_ entity: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: entity, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.count >= 2, entity[0] == UInt8(ascii: "#") else { return nil }
            let hex = entity[1] == UInt8(ascii: "x") || entity[1] == UInt8(ascii: "X")
            var value: UInt32 = 0
            for byte in entity.dropFirst(hex ? 2 : 1) {
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 97...102 where hex: digit = UInt32(byte - 87)
                case 65...70 where hex: digit = UInt32(byte - 55)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + digit
                if value > 0x10FFFF { return nil }
            }
            return Unicode.Scalar(value)
        }
    }

    /// The offset of the first `byte` from `start` and before `end`, or
    /// `end` if there is none (with no `end`, or one at or past the count
    /// of `bytes`, the whole rest is searched); eight bytes at a time, as a
    /// run's text is searched for entities.
    func find(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int {
        guard let end, end < bytes.count else { return ByteSearch.next(in: bytes, from: start, byte) }
        guard start < end else { return start }
        return start + ByteSearch.next(in: UnsafeBufferPointer(rebasing: bytes[start..<end]), from: 0, byte)
    }

    /// The offset just after the next `terminator`, or the end.
    func after(_ terminator: StaticString, from start: Int) -> Int {
        let first = terminator.utf8Start.pointee
        var index = start
        while index < bytes.count {
            index = find(first, from: index)
            if matches(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }

    func matches(_ word: StaticString, at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]).isWord(word)
    }

    func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || isSpace(byte)
    }

    func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
