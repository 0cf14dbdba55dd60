/// The prefixes of a vocabulary linked from each to the next shorter one
/// it starts with ("photograph" → "photo"), so that a token keeps only its
/// longest prefix and the rest are found by following the links.
///
/// A class, so that the phrase matchers built with a vocabulary read the
/// links of prefixes added after them. It is written only while its
/// lexicon is built (through `Vocabulary.prefixID`) and only read after.
final class PrefixLinks: @unchecked Sendable {
    /// Each prefix's UTF-8 bytes, by id.
    private var texts: [[UInt8]] = []
    /// `shorter[id]` is the id of the longest other prefix that `id`'s text
    /// starts with, or -1.
    /// Read without exclusivity checks: it is written only while the
    /// lexicon is built, never while it is read.
    @exclusivity(unchecked) private(set) var shorter: [Int32] = []

    /// Adds the prefix with the next id.
    func add(_ prefix: String) {
        let text = Array(prefix.utf8)
        let id = Int32(texts.count)
        var link: Int32 = -1
        for (other, otherText) in texts.enumerated() {
            if otherText.count < text.count, text.starts(with: otherText), link < 0 || otherText.count > texts[Int(link)].count {
                link = Int32(other)
            }
            // A longer prefix that starts with the new one links to it
            // unless it already links to a longer one.
            if otherText.count > text.count, otherText.starts(with: text) {
                let current = shorter[other]
                if current < 0 || texts[Int(current)].count < text.count { shorter[other] = id }
            }
        }
        texts.append(text)
        shorter.append(link)
    }

    /// Whether the token's prefixes include `prefix`.
    @inline(__always)
    func token(_ token: Token, startsWith prefix: Int32) -> Bool {
        var link = token.prefix
        while link >= 0 {
            if link == prefix { return true }
            link = shorter[Int(link)]
        }
        return false
    }
}
