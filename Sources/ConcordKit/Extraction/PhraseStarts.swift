/// Which phrase matchers have a phrase that opens with each word and each
/// prefix of a vocabulary: one bit per matcher. A sentence's bits, those of
/// all its tokens (`bits(of:prefixes:)`), say which matchers can match in
/// it at all, so that a rule asking for a phrase most sentences lack (a
/// consequence, a reminder, a channel) is answered without a scan.
struct PhraseStarts: Sendable {
    /// The bits of the matchers with a phrase opening with each word id.
    private(set) var byWord: [UInt64] = []
    /// The same for each prefix id; a token's shorter prefixes add theirs.
    private(set) var byPrefix: [UInt64] = []
    /// Matchers given a bit so far.
    private(set) var count = 0

    /// The bit of a new matcher, or 0 when every bit is taken: such a
    /// matcher may match in any sentence.
    mutating func newBit() -> UInt64 {
        guard count < UInt64.bitWidth else { return 0 }
        count += 1
        return 1 << UInt64(count - 1)
    }

    /// A phrase of the matcher with `bit` opens with the word `id`.
    mutating func add(_ bit: UInt64, word id: Int32) {
        Self.add(bit, at: Int(id), to: &byWord)
    }

    /// A phrase of the matcher with `bit` opens with the prefix `id`.
    mutating func add(_ bit: UInt64, prefix id: Int32) {
        Self.add(bit, at: Int(id), to: &byPrefix)
    }

    private static func add(_ bit: UInt64, at index: Int, to table: inout [UInt64]) {
        guard bit != 0, index >= 0 else { return }
        if table.count <= index { table += Array(repeating: 0, count: max(index + 1 - table.count, table.count)) }
        table[index] |= bit
    }

    /// The bits of every matcher a phrase of which may start at one of the
    /// tokens: their words' and each of their prefixes'.
    func bits(of tokens: [Token], prefixes: PrefixTable) -> UInt64 {
        var bits: UInt64 = 0
        byWord.withUnsafeBufferPointer { byWord in
            for token in tokens {
                if token.word >= 0, Int(token.word) < byWord.count { bits |= byWord[Int(token.word)] }
                var link = token.prefix
                while link >= 0 {
                    if Int(link) < byPrefix.count { bits |= byPrefix[Int(link)] }
                    link = prefixes.shorter[Int(link)]
                }
            }
        }
        return bits
    }
}
