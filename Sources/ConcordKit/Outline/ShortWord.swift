/// A word of at most fifteen bytes packed into two integers with its
/// length, so that a word is compared with a list of words in two integer
/// comparisons each, with no array retained or copied: the outline asks
/// such lists of every line of a document's opening and every word of
/// its title lines.
struct ShortWord: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    static let maximumLength = 15

    /// The word of `bytes`, its ASCII capitals lower-cased when `folding`
    /// (other bytes as they are); nil when it is longer than any listed
    /// word can be.
    init?<Bytes: Collection<UInt8>>(_ bytes: Bytes, folding: Bool) {
        guard bytes.count <= Self.maximumLength else { return nil }
        var shift: UInt64 = 0
        for byte in bytes {
            let byte = folding && byte >= 65 && byte <= 90 ? byte + 32 : byte
            if shift < 64 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << (shift - 64) }
            shift += 8
        }
        high |= UInt64(bytes.count) << 56
    }

    /// A word of a list, written as it is compared.
    init(_ word: String) {
        self.init(Array(word.utf8), folding: false)!
    }

    static func list(_ words: [String]) -> [ShortWord] { words.map(ShortWord.init) }
}
