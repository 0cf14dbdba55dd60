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
        let key = Self.hash(word.utf8)
        if let id = words[key] { return id }
        defer { wordCount += 1 }
        words[key] = wordCount
        return wordCount
    }

    mutating func prefixID(_ prefix: String) -> Int32 {
        let key = Self.hash(prefix.utf8)
        if let id = prefixes[key] { return id }
        defer { prefixCount += 1 }
        prefixes[key] = prefixCount
        let length = prefix.utf8.count
        if prefixLengths.count <= length { prefixLengths += Array(repeating: false, count: length + 1 - prefixLengths.count) }
        prefixLengths[length] = true
        return prefixCount
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
