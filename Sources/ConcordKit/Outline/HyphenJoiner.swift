/// Decides how a line that ends with a hyphen joins the next: a word the
/// wrap cut in two ("con-" / "nections") is joined whole, a hyphenated
/// word ("e-" / "safety", "follow-" / "up") keeps its hyphen. The
/// document itself is asked first: the whole word ("connections") or the
/// hyphenated one ("follow-up") found elsewhere in it settles the case;
/// otherwise a first part that is a prefix written with a hyphen keeps it.
struct HyphenJoiner {
    enum Join { case space, hyphenKept, hyphenDropped }

    let lines: [String]
    /// Hashes of the document's words, lower-cased, hyphenated words both
    /// whole and in parts; made when the first cut word is met.
    private var words: Set<Int>?

    /// First parts that are written with a hyphen ("e-safety",
    /// "co-ordinate", "self-harm").
    private static let hyphenPrefixes: [[UInt8]] = [
        "e", "co", "ex", "re", "pre", "post", "non", "self", "anti", "cross", "well", "follow", "half", "part",
        "full", "long", "short", "high", "low", "one", "two", "three", "year", "age", "multi", "semi", "sub",
        "mid", "up", "over", "under", "out", "in", "on", "off", "all", "day",
    ].map { Array($0.utf8) }

    init(lines: [String]) { self.lines = lines }

    mutating func join(_ text: String, _ continuation: String) -> Join {
        // Most lines do not end with a hyphen.
        guard text.utf8.last == UInt8(ascii: "-") else { return .space }
        var text = text
        var continuation = continuation
        // The word before the hyphen and after it, when the line ends with
        // letter + "-" and the next opens with a letter.
        let parts: (before: [UInt8], after: [UInt8])? = text.withUTF8 { before in
            continuation.withUTF8 { after in
                guard before.count >= 2, before[before.count - 1] == UInt8(ascii: "-"), isLetter(before[before.count - 2]),
                      let first = after.first, isLetter(first) else { return nil }
                var start = before.count - 1
                while start > 0, isLetter(before[start - 1]) { start -= 1 }
                var end = 0
                while end < after.count, isLetter(after[end]) { end += 1 }
                return (Array(before[start..<(before.count - 1)]).map(lower), Array(after[..<end]).map(lower))
            }
        }
        guard let parts else { return .space }
        // "non-" / "UK": a capital after the hyphen is a name, kept whole.
        if let first = continuation.utf8.first, first >= 65, first <= 90 { return .hyphenKept }
        let words = documentWords()
        if words.contains(Self.hash(parts.before + [UInt8(ascii: "-")] + parts.after)) { return .hyphenKept }
        if words.contains(Self.hash(parts.before + parts.after)) { return .hyphenDropped }
        if Self.hyphenPrefixes.contains(parts.before) { return .hyphenKept }
        return .hyphenDropped
    }

    private mutating func documentWords() -> Set<Int> {
        if let words { return words }
        var result: Set<Int> = []
        for line in lines {
            var line = line
            line.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    guard isLetter(bytes[index]) else { index += 1; continue }
                    var end = index
                    // A word, with its inner hyphens; each part too. Both
                    // hashed as the bytes go by.
                    var whole = Self.emptyHash, part = Self.emptyHash
                    var partStart = index
                    while end < bytes.count, isLetter(bytes[end]) || (bytes[end] == UInt8(ascii: "-") && end + 1 < bytes.count && isLetter(bytes[end + 1]) && end > index) {
                        if bytes[end] == UInt8(ascii: "-") {
                            result.insert(Int(truncatingIfNeeded: part))
                            part = Self.emptyHash
                            partStart = end + 1
                        } else {
                            part = Self.hash(part, lower(bytes[end]))
                        }
                        whole = Self.hash(whole, lower(bytes[end]))
                        end += 1
                    }
                    result.insert(Int(truncatingIfNeeded: whole))
                    if partStart > index { result.insert(Int(truncatingIfNeeded: part)) }
                    index = end
                }
            }
        }
        words = result
        return result
    }

    /// FNV-1a, so that no string is made for each word of the document.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        Int(truncatingIfNeeded: bytes.reduce(emptyHash, hash))
    }

    private static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of some bytes and then `byte`.
    private static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}

private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
private func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
