/// A set of words tested by the vocabulary ids of tokens: one bit per id,
/// so a lookup is a shift and a mask, with no string hashed or compared.
/// Building one interns its words, so it must be built before the
/// vocabulary is sealed in a `Lexicon`.
struct WordSet: Sendable {
    /// The words, as given.
    let words: [String]
    private var bits: [UInt64] = []

    /// The empty set.
    init() {
        words = []
    }

    init<Words: Sequence<String>>(_ words: Words, vocabulary: inout Vocabulary) {
        self.words = Array(words)
        for word in self.words {
            let id = Int(vocabulary.wordID(word))
            if bits.count <= id >> 6 { bits += Array(repeating: 0, count: (id >> 6) + 1 - bits.count) }
            bits[id >> 6] |= 1 << UInt64(id & 63)
        }
    }

    /// Whether the token is one of the words: its text, lowercased as the
    /// tokenizer lowercases, equals one of them byte for byte (the
    /// vocabulary gave it the same id).
    func contains(_ token: Token) -> Bool {
        let id = Int(token.word)
        guard id >= 0, id >> 6 < bits.count else { return false }
        return bits[id >> 6] & (1 << UInt64(id & 63)) != 0
    }
}
