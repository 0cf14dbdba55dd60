/// A word or a punctuation mark of a sentence, with its UTF-8 byte range in
/// the text it came from. A token holds no text: the rules compare its
/// vocabulary id (`word`), and the few facts they read from its letters
/// (its last bytes, its length, its value as a number) are kept as plain
/// values, so that a token is copied without reference counting.
struct Token: Hashable, Sendable {
    var start: Int
    var end: Int
    /// The lexicon's id for this word or mark, or -1 (set by `Vocabulary.encode`).
    var word: Int32 = -1
    /// The lexicon's id of the longest prefix this word starts with, or -1;
    /// the shorter ones are reached through the `PrefixTable`.
    var prefix: Int32 = -1
    /// The last four bytes of the lowercased text, the last in the low byte.
    var tail: UInt32 = 0
    /// Characters in the lowercased text.
    var length: UInt16 = 0
    /// A word of digits: its value, at most `Token.largeNumber`; -2 for
    /// another word that opens with a digit ("13th"); -1 otherwise.
    var number: Int16 = -1
    var isWord: Bool
    /// The word opens with a capital letter in the source.
    var isCapitalized: Bool = false
    /// The word ended in an apostrophe in the source, a plural's
    /// possessive ("pupils' names").
    var isPluralPossessive: Bool = false

    /// The value a longer number is capped at: no rule reads a number
    /// this large.
    static let largeNumber: Int16 = 10_000

    /// Whether this is the word or mark the vocabulary gave `id`.
    @inline(__always)
    func `is`(_ id: Int32) -> Bool { word == id }

    /// Whether the lowercased text ends with the ASCII `suffix`, at most
    /// four bytes long.
    func endsWith(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= 4, Int(length) >= count else { return false }
        var expected: UInt32 = 0
        for offset in 0..<count { expected = expected << 8 | UInt32(suffix.utf8Start[offset]) }
        let mask: UInt32 = count == 4 ? .max : (1 << UInt32(count * 8)) - 1
        return tail & mask == expected
    }

    /// Facts of the lowercased `text` a token keeps instead of the text
    /// (`Vocabulary.encode` finds them in its own pass over the bytes).
    mutating func describe(_ text: UnsafeBufferPointer<UInt8>) {
        var length = 0
        for byte in text where byte & 0xC0 != 0x80 { length += 1 }
        self.tail = Token.tail(of: text)
        self.length = UInt16(clamping: length)
        describeNumber(text)
    }

    /// The last four bytes of `text`, the last in the low byte.
    @inline(__always)
    static func tail(of text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard text.count < 4 else {
            return UnsafeRawPointer(text.baseAddress! + text.count - 4).loadUnaligned(as: UInt32.self).bigEndian
        }
        var tail: UInt32 = 0
        for byte in text { tail = tail << 8 | UInt32(byte) }
        return tail
    }

    /// The value of a word that opens with a digit.
    mutating func describeNumber(_ text: UnsafeBufferPointer<UInt8>) {
        guard let first = text.first, first >= 48 && first <= 57 else { return }
        var value = 0
        for byte in text {
            guard byte >= 48 && byte <= 57 else {
                number = -2
                return
            }
            value = min(value * 10 + Int(byte - 48), Int(Token.largeNumber))
        }
        number = Int16(value)
    }
}

extension Collection where Element == Token {
    /// How many of the tokens are words, counted without a copy.
    var wordCount: Int {
        var count = 0
        for token in self where token.isWord { count += 1 }
        return count
    }
}

