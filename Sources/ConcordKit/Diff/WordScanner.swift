/// Splits clause text into words by scanning its UTF-8 bytes: `words` for
/// redlines (runs of non-space bytes, punctuation kept), `terms` for
/// similarity (lower-cased runs of letters and digits).
enum WordScanner {
    /// Runs of bytes between ASCII white space and no-break spaces.
    static func words(_ text: String) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var words: [String] = []
            var start = -1
            var index = 0
            while index < bytes.count {
                let width = spaceWidth(bytes, at: index)
                if width > 0 {
                    if start >= 0 { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                    start = -1
                    index += width
                } else {
                    if start < 0 { start = index }
                    index += 1
                }
            }
            if start >= 0 { words.append(String(decoding: bytes[start..<bytes.count], as: UTF8.self)) }
            return words
        } ?? []
    }

    /// Lower-cased runs of ASCII letters and digits and of non-ASCII letters;
    /// typographic punctuation (U+2000–U+206F: quotes, dashes, bullets) and
    /// no-break spaces separate terms.
    static func terms(_ text: String, stemmed: Bool = false) -> [String] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [String] in
            var terms: [String] = []
            var current: [UInt8] = []
            var index = 0
            func flush() {
                if stemmed { stem(&current) }
                if !current.isEmpty { terms.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x41 && byte <= 0x5A {
                    current.append(byte + 0x20)
                    index += 1
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    current.append(byte)
                    index += 1
                } else if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                    flush()
                    index += 3
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xB7 {
                    flush()
                    index += 2
                } else if byte >= 0x80 {
                    current.append(byte)
                    index += 1
                } else {
                    flush()
                    index += 1
                }
            }
            flush()
            return terms
        } ?? []
    }

    /// A crude stem for similarity, the same on both sides: a final "ing",
    /// "ed" or "s" (not "ss") is dropped from terms of five letters or more,
    /// then a doubled final consonant (not l or s) is undone in any term of
    /// three or more ("tagging" → "tag", "posts" → "post", "adding" and
    /// "add" → "ad").
    static func stem(_ term: String) -> String {
        var bytes = Array(term.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func stem(_ bytes: inout [UInt8]) {
        guard bytes.count >= 3, bytes.allSatisfy({ $0 < 0x80 }) else { return }
        let count = bytes.count
        if count < 5 {
            // too short for a suffix
        } else if bytes[count - 3] == 0x69, bytes[count - 2] == 0x6E, bytes[count - 1] == 0x67 {  // ing
            bytes.removeLast(3)
        } else if bytes[count - 2] == 0x65, bytes[count - 1] == 0x64 {  // ed
            bytes.removeLast(2)
        } else if bytes[count - 1] == 0x73, bytes[count - 2] != 0x73 {  // s, not ss
            bytes.removeLast()
        }
        let last = bytes.count - 1
        if last >= 2, bytes[last] == bytes[last - 1], !"aeiouls".utf8.contains(bytes[last]) {
            bytes.removeLast()
        }
    }

    /// The words of `text` joined by single spaces, without a leading list
    /// marker: `wordsWithoutMarker(text).joined(separator: " ")`.
    static func key(_ text: String) -> String {
        wordsWithoutMarker(text).joined(separator: " ")
    }

    /// The words of `text` without a leading list marker or number
    /// ("4.1.", "b)", "(iii)", "·", "-"), which renumbering changes.
    static func wordsWithoutMarker(_ text: String) -> [String] {
        let all = words(text)
        guard let first = all.first, all.count > 1, isMarker(first) else { return all }
        return Array(all.dropFirst())
    }

    static func isMarker(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        if word == "·" || word == "•" || word == "-" || word == "*" || word == "–" { return true }
        var core = bytes[...]
        if core.first == 0x28 { core = core.dropFirst() }  // (
        if let last = core.last, last == 0x29 || last == 0x2E { core = core.dropLast() }  // ) .
        guard !core.isEmpty, core.count <= 8 else { return false }
        let digitsAndDots = core.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
        if digitsAndDots { return core.contains { $0 >= 0x30 && $0 <= 0x39 } }
        // One letter or a short roman numeral followed by ")" or ".".
        let closed = bytes.last == 0x29 || (bytes.last == 0x2E && core.count == 1)
        let letters = core.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) }
        return closed && letters && (core.count == 1 || core.allSatisfy { "ivx".utf8.contains($0) })
    }

    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }
}
