/// Splits a block's text into sentences by scanning UTF-8 bytes: a sentence
/// ends at `.`, `!` or `?` followed by white space and a capital, a digit,
/// a quote or a bracket, except after abbreviations ("e.g.", "Mr.") and
/// inside numbers and addresses ("1.5", "facebook.com").
enum SentenceSplitter {
    static let abbreviations: [String] = ["e.g", "i.e", "eg", "ie", "etc", "mr", "mrs", "ms", "dr", "no", "st", "vs", "approx", "incl", "cf", "p", "para", "ref", "co", "ltd", "inc", "e", "g", "i"]

    /// The abbreviations packed as `key(of:)` packs a word: a word before
    /// a full stop is compared as one integer, not made into a string.
    private static let abbreviationKeys: [UInt64] = abbreviations.map { word in
        var word = word
        return word.withUTF8 { key(of: $0) }
    }

    /// The word's bytes, lowercased, one byte each from the low end; 0 for
    /// a word longer than eight bytes, which no abbreviation is.
    private static func key(of word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard word.count <= 8 else { return 0 }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) }
        return key
    }

    /// UTF-8 byte ranges of the sentences, trimmed of surrounding spaces.
    static func split(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { split($0) }
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var overlong: [Range<Int>] = []
        return split(bytes, overlong: &overlong)
    }

    /// The sentences, and in `overlong` the runs longer than
    /// `maximumLength` that were cut into pieces.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, overlong: inout [Range<Int>]) -> [Range<Int>] {
        // Room for a few up front: grown from one, most blocks' lists were
        // allocated two or three times over.
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(4)
        var start = 0
        var index = 0
        while true {
            index = ByteSearch.next(in: bytes, from: index, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"))
            guard index < bytes.count else { break }
            let byte = bytes[index]
            var end = index + 1
            // Closing quotes and brackets belong to the sentence.
            while end < bytes.count, bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: "'") { end += 1 }
            if end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 { end += 3 }
            if end < bytes.count, bytes[end] == 32 || bytes[end] == 9, opensSentence(bytes, after: end),
               byte != UInt8(ascii: ".") || !isAbbreviation(bytes, before: index) {
                if end - start > maximumLength { overlong.append(start..<end) }
                append(&ranges, bytes, start, end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if bytes.count - start > maximumLength { overlong.append(start..<bytes.count) }
        append(&ranges, bytes, start, bytes.count)
        return ranges
    }

    private static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
        var index = end
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte >= 65 && byte <= 90 { return true }
        if byte >= 48 && byte <= 57 { return true }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "[") { return true }
        if byte == 0xE2 { return true } // curly quotes, bullets, dashes
        return false
    }

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before dot: Int) -> Bool {
        var start = dot
        while start > 0 {
            let byte = bytes[start - 1]
            let isWordByte = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: ".")
            if !isWordByte { break }
            start -= 1
        }
        guard start < dot else { return false }
        let key = key(of: UnsafeBufferPointer(rebasing: bytes[start..<dot]))
        if key != 0 && abbreviationKeys.contains(key) { return true }
        return isInitial(bytes, start, dot)
    }

    /// "Mrs K. Balogun", "Mr T. J. Achebe": a capital letter alone after a
    /// title or another initial is a name's initial, not a sentence's end.
    private static func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int) -> Bool {
        guard dot - start == 1, bytes[start] >= 65, bytes[start] <= 90, start > 1, bytes[start - 1] == 32 else { return false }
        var end = start - 1
        while end > 0, bytes[end - 1] == 32 { end -= 1 }
        var wordStart = end
        while wordStart > 0, (bytes[wordStart - 1] >= 65 && bytes[wordStart - 1] <= 90) || (bytes[wordStart - 1] >= 97 && bytes[wordStart - 1] <= 122)
            || bytes[wordStart - 1] == UInt8(ascii: ".") {
            wordStart -= 1
        }
        guard wordStart < end else { return false }
        var word = Array(bytes[wordStart..<end])
        if word.last == UInt8(ascii: ".") { word.removeLast() }
        // Another initial ("T. J.").
        if word.count == 1, word[0] >= 65, word[0] <= 90 { return true }
        let lowered = String(decoding: word.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        return titles.contains(lowered)
    }

    private static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sir", "dame"]

    /// The longest sentence analysed as one: a longer run of text without a
    /// full stop (a table flattened to one line, a list with no breaks) is
    /// cut at semicolons, commas or spaces, so that work stays linear.
    static let maximumLength = 1_200

    private static func append(_ ranges: inout [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var start = start
        while end - start > maximumLength {
            let limit = start + maximumLength
            var cut = limit
            for mark in [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: " ")] {
                if let found = (start + maximumLength / 2..<limit).last(where: { bytes[$0] == mark }) { cut = found + 1; break }
            }
            // Never cut inside a UTF-8 sequence.
            while cut > start + 1, cut < end, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            appendTrimmed(&ranges, bytes, start, cut)
            start = cut
        }
        appendTrimmed(&ranges, bytes, start, end)
    }

    private static func appendTrimmed(_ ranges: inout [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var lower = start, upper = end
        while lower < upper, bytes[lower] == 32 || bytes[lower] == 9 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 32 || bytes[upper - 1] == 9 { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }
}
