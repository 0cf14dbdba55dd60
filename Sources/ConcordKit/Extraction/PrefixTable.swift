/// The prefixes of a vocabulary ("photo*", "photograph*"): their ids, keyed
/// by the FNV hash of their bytes as the vocabulary's words are, and each
/// linked to the next shorter prefix it starts with ("photograph" →
/// "photo"), so that a token keeps only its longest prefix and the rest
/// are found by following the links.
///
/// A class, so that the phrase matchers built with a vocabulary read the
/// links of prefixes added after them, and copies of the vocabulary share
/// one table. It is written only while its lexicon is built and only read
/// after, so its reads skip the runtime's exclusivity checks.
final class PrefixTable: @unchecked Sendable {
    @exclusivity(unchecked) private var ids = HashTable(capacity: 256)
    /// For each UTF-8 length, whether some prefix has it.
    @exclusivity(unchecked) private(set) var lengths: [Bool] = []
    /// Each prefix's UTF-8 bytes, by id.
    private var texts: [[UInt8]] = []
    /// `shorter[id]` is the id of the longest other prefix that `id`'s text
    /// starts with, or -1.
    @exclusivity(unchecked) private(set) var shorter: [Int32] = []

    /// The three-byte openings of the prefixes (`PrefixTable.opening`), one
    /// bit each: a word whose opening has no bit starts no prefix and is
    /// not looked up at each of its lengths. Empty while some prefix is
    /// shorter than three bytes.
    @exclusivity(unchecked) private(set) var openings: [UInt64] = Array(repeating: 0, count: 512)

    /// The 15-bit key of a text's first three bytes: the low five bits of
    /// each, which tell lowercase letters apart. Other bytes may share a
    /// key, which costs a lookup and never a prefix.
    @inline(__always)
    static func opening(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        Int(first & 31) << 10 | Int(second & 31) << 5 | Int(third & 31)
    }

    /// Calls `body` with the ids by hash, the lengths prefixes have and
    /// their openings, as pointers.
    func withTables<Result>(_ body: (HashTable.Pointers, UnsafeBufferPointer<Bool>, UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        ids.withPointers { ids in
            lengths.withUnsafeBufferPointer { lengths in
                openings.withUnsafeBufferPointer { body(ids, lengths, $0) }
            }
        }
    }

    /// The id of `prefix`, a new one if it has none.
    func id(_ prefix: String) -> Int32 {
        let text = Array(prefix.utf8)
        let count = ids.count
        let id = ids.intern(Vocabulary.hash(text))
        guard id == count else { return id }
        if lengths.count <= text.count { lengths += Array(repeating: false, count: text.count + 1 - lengths.count) }
        lengths[text.count] = true
        if text.count < 3 {
            openings = []
        } else if !openings.isEmpty {
            let key = Self.opening(text[0], text[1], text[2])
            openings[key >> 6] |= 1 << UInt64(key & 63)
        }
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
        return id
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
