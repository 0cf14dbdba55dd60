/// The words and word prefixes the phrases of a lexicon are made of, as
/// small integers. Tokens are encoded once per sentence; phrase matching
/// then compares integers instead of hashing strings. Words and prefixes
/// are keyed by a 64-bit FNV-1a hash of their UTF-8 bytes, computed in one
/// pass over each token, and looked up in tables keyed by that hash.
///
/// The prefixes live in one `PrefixTable` that copies of a vocabulary
/// share, so that the matchers built with it see prefixes added later.
struct Vocabulary: Sendable {
    /// Sized for the standard lexicon's 2,000-odd words, so that building
    /// it does not regrow the table eight times.
    private var words = HashTable(capacity: 4096)
    /// The prefixes, each linked to the next shorter one: a token keeps
    /// only its longest.
    let prefixes = PrefixTable()
    /// The matchers whose phrases open with each word and prefix.
    var starts = PhraseStarts()

    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    mutating func wordID(_ word: String) -> Int32 {
        words.intern(Self.hash(word.utf8))
    }

    /// The id of the word spelt by `bytes`, lowercased UTF-8.
    mutating func wordID<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Int32 {
        words.intern(Self.hash(bytes))
    }

    /// The id of a word the vocabulary holds, or -1.
    func id(of word: String) -> Int32 {
        words[Self.hash(word.utf8)]
    }

    /// The id of the prefix, a new one if it has none. Not mutating in
    /// itself (the table is shared) but asks for a vocabulary being built.
    mutating func prefixID(_ prefix: String) -> Int32 {
        prefixes.id(prefix)
    }

    /// Sets the token's word id, longest prefix id and the facts it keeps
    /// of its letters (`Token.describe`) from `text`, its lowercased UTF-8
    /// bytes, in one pass.
    func encode(_ token: inout Token, _ text: UnsafeBufferPointer<UInt8>) {
        withEncoder { $0.encode(&token, text) }
    }

    /// Calls `body` with the vocabulary's tables as pointers, to encode the
    /// tokens of one text without reaching each table through its array
    /// (and the shared `PrefixTable`) for every byte.
    func withEncoder<Result>(_ body: (TokenEncoder) -> Result) -> Result {
        words.withPointers { words in
            prefixes.withTables { prefixes, lengths, openings in
                body(TokenEncoder(words: words, prefixes: prefixes, prefixLengths: lengths, prefixOpenings: openings))
            }
        }
    }
}

/// A vocabulary's tables while `Vocabulary.withEncoder` lends them.
struct TokenEncoder {
    let words: HashTable.Pointers
    let prefixes: HashTable.Pointers
    /// For each UTF-8 length, whether some prefix has it.
    let prefixLengths: UnsafeBufferPointer<Bool>
    /// `PrefixTable.openings`: empty when every word must be looked up.
    let prefixOpenings: UnsafeBufferPointer<UInt64>

    /// Encodes a word of ASCII letters and digits, `text`, lowercased,
    /// from its `hash`, which the tokenizer found while it read the word.
    ///
    /// Transparent, so that it is inlined into the tokenizer's loop: marked
    /// `@inline(__always)` it was still called, with the encoder's tables
    /// copied to the stack for each word (0.7 % of the slice's instructions).
    @_transparent
    func encodeASCII(_ token: inout Token, _ text: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        token.prefix = longestPrefix(of: text)
        token.word = words[hash]
        token.tail = Token.tail(of: text)
        token.length = UInt16(clamping: text.count)
        if text[0] &- 48 < 10 { token.describeNumber(text) }
    }

    /// Encodes a one-byte ASCII mark.
    @inline(__always)
    func encode(_ token: inout Token, mark: UInt8) {
        token.word = words[(0xcbf29ce484222325 ^ UInt64(mark)) &* 0x100000001b3]
        token.tail = UInt32(mark)
        token.length = 1
    }

    /// See `Vocabulary.encode`.
    func encode(_ token: inout Token, _ text: UnsafeBufferPointer<UInt8>) {
        // The hash, and whether any byte is past ASCII.
        var hash: UInt64 = 0xcbf29ce484222325
        var high: UInt8 = 0
        for byte in text {
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
            high |= byte
        }
        if token.isWord { token.prefix = longestPrefix(of: text) }
        token.word = words[hash]
        token.tail = Token.tail(of: text)
        // The characters: the bytes of an ASCII word, else those that open
        // a character.
        var characters = text.count
        if high >= 0x80 {
            characters = 0
            for byte in text where byte & 0xC0 != 0x80 { characters += 1 }
        }
        token.length = UInt16(clamping: characters)
        if let first = text.first, first &- 48 < 10 { token.describeNumber(text) }
    }

    /// The id of the longest prefix the word `text` starts with, or -1.
    /// Most words open as no prefix does ("the", "and", "staff"): their
    /// first three bytes say so, and they are not looked up at each length.
    /// The bytes are hashed again only up to the prefixes' longest length.
    @inline(__always)
    func longestPrefix(of text: UnsafeBufferPointer<UInt8>) -> Int32 {
        if !prefixOpenings.isEmpty {
            guard text.count >= 3 else { return -1 }
            let key = PrefixTable.opening(text[0], text[1], text[2])
            guard prefixOpenings[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return -1 }
        }
        var id: Int32 = -1
        var running: UInt64 = 0xcbf29ce484222325
        var length = 0
        let limit = min(text.count, prefixLengths.count - 1)
        while length < limit {
            running = (running ^ UInt64(text[length])) &* 0x100000001b3
            length += 1
            if prefixLengths[length] {
                let found = prefixes[running]
                if found >= 0 { id = found }
            }
        }
        return id
    }
}

/// Ids keyed by 64-bit hashes, in one open-addressed array: the hashes are
/// already well mixed, so a lookup is a mask and a compare, with none of
/// `Dictionary`'s re-hashing.
struct HashTable: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var ids: [Int32]
    private(set) var count: Int32 = 0

    /// A table with room for `capacity` ids before it grows.
    init(capacity: Int = 8) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        keys = Array(repeating: 0, count: slots)
        ids = Array(repeating: -1, count: slots)
    }

    /// The table's arrays as pointers, valid inside `withPointers`.
    struct Pointers {
        let keys: UnsafeBufferPointer<UInt64>
        let ids: UnsafeBufferPointer<Int32>

        /// The id of `key`, or -1.
        subscript(key: UInt64) -> Int32 {
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let id = ids[slot]
                if id < 0 || keys[slot] == key { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    func withPointers<Result>(_ body: (Pointers) -> Result) -> Result {
        keys.withUnsafeBufferPointer { keys in
            ids.withUnsafeBufferPointer { ids in body(Pointers(keys: keys, ids: ids)) }
        }
    }

    /// The id of `key`, or -1.
    subscript(key: UInt64) -> Int32 {
        withPointers { $0[key] }
    }

    /// The id of `key`, a new one if it has none.
    mutating func intern(_ key: UInt64) -> Int32 {
        let found = self[key]
        if found >= 0 { return found }
        if Int(count + 1) * 2 > keys.count { grow() }
        insert(key, count)
        count += 1
        return count - 1
    }

    private mutating func insert(_ key: UInt64, _ id: Int32) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while ids[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        ids[slot] = id
    }

    private mutating func grow() {
        let old = zip(keys, ids).filter { $0.1 >= 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        ids = Array(repeating: -1, count: ids.count * 2)
        for (key, id) in old { insert(key, id) }
    }
}
