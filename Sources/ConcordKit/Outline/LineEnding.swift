/// How a line ends and how the next one opens, read from their UTF-8
/// bytes: what tells a hard wrap from a real line break.
enum LineEnding {
    /// Words after which a phrase cannot stop: a line that ends with one
    /// was cut by the wrap ("… report it to the" / "DSL").
    private static let midPhraseWords: [[UInt8]] = [
        "a", "an", "the", "to", "of", "and", "or", "nor", "for", "with", "by", "from", "at", "as", "into", "onto",
        "via", "than", "which", "who", "whose", "whom", "their", "your", "our", "his", "its", "my", "is", "are",
        "was", "were", "every", "such", "including", "between", "per", "if", "when", "where", "whether",
        "unless", "because",
    ].map { Array($0.utf8) }

    /// Words a list item does not open with but the rest of a sentence
    /// does ("… pupils" / "or their parents").
    private static let conjunctions: [[UInt8]] = [
        "and", "or", "nor", "but", "which", "who", "whom", "whose", "than", "because", "unless", "whereas",
    ].map { Array($0.utf8) }

    static func isClosed(_ last: UInt8) -> Bool {
        last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    static func isLowercase(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    static func isUppercase(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }

    /// Whether the text ends inside a phrase: with a word that cannot end
    /// one, a comma, an opening bracket, "&", "/" or a dash.
    static func endsMidPhrase(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = text.last else { return false }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: "(") || last == UInt8(ascii: "&")
            || last == UInt8(ascii: "/") || last == UInt8(ascii: "-") { return true }
        // "–" (E2 80 93) after a space.
        if last == 0x93, text.count >= 4, text[text.count - 2] == 0x80, text[text.count - 3] == 0xE2, text[text.count - 4] == 32 { return true }
        var start = text.count
        while start > 0, isLetter(text[start - 1]) { start -= 1 }
        guard start < text.count, text.count - start <= 9 else { return false }
        // A word, not the end of "e.g" or a URL.
        guard start == 0 || text[start - 1] == 32 || text[start - 1] == 9 else { return false }
        return matches(UnsafeBufferPointer(rebasing: text[start...]), midPhraseWords)
    }

    /// Whether the text ends with a word that opens with a capital ("the
    /// Designated").
    static func endsWithCapitalisedWord(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = text.count
        while start > 0, text[start - 1] != 32, text[start - 1] != 9 { start -= 1 }
        return start < text.count && isUppercase(text[start])
    }

    /// Whether the line opens with a conjunction or a relative pronoun.
    static func opensWithConjunction(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = 0
        while end < line.count, isLetter(line[end]) { end += 1 }
        guard end > 0, end == line.count || line[end] == 32 || line[end] == 44 else { return false }
        return matches(UnsafeBufferPointer(rebasing: line[..<end]), conjunctions)
    }

    /// Whether a gap of three spaces, or a bar with a space on each side,
    /// stands between two parts of text.
    static func hasColumnGap(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHaveColumnGap(line) && findsColumnGap(line)
    }

    /// `hasColumnGap` of a line that `mayHaveColumnGap`.
    static func findsColumnGap(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < line.count, line[start] == 32 || line[start] == 9 { start += 1 }
        var index = ByteSearch.next(in: line, from: start, 32, 32, 32)
        while index + 2 < line.count {
            if line[index + 1] == 32 {
                var end = index + 2
                while end < line.count, line[end] == 32 { end += 1 }
                if end - index >= 3, end < line.count { return true }
                index = end
            } else if line[index + 1] == UInt8(ascii: "|"), line[index + 2] == 32 {
                return true
            } else {
                index += 1
            }
            index = ByteSearch.next(in: line, from: index, 32, 32, 32)
        }
        return false
    }

    /// False when the line holds no two spaces running and no bar, most
    /// lines, read eight bytes at a time: every line of a document is
    /// asked.
    static func mayHaveColumnGap(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = line.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        var spaceBefore = false
        while index + 8 <= line.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // The high bit of each byte that is a space, exactly.
            let x = word ^ (ones &* 32)
            let spaces = ~(((x & ~highs) &+ ~highs) | x) & highs
            if spaces & (spaces << 8) != 0 || (spaceBefore && spaces & 0x80 != 0) || ByteSearch.holds(word, UInt8(ascii: "|")) { return true }
            spaceBefore = spaces >> 63 != 0
            index += 8
        }
        while index < line.count {
            let byte = line[index]
            if byte == UInt8(ascii: "|") || (byte == 32 && spaceBefore) { return true }
            spaceBefore = byte == 32
            index += 1
        }
        return false
    }

    /// Whether the byte A2 at `index` ends " • " (E2 80 A2 between
    /// spaces) after the line's first text: a bullet inside a line, not
    /// the one opening it.
    static func isInlineBullet(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 4, index + 1 < line.count, line[index + 1] == 32, line[index - 1] == 0x80, line[index - 2] == 0xE2,
              line[index - 3] == 32 else { return false }
        return line[..<(index - 3)].contains { $0 != 32 && $0 != 9 }
    }

    /// Whether the text, after its indentation, is a rule: one of "-",
    /// "=", "_" or "─" three times or more and nothing else.
    static func isRule(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = indentation(text)
        guard text.count - start >= 3 else { return false }
        let first = text[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "=") || first == UInt8(ascii: "_") {
            return text[start...].allSatisfy { $0 == first }
        }
        // "─" is E2 94 80.
        guard first == 0xE2, (text.count - start) % 3 == 0 else { return false }
        return stride(from: start, to: text.count, by: 3).allSatisfy { text[$0] == 0xE2 && text[$0 + 1] == 0x94 && text[$0 + 2] == 0x80 }
    }

    /// The spaces and tabs the line opens with.
    static func indentation(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        while count < line.count, line[count] == 32 || line[count] == 9 { count += 1 }
        return count
    }

    /// Characters in the line's first word.
    static func firstWordWidth(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var width = 0
        for byte in line {
            if byte == 32 || byte == 9 { break }
            if byte & 0xC0 != 0x80 { width += 1 }
        }
        return width
    }

    private static func matches(_ word: UnsafeBufferPointer<UInt8>, _ list: [[UInt8]]) -> Bool {
        list.contains { candidate in
            candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == $1 | 0x20 }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
}
