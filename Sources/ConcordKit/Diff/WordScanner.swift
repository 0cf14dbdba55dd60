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

    /// The first word of `text` (`words(text)[0]`) and the text from its
    /// second word on; nil unless it has two words or more.
    static func firstWord(of text: String) -> (word: String, rest: String)? {
        var text = text
        return text.withUTF8 { bytes in
            guard let (start, end, rest) = firstWordBounds(bytes) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[rest...]), as: UTF8.self))
        }
    }

    /// `firstWord(of: text)?.word` without copying the rest of the text.
    static func leadingWord(of text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard let (start, end, _) = firstWordBounds(bytes) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// Where the first word starts and ends and the second starts; nil
    /// unless there are two words or more.
    static func firstWordBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, rest: Int)? {
        func skipSpaces(_ index: inout Int) {
            while index < bytes.count, case let width = spaceWidth(bytes, at: index), width > 0 { index += width }
        }
        var index = 0
        skipSpaces(&index)
        let start = index
        while index < bytes.count, spaceWidth(bytes, at: index) == 0 { index += 1 }
        let end = index
        skipSpaces(&index)
        guard end > start, index < bytes.count else { return nil }
        return (start, end, index)
    }

    /// Lower-cased runs of ASCII letters and digits and of non-ASCII letters;
    /// typographic punctuation (U+2000–U+206F: quotes, dashes, bullets) and
    /// no-break spaces separate terms.
    static func terms(_ text: String, stemmed: Bool = false) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text, stemmed: stemmed, into: &terms) { $0.append(String(decoding: $1, as: UTF8.self)) }
        return terms
    }

    /// Calls `body` with `state` and the bytes of each term of
    /// `terms(text, stemmed:)`, in order, without making a `String` or an
    /// array of any: each term is built in one scratch buffer.
    static func forEachTerm<State>(
        in text: String, stemmed: Bool = false, into state: inout State, _ body: (inout State, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { scratch in
                let term = scratch.baseAddress!
                var count = 0
                var index = 0
                func flush() {
                    if stemmed { count = stem(term, count: count) }
                    if count > 0 { body(&state, UnsafeBufferPointer(start: term, count: count)) }
                    count = 0
                }
                while index < bytes.count {
                    let byte = bytes[index]
                    // A letter, either case, is lower-cased by its 0x20 bit.
                    let lower = byte | 0x20
                    if lower &- 0x61 < 26 {
                        term[count] = lower
                        count &+= 1
                        index &+= 1
                    } else if byte &- 0x30 < 10 {
                        term[count] = byte
                        count &+= 1
                        index &+= 1
                    } else if byte < 0x80 {
                        flush()
                        index += 1
                    } else if byte == 0xE2, index + 1 < bytes.count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                        flush()
                        index += 3
                    } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xB7 {
                        flush()
                        index += 2
                    } else {
                        term[count] = byte
                        count += 1
                        index += 1
                    }
                }
                flush()
            }
        }
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
        guard bytes.count >= 3 else { return }
        let count = bytes.withUnsafeMutableBufferPointer { stem($0.baseAddress!, count: $0.count) }
        bytes.removeLast(bytes.count - count)
    }

    /// `stem` of the `count` bytes at `term`, in place: the stem's length.
    static func stem(_ term: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        guard count >= 3 else { return count }
        for index in 0..<count where term[index] >= 0x80 { return count }
        var count = count
        if count < 5 {
            // too short for a suffix
        } else if term[count - 3] == 0x69, term[count - 2] == 0x6E, term[count - 1] == 0x67 {  // ing
            count -= 3
        } else if term[count - 2] == 0x65, term[count - 1] == 0x64 {  // ed
            count -= 2
        } else if term[count - 1] == 0x73, term[count - 2] != 0x73 {  // s, not ss
            count -= 1
        }
        let last = count - 1
        if last >= 2, term[last] == term[last - 1] {
            switch term[last] {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x6C, 0x73: break  // a e i o u l s
            default: count -= 1
            }
        }
        return count
    }

    /// The words of `text` joined by single spaces, without a leading list
    /// marker: `wordsWithoutMarker(text).joined(separator: " ")`, by one
    /// scan of the bytes (no `String` per word).
    static func key(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            if let key = normalizedKey(text, bytes) { return key }
            // The words are copied straight into the key's storage: it is
            // never longer than the text.
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0, words = 0, firstEnd = 0, secondStart = 0
                var index = 0
                while index < bytes.count {
                    let width = spaceWidth(bytes, at: index)
                    if width > 0 {
                        index += width
                        continue
                    }
                    if words > 0 {
                        out[count] = 0x20
                        count += 1
                    }
                    if words == 1 { secondStart = count }
                    while index < bytes.count, spaceWidth(bytes, at: index) == 0 {
                        out[count] = bytes[index]
                        count += 1
                        index += 1
                    }
                    words += 1
                    if words == 1 { firstEnd = count }
                }
                if words > 1, mayBeMarker(out[0], length: firstEnd), isMarker(UnsafeBufferPointer(rebasing: out[..<firstEnd])) {
                    let rest = count - secondStart
                    UnsafeMutableRawPointer(out.baseAddress!).copyMemory(from: out.baseAddress! + secondStart, byteCount: rest)
                    count = rest
                }
                return count
            }
        } ?? wordsWithoutMarker(text).joined(separator: " ")
    }

    /// The key of a text whose words are already separated by single ASCII
    /// spaces (a clause's text usually is): the text itself, or what
    /// follows its marker. Nil when the text needs the full scan.
    private static func normalizedKey(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty ? "" : nil }
        guard isSingleSpaced(bytes) else { return nil }
        // A marker is at most ten bytes long: only the first eleven can
        // hold the space after one.
        var firstSpace = -1
        var index = 0
        while index < min(bytes.count, 11) {
            if bytes[index] == 0x20 {
                firstSpace = index
                break
            }
            index += 1
        }
        guard firstSpace > 0, mayBeMarker(bytes[0], length: firstSpace), isMarker(UnsafeBufferPointer(rebasing: bytes[..<firstSpace])) else { return text }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(firstSpace + 1)...]), as: UTF8.self)
    }

    /// Whether `bytes` (neither starting nor ending with a space) hold no
    /// control byte, no two spaces in a row and no no-break space. Read
    /// eight bytes at a time: every clause and passage is looked at so
    /// before it is compared, and byte by byte this was a tenth of a diff's
    /// work on its words.
    private static func isSingleSpaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        if count >= 8, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            var spaceBefore = false, c2Before = false
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                // A byte below 0x20 has its three high bits clear.
                if zeroBytes(word & 0xE0E0_E0E0_E0E0_E0E0) != 0 { return false }
                let spaces = zeroBytes(word ^ 0x2020_2020_2020_2020)
                if spaces & (spaces >> 8) != 0 || (spaceBefore && spaces & 0x80 != 0) { return false }
                let c2 = zeroBytes(word ^ 0xC2C2_C2C2_C2C2_C2C2)
                if c2 != 0 || c2Before {
                    let a0 = zeroBytes(word ^ 0xA0A0_A0A0_A0A0_A0A0)
                    if c2 & (a0 >> 8) != 0 || (c2Before && a0 & 0x80 != 0) { return false }
                }
                spaceBefore = spaces >> 63 != 0
                c2Before = c2 >> 63 != 0
                index += 8
            }
            // The last byte read again, for the pair it makes with the next.
            index -= 1
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 {
                if bytes[index + 1] == 0x20 { return false }
            } else if byte < 0x20 || (byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0xA0) {
                return false
            }
            index += 1
        }
        return true
    }

    /// The high bit of each byte of `word` that is zero, the other bits
    /// clear (exact: no borrow runs from one byte into the next).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
        return ~(((word & low) &+ low) | word | low)
    }

    /// The words of `text` without a leading list marker or number
    /// ("4.1.", "b)", "(iii)", "·", "-"), which renumbering changes.
    static func wordsWithoutMarker(_ text: String) -> [String] {
        let all = words(text)
        guard let first = all.first, all.count > 1, isMarker(first) else { return all }
        return Array(all.dropFirst())
    }

    /// A quick test before `isMarker`: markers are short and start with a
    /// digit, a lower-case letter, "(", "-", "*" or a bullet's first byte,
    /// never with a capital (most clauses start "Staff …").
    @inline(__always)
    private static func mayBeMarker(_ first: UInt8, length: Int) -> Bool {
        length <= 10 && !(first >= 0x41 && first <= 0x5A)
    }

    static func isMarker(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { isMarker($0) }
    }

    /// `isMarker` of a word's bytes, read in place. The bullets are
    /// matched as `String` equality would: U+0387 is canonically U+00B7.
    static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 1 where bytes[0] == 0x2D || bytes[0] == 0x2A: return true  // - *
        case 2 where (bytes[0] == 0xC2 && bytes[1] == 0xB7) || (bytes[0] == 0xCE && bytes[1] == 0x87): return true  // ·
        case 3 where bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0xA2 || bytes[2] == 0x93): return true  // • –
        default: break
        }
        var core = bytes[...]
        if core.first == 0x28 { core = core.dropFirst() }  // (
        if let last = core.last, last == 0x29 || last == 0x2E { core = core.dropLast() }  // ) .
        guard !core.isEmpty, core.count <= 8 else { return false }
        let digitsAndDots = core.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
        if digitsAndDots { return core.contains { $0 >= 0x30 && $0 <= 0x39 } }
        // One letter or a short roman numeral followed by ")" or ".".
        let closed = bytes.last == 0x29 || (bytes.last == 0x2E && core.count == 1)
        let letters = core.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) }
        return closed && letters && (core.count == 1 || core.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 })  // i v x
    }

    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }
}
