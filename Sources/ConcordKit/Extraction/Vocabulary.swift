/// The words and word prefixes the phrases of a lexicon are made of, as
/// small integers. Tokens are encoded once per sentence; phrase matching
/// then compares integers instead of hashing strings. Words and prefixes
/// are keyed by a 64-bit FNV-1a hash of their UTF-8 bytes, computed in one
/// pass over each token.
struct Vocabulary: Sendable {
    private var words: [UInt64: Int32] = [:]
    private var prefixes: [UInt64: Int32] = [:]
    /// For each UTF-8 length, whether some prefix has it.
    private var prefixLengths: [Bool] = []
    private var wordCount: Int32 = 0
    private var prefixCount: Int32 = 0

    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    mutating func wordID(_ word: String) -> Int32 {
        Self.intern(word, in: &words, count: &wordCount)
    }

    mutating func prefixID(_ prefix: String) -> Int32 {
        let length = prefix.utf8.count
        if prefixLengths.count <= length { prefixLengths += Array(repeating: false, count: length + 1 - prefixLengths.count) }
        prefixLengths[length] = true
        return Self.intern(prefix, in: &prefixes, count: &prefixCount)
    }

    /// The id of `text` in `table`, a new one if it has none.
    private static func intern(_ text: String, in table: inout [UInt64: Int32], count: inout Int32) -> Int32 {
        let key = hash(text.utf8)
        if let id = table[key] { return id }
        table[key] = count
        count += 1
        return count - 1
    }

    /// Sets each token's word id and the ids of the prefixes it starts with.
    func encode(_ tokens: inout [Token]) {
        for index in tokens.indices {
            var hash: UInt64 = 0xcbf29ce484222325
            var length = 0
            var found: [Int32] = []
            let isWord = tokens[index].isWord
            for byte in tokens[index].text.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
                length += 1
                if isWord, length < prefixLengths.count, prefixLengths[length], let id = prefixes[hash] {
                    found.append(id)
                }
            }
            tokens[index].word = words[hash] ?? -1
            if !found.isEmpty { tokens[index].prefixes = found }
        }
    }
}
