/// A word or a punctuation mark of a sentence, lowercased, with its UTF-8
/// byte range in the text it came from.
struct Token: Hashable, Sendable {
    /// Lowercased word, apostrophes as `'`; punctuation as itself.
    var text: String
    var start: Int
    var end: Int
    var isWord: Bool
    /// The word opens with a capital letter in the source.
    var isCapitalized: Bool
    /// The lexicon's id for this word, or -1 (set by `Vocabulary.encode`).
    var word: Int32 = -1
    /// The lexicon's ids of the prefixes this word starts with.
    var prefixes: [Int32] = []
}

/// Splits text into tokens by scanning UTF-8 bytes: runs of letters, digits
/// and apostrophes are words (a possessive `'s` is a token of its own), a
/// hyphen inside a word separates two words, and other marks are tokens.
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize($0, base: 0) }
    }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var word: [UInt8] = []
        var wordStart = 0
        var capitalized = false

        func finishWord(at end: Int) {
            guard !word.isEmpty else { return }
            while let last = word.last, last == UInt8(ascii: "'") { word.removeLast() }
            if word.count > 2, word[word.count - 2] == UInt8(ascii: "'"), word[word.count - 1] == UInt8(ascii: "s") {
                let stem = String(decoding: word[..<(word.count - 2)], as: UTF8.self)
                tokens.append(Token(text: stem, start: base + wordStart, end: base + end - 2, isWord: true, isCapitalized: capitalized))
                tokens.append(Token(text: "'s", start: base + end - 2, end: base + end, isWord: false, isCapitalized: false))
            } else if !word.isEmpty {
                tokens.append(Token(text: String(decoding: word, as: UTF8.self), start: base + wordStart, end: base + end, isWord: true, isCapitalized: capitalized))
            }
            word.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                if word.isEmpty { wordStart = index; capitalized = false }
                word.append(byte)
                index += 1
                continue
            }
            if byte >= 65 && byte <= 90 {
                if word.isEmpty { wordStart = index; capitalized = true }
                word.append(byte + 32)
                index += 1
                continue
            }
            // Apostrophes: ' and ’ (E2 80 99) and ‘ (E2 80 98) inside a word.
            let isCurly = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98)
            if byte == UInt8(ascii: "'") || isCurly {
                let width = isCurly ? 3 : 1
                let next = index + width < bytes.count ? bytes[index + width] : 0
                if !word.isEmpty && isLetter(next) {
                    word.append(UInt8(ascii: "'"))
                    index += width
                    continue
                }
                finishWord(at: index)
                index += width
                continue
            }
            if byte == UInt8(ascii: "-"), !word.isEmpty, index + 1 < bytes.count, isLetter(bytes[index + 1]) || isDigit(bytes[index + 1]) {
                finishWord(at: index)
                index += 1
                continue
            }
            finishWord(at: index)
            if byte >= 0x80 {
                // Non-ASCII: letters with accents join the word; dashes and
                // quotes are marks; the rest is skipped.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, bytes.count)
                if byte == 0xE2, end - index == 3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                    tokens.append(Token(text: "-", start: base + index, end: base + end, isWord: false, isCapitalized: false))
                } else if byte == 0xC3 {
                    wordStart = index
                    word.append(contentsOf: bytes[index..<end])
                }
                index = end
                continue
            }
            if byte != 32 && byte != 9 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "*") {
                tokens.append(Token(text: String(UnicodeScalar(byte)), start: base + index, end: base + index + 1, isWord: false, isCapitalized: false))
            }
            index += 1
        }
        finishWord(at: bytes.count)
        return tokens
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