/// Splits text into tokens by scanning UTF-8 bytes: runs of letters, digits
/// and apostrophes are words (a possessive `'s` is a token of its own), a
/// hyphen inside a word separates two words, and other marks are tokens.
enum Tokenizer {
    static func tokenize(_ text: String, vocabulary: Vocabulary? = nil) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize($0, base: 0, vocabulary: vocabulary) }
    }

    /// The lowercased text of each token of `text`, as the tokenizer reads
    /// it: the words a phrase of the lexicon is made of.
    static func texts(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { scratch in
                var scanner = Scanner(bytes: bytes, base: 0, encoder: nil, word: scratch.baseAddress!)
                scanner.texts = []
                scanner.run()
                return scanner.texts ?? []
            }
        }
    }

    /// Tokens of `bytes`, offsets shifted by `base`; with a vocabulary, each
    /// token is encoded for its matchers while its bytes are at hand.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, vocabulary: Vocabulary? = nil) -> [Token] {
        var tokens: [Token] = []
        tokenize(bytes, base: base, vocabulary: vocabulary, into: &tokens)
        return tokens
    }

    /// The same, in place of the contents of `tokens`, whose storage is
    /// kept when it has room.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, vocabulary: Vocabulary?, into tokens: inout [Token]) {
        // A word's lowercased bytes are gathered in a scratch buffer; no
        // word is longer than the text.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { scratch in
            let word = scratch.baseAddress!
            guard let vocabulary else { return scan(bytes, base: base, encoder: nil, word: word, into: &tokens) }
            vocabulary.withEncoder { scan(bytes, base: base, encoder: $0, word: word, into: &tokens) }
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, encoder: TokenEncoder?, word: UnsafeMutablePointer<UInt8>, into tokens: inout [Token]) {
        var scanner = Scanner(bytes: bytes, base: base, encoder: encoder, word: word)
        // The scanner fills the caller's array, moved in and out, not copied.
        swap(&scanner.tokens, &tokens)
        scanner.tokens.removeAll(keepingCapacity: true)
        // About one token in four bytes of prose; a third never regrows.
        scanner.tokens.reserveCapacity(bytes.count / 3 + 2)
        scanner.run()
        swap(&scanner.tokens, &tokens)
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let base: Int
        /// The vocabulary's tables, when tokens are encoded as they are read.
        let encoder: TokenEncoder?
        /// The word being read, lowercased: `word[0..<length]`.
        let word: UnsafeMutablePointer<UInt8>
        var length = 0
        var wordStart = 0
        var capitalized = false
        var tokens: [Token] = []
        /// Each token's text, when asked for (`texts`).
        var texts: [String]?

        init(bytes: UnsafeBufferPointer<UInt8>, base: Int, encoder: TokenEncoder?, word: UnsafeMutablePointer<UInt8>) {
            self.bytes = bytes
            self.base = base
            self.encoder = encoder
            self.word = word
        }

        mutating func emit(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isWord: Bool, capitalized: Bool = false) {
            var token = Token(start: base + start, end: base + end, isWord: isWord, isCapitalized: capitalized)
            if let encoder {
                encoder.encode(&token, text)
            } else {
                token.describe(text)
            }
            tokens.append(token)
            if texts != nil { texts!.append(String(decoding: text, as: UTF8.self)) }
        }

        mutating func emit(mark: UInt8, _ start: Int, _ end: Int) {
            if let encoder {
                var token = Token(start: base + start, end: base + end, isWord: false)
                encoder.encode(&token, mark: mark)
                tokens.append(token)
                return
            }
            var mark = mark
            withUnsafePointer(to: &mark) { emit(UnsafeBufferPointer(start: $0, count: 1), start, end, isWord: false) }
        }

        mutating func finishWord(at end: Int) {
            guard length > 0 else { return }
            let written = length
            while length > 0, word[length - 1] == UInt8(ascii: "'") { length -= 1 }
            if length > 2, word[length - 2] == UInt8(ascii: "'"), word[length - 1] == UInt8(ascii: "s") {
                emit(UnsafeBufferPointer(start: word, count: length - 2), wordStart, end - 2, isWord: true, capitalized: capitalized)
                emit(UnsafeBufferPointer(start: word + length - 2, count: 2), end - 2, end, isWord: false)
            } else if length > 0 {
                emit(UnsafeBufferPointer(start: word, count: length), wordStart, end, isWord: true, capitalized: capitalized)
                if written > length { tokens[tokens.count - 1].isPluralPossessive = true }
            }
            length = 0
        }

        /// The bytes of an apostrophe at `index`: 1 for ', 3 for ’ (E2 80 99)
        /// and ‘ (E2 80 98), 0 for none.
        @inline(__always)
        static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
            guard index < bytes.count else { return 0 }
            if bytes[index] == UInt8(ascii: "'") { return 1 }
            if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98 {
                return 3
            }
            return 0
        }

        /// Whether an apostrophe at `index` joins the word before it to the
        /// letters after it ("don't", "school's").
        @inline(__always)
        static func joinsApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let width = apostropheWidth(bytes, at: index)
            return width > 0 && index + width < bytes.count && Tokenizer.isLetter(bytes[index + width])
        }

        mutating func append(_ byte: UInt8) {
            word[length] = byte
            length += 1
        }

        mutating func run() {
            // The encoder, read once for the whole loop.
            let encoder = self.encoder
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if Tokenizer.isLetter(byte) || Tokenizer.isDigit(byte) {
                    let opens = length == 0
                    if opens { wordStart = index; capitalized = byte >= 65 && byte <= 90 }
                    // The rest of the run of ASCII letters and digits, lowercased,
                    // in a loop of its own: most bytes of prose are in one. The
                    // vocabulary's hash is found as it goes. (Locals, not the
                    // scanner's fields: a store through `word` could alias those,
                    // and they would be loaded again for each byte.)
                    let bytes = self.bytes, word = self.word
                    var count = length
                    var hash: UInt64 = 0xcbf29ce484222325
                    repeat {
                        let byte = bytes[index], folded = byte | 0x20
                        let kept: UInt8
                        if folded &- 97 < 26 {
                            kept = folded
                        } else if byte &- 48 < 10 {
                            kept = byte
                        } else {
                            break
                        }
                        word[count] = kept
                        hash = (hash ^ UInt64(kept)) &* 0x100000001b3
                        count &+= 1
                        index &+= 1
                    } while index < bytes.count
                    length = count
                    if opens, let encoder, !Scanner.joinsApostrophe(bytes, at: index) {
                        // The run is a whole word: a token now, encoded from
                        // the hash the loop found.
                        var token = Token(start: base + wordStart, end: base + index, isWord: true, isCapitalized: capitalized)
                        encoder.encodeASCII(&token, UnsafeBufferPointer(start: word, count: count), hash: hash)
                        // "pupils' names": an apostrophe that closes the word.
                        if index < bytes.count, Scanner.apostropheWidth(bytes, at: index) > 0 { token.isPluralPossessive = true }
                        tokens.append(token)
                        length = 0
                        // "e-safety": the hyphen between two words is no token.
                        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"),
                           Tokenizer.isLetter(bytes[index + 1]) || Tokenizer.isDigit(bytes[index + 1]) {
                            index += 1
                        }
                    }
                    continue
                }
                if byte == 32, length == 0 {
                    index += 1
                    continue
                }
                // Apostrophes: kept inside a word, else the word ends there.
                let width = Scanner.apostropheWidth(bytes, at: index)
                if width > 0 {
                    if length > 0, Scanner.joinsApostrophe(bytes, at: index) {
                        append(UInt8(ascii: "'"))
                        index += width
                        continue
                    }
                    let closesWord = length > 0
                    finishWord(at: index)
                    // "pupils' names": an apostrophe that closes the word.
                    if closesWord, let last = tokens.indices.last, tokens[last].isWord { tokens[last].isPluralPossessive = true }
                    index += width
                    continue
                }
                if byte == UInt8(ascii: "-"), length > 0, index + 1 < bytes.count, Tokenizer.isLetter(bytes[index + 1]) || Tokenizer.isDigit(bytes[index + 1]) {
                    finishWord(at: index)
                    index += 1
                    continue
                }
                finishWord(at: index)
                if byte >= 0x80 {
                    // Non-ASCII: letters with accents join the word; dashes and
                    // quotes are marks; the rest is skipped.
                    let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    let end = min(index + width, bytes.count)
                    if byte == 0xE2, end - index == 3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                        emit(mark: UInt8(ascii: "-"), index, end)
                    } else if byte == 0xC3 {
                        wordStart = index
                        for offset in index..<end { append(bytes[offset]) }
                    }
                    index = end
                    continue
                }
                if byte != 32 && byte != 9 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "*") {
                    emit(mark: byte, index, index + 1)
                }
                index += 1
            }
            finishWord(at: bytes.count)
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
