/// The marker that opens a list item or a numbered heading: a bullet (`-`,
/// `·`, `•`, `o`, `–`, `*`, `▪`), a number (`1.`, `1)`, `4.6.1.`, `3.1`), a
/// letter (`A.`, `b)`), a roman numeral (`iv.`) or a bracketed one (`(a)`).
struct ListMarker: Hashable, Sendable {
    enum Style: Hashable, Sendable {
        case bullet
        case number
        case letter
    }

    var style: Style
    /// The marker as written.
    var text: String
    /// The number or letter without punctuation ("4.6.1", "A").
    var number: String?
    /// Nesting: the number of components of a number, or the indentation
    /// level of a bullet (1 for none).
    var depth: Int
    /// UTF-8 offset in the line where the item's text starts.
    var contentOffset: Int

    /// Bullet characters, as UTF-8. A trust can meet others; add them here.
    /// Word's Symbol and Wingdings bullets export as private-use characters.
    static let bullets: [[UInt8]] = ["-", "·", "•", "o", "–", "—", "*", "+", "▪", "■", "●", "◦", "○", "➢", "►", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}", "§", "✓", "✔", "→", "❖", "◆", "♦", "Ø"].map { Array($0.utf8) }
    /// Whether a byte opens some bullet: most lines open with none.
    private static let bulletFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for bullet in bullets { table[Int(bullet[0])] = true }
        return table
    }()

    /// Each bullet's bytes and length in one integer (`Opening`), compared
    /// in turn with the opening of a line.
    private static let bulletCodes: [UInt32] = bullets.map { Opening.code($0) }
    private static let letterO = Opening.code([UInt8(ascii: "o")])

    /// The first one, two and three bytes at a place in a line, each
    /// packed with its length as a bullet's code is.
    private struct Opening {
        var codes: (UInt32, UInt32, UInt32) = (0, 0, 0)

        init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
            let available = bytes.count - index
            guard available >= 1 else { return }
            let one = UInt32(bytes[index])
            codes.0 = 1 << 24 | one
            guard available >= 2 else { return }
            let two = one | UInt32(bytes[index + 1]) << 8
            codes.1 = 2 << 24 | two
            guard available >= 3 else { return }
            codes.2 = 3 << 24 | two | UInt32(bytes[index + 2]) << 16
        }

        func starts(with bullet: UInt32) -> Bool {
            switch Self.length(of: bullet) {
            case 1: return codes.0 == bullet
            case 2: return codes.1 == bullet
            default: return codes.2 == bullet
            }
        }

        static func code<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
            var code = UInt32(bytes.count) << 24
            for (offset, byte) in bytes.enumerated() { code |= UInt32(byte) << (8 * offset) }
            return code
        }

        static func length(of code: UInt32) -> Int { Int(code >> 24) }
    }

    /// Parses `indent? marker (space | tab)+ text`. Returns nil when the line
    /// does not open with a marker followed by white space and some text.
    static func parse(_ line: String) -> ListMarker? {
        var line = line
        return line.withUTF8 { bytes in parse(bytes) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ListMarker? {
        var index = 0
        var indent = 0
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 {
            indent += bytes[index] == 9 ? 4 : 1
            index += 1
        }
        let start = index
        guard start < bytes.count else { return nil }
        let level = 1 + indent / 2
        // Only a byte that opens some bullet is compared with each.
        if bulletFirstBytes[Int(bytes[start])] {
            let opening = Opening(bytes, at: start)
            for bullet in bulletCodes where opening.starts(with: bullet) {
                let end = start + Opening.length(of: bullet)
                guard let content = contentStart(bytes, after: end) else { continue }
                // A second bullet right after the first ("- · item") is the same item.
                var offset = content
                if bulletFirstBytes[Int(bytes[offset])] {
                    let inner = Opening(bytes, at: offset)
                    for bullet in bulletCodes where bullet != letterO && inner.starts(with: bullet) {
                        if let after = contentStart(bytes, after: offset + Opening.length(of: bullet)) { offset = after }
                        break
                    }
                }
                // The marker as written: both bullets when there are two.
                var markerEnd = offset > content ? offset : end
                while markerEnd > end, bytes[markerEnd - 1] == 32 || bytes[markerEnd - 1] == 9 { markerEnd -= 1 }
                return ListMarker(style: .bullet, text: text(bytes, start, markerEnd), number: nil, depth: min(level, 8), contentOffset: offset)
            }
        }
        if let numbered = parseNumber(bytes, at: start) { return numbered }
        if let lettered = parseLetter(bytes, at: start) { return lettered }
        return nil
    }

    /// `digits ("." digits)* ("." | ")")?` then white space; a bare number
    /// needs a dot inside it ("3.1") so that "2018 was" is not a marker.
    private static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> ListMarker? {
        var index = start
        var components = 0
        var sawDot = false
        var closed = false
        while index < bytes.count {
            let digitsStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > digitsStart, index - digitsStart <= 3 else { return nil }
            components += 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ".") {
                sawDot = true
                index += 1
                if index < bytes.count, isDigit(bytes[index]) { continue }
                closed = true
            } else if bytes[index] == UInt8(ascii: ")") {
                index += 1
                closed = true
            }
            break
        }
        guard closed || (sawDot && components > 1) else { return nil }
        guard let content = contentStart(bytes, after: index) else { return nil }
        var numberEnd = index
        while bytes[numberEnd - 1] == UInt8(ascii: ".") || bytes[numberEnd - 1] == UInt8(ascii: ")") { numberEnd -= 1 }
        return ListMarker(style: .number, text: text(bytes, start, index), number: text(bytes, start, numberEnd), depth: components, contentOffset: content)
    }

    /// `letter ("." | ")")`, `roman "."`, or `"(" (letter | digits | roman) ")"`.
    private static func parseLetter(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> ListMarker? {
        var index = start
        let bracketed = bytes[index] == UInt8(ascii: "(")
        if bracketed { index += 1 }
        let wordStart = index
        while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]), index - wordStart < 5 { index += 1 }
        let length = index - wordStart
        guard length > 0, index < bytes.count else { return nil }
        if bracketed {
            guard bytes[index] == UInt8(ascii: ")") else { return nil }
        } else {
            guard bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
        }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<index])
        let isRoman = word.allSatisfy { Self.romanDigits.contains($0) }
        guard length == 1 || isRoman || (bracketed && word.allSatisfy(isDigit)) else { return nil }
        index += 1
        guard let content = contentStart(bytes, after: index) else { return nil }
        return ListMarker(style: .letter, text: text(bytes, start, index), number: text(bytes, wordStart, index - 1), depth: 1, contentOffset: content)
    }

    private static func contentStart(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Int? {
        var index = end
        guard index < bytes.count, bytes[index] == 32 || bytes[index] == 9 || bytes[index] == 0xC2 else { return nil }
        while index < bytes.count {
            if bytes[index] == 32 || bytes[index] == 9 { index += 1; continue }
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { index += 2; continue }
            break
        }
        return index < bytes.count ? index : nil
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static let romanDigits: [UInt8] = Array("ivxlc".utf8)

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }
}
