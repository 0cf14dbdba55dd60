/// Finds lexicon phrases in a token sequence. A phrase is a list of words;
/// a word may end in `*` (any word with that prefix), be `*` alone (at most
/// one word), be `...` (up to six words of gap) or open with a capital (the
/// source word must be capitalized). Matching prefers the longest phrase.
///
/// A class, so that a rule reaching a matcher through its lexicon retains
/// one reference instead of copying each of its tables.
final class PhraseMatcher<Payload: Sendable>: Sendable {
    enum Piece: Sendable, Hashable {
        case word(Int32, capital: Bool)
        case prefix(Int32)
        case any
        case gap
    }

    /// A phrase: its pieces are `pieces[first..<end]` of the matcher, so
    /// that matching walks one flat array.
    struct Phrase: Sendable {
        var first: Int
        var end: Int
        var payload: Payload
        var order: Int
        /// The word the token after the first must be, when the phrase's
        /// second piece is a word; -1 otherwise. Most candidates found by
        /// their first word fail here ("is" opens 34 modal phrases).
        var second: Int32
        /// The prefix the token after the first must start with, when the
        /// phrase's second piece is a prefix ("school account*"); -1
        /// otherwise. Such phrases are tried at every token of their first
        /// word, and most fail here.
        var secondPrefix: Int32 = -1
    }

    struct Match {
        var start: Int
        /// One past the last token matched.
        var end: Int
        var payload: Payload
        var order: Int
    }

    private let pieces: [Piece]
    private let phrases: [Phrase]
    /// Indices of phrases by the id of their first word or prefix. A word
    /// that opens many phrases ("school" opens 44 contexts) keeps those
    /// whose second piece is a word in `byPair` instead, and its list
    /// starts with -1 to say so.
    private let byWord: [[Int]]
    private let byPrefix: [[Int]]
    /// List ids of phrases by the pair of their first two words (`pairKey`):
    /// list `id` is `pairPhrases[pairStarts[id]..<pairStarts[id + 1]]`.
    private let byPair: HashTable
    private let pairStarts: [Int]
    private let pairPhrases: [Int]
    /// The vocabulary's prefixes: a token keeps only its longest, linked to the rest.
    private let links: PrefixTable
    /// Marks a gap may cross besides words ("parents / carers", "school's").
    private let gapMarks: WordSet
    /// This matcher's bit in its vocabulary's `PhraseStarts`; 0 when it
    /// has none.
    private let bit: UInt64

    /// A word opening at least this many phrases has its phrases with a
    /// second word looked up by the pair: below it, checking each phrase's
    /// second word costs less than the lookup.
    static var pairThreshold: Int { 4 }

    /// The key of two word ids, mixed so that `HashTable`'s slots spread.
    @inline(__always)
    static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
        var key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        key ^= key >> 32
        key &*= 0x9E37_79B9_7F4A_7C15
        return key ^ key >> 29
    }

    /// A matcher of `phrases`, each with its payload; earlier phrases win
    /// ties of length. `pairThreshold` is for tests, which compare the
    /// matches found with and without the pairs.
    init(_ phrases: [(phrase: String, payload: Payload)], vocabulary: inout Vocabulary, pairThreshold: Int = PhraseMatcher.pairThreshold) {
        var pieces: [Piece] = []
        var compiled: [Phrase] = []
        var byWord: [[Int]] = []
        var byPrefix: [[Int]] = []
        let bit = vocabulary.starts.newBit()
        /// Words that open `pairThreshold` phrases or more.
        var crowded: [Int] = []
        for (phrase, payload) in phrases {
            let parsed = Self.pieces(of: phrase, vocabulary: &vocabulary)
            guard let first = parsed.first else { continue }
            let index = compiled.count
            var second: Int32 = -1, secondPrefix: Int32 = -1
            switch first {
            case .word, .prefix:
                if parsed.count > 1, case .word(let word, _) = parsed[1] { second = word }
                if parsed.count > 1, case .prefix(let prefix) = parsed[1] { secondPrefix = prefix }
            case .any, .gap: break
            }
            compiled.append(Phrase(first: pieces.count, end: pieces.count + parsed.count, payload: payload, order: index,
                                   second: second, secondPrefix: secondPrefix))
            pieces += parsed
            switch first {
            case .word(let word, _):
                if byWord.count <= Int(word) { byWord += Array(repeating: [], count: Int(word) + 1 - byWord.count) }
                byWord[Int(word)].append(index)
                vocabulary.starts.add(bit, word: word)
                if byWord[Int(word)].count == pairThreshold { crowded.append(Int(word)) }
            case .prefix(let prefix):
                if byPrefix.count <= Int(prefix) { byPrefix += Array(repeating: [], count: Int(prefix) + 1 - byPrefix.count) }
                byPrefix[Int(prefix)].append(index)
                vocabulary.starts.add(bit, prefix: prefix)
            case .any, .gap: break
            }
        }
        // Each crowded word's phrases with a second word, grouped by it:
        // their list ids, then the lists laid out one after another.
        var byPair = HashTable(capacity: crowded.count * pairThreshold)
        var paired: [(list: Int, phrase: Int)] = []
        var pairCounts: [Int] = []
        for word in crowded {
            var rest = [-1]
            for index in byWord[word] {
                guard compiled[index].second >= 0 else {
                    rest.append(index)
                    continue
                }
                let list = Int(byPair.intern(Self.pairKey(Int32(word), compiled[index].second)))
                if list == pairCounts.count { pairCounts.append(0) }
                pairCounts[list] += 1
                paired.append((list, index))
            }
            byWord[word] = rest
        }
        var pairStarts = [0]
        for count in pairCounts { pairStarts.append(pairStarts[pairStarts.count - 1] + count) }
        var pairPhrases = Array(repeating: 0, count: paired.count)
        var filled = pairStarts
        for (list, phrase) in paired {
            pairPhrases[filled[list]] = phrase
            filled[list] += 1
        }
        self.pieces = pieces
        self.phrases = compiled
        self.byWord = byWord
        self.byPrefix = byPrefix
        self.byPair = byPair
        self.pairStarts = pairStarts
        self.pairPhrases = pairPhrases
        self.links = vocabulary.prefixes
        self.gapMarks = WordSet(["'s", "/", ","], vocabulary: &vocabulary)
        self.bit = bit
    }

    /// Whether a phrase may match in a sentence whose tokens have the
    /// `PhraseStarts` bits given: false when none of them opens one.
    @inline(__always)
    func mayMatch(startingWith bits: UInt64) -> Bool {
        bit == 0 || bits & bit != 0
    }

    static func pieces(of phrase: String, vocabulary: inout Vocabulary) -> [Piece] {
        var pieces: [Piece] = []
        // Words are split on spaces as bytes: splitting the String into
        // characters cost more than the rest of building the lexicon.
        var phrase = phrase
        phrase.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                if end > start { add(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &pieces, vocabulary: &vocabulary) }
                start = end + 1
            }
        }
        return pieces
    }

    private static func add(_ word: UnsafeBufferPointer<UInt8>, to pieces: inout [Piece], vocabulary: inout Vocabulary) {
        if word.count == 1, word[0] == UInt8(ascii: "*") { pieces.append(.any); return }
        if word.count == 3, word.allSatisfy({ $0 == UInt8(ascii: ".") }) { pieces.append(.gap); return }
        // A word of lowercase letters and digits is one token, itself.
        if word.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) {
            pieces.append(.word(vocabulary.wordID(bytes: word), capital: false))
            return
        }
        let text = String(decoding: word, as: UTF8.self)
        let first = word[0]
        let capital = first < 0x80 ? (first >= 65 && first <= 90) : text.first!.isUppercase
        if word[word.count - 1] == UInt8(ascii: "*") {
            pieces.append(.prefix(vocabulary.prefixID(String(text.dropLast()).lowercased())))
            return
        }
        // Other words are split like source text so that "ex-pupil" matches.
        for (index, part) in Tokenizer.texts(text).enumerated() {
            pieces.append(.word(vocabulary.wordID(part), capital: capital && index == 0))
        }
    }

    /// Whether some phrase could start at the token: its word or one of its
    /// prefixes opens a phrase. Most tokens open none, and are passed over
    /// without collecting anything.
    @inline(__always)
    func mayStart(_ token: Token) -> Bool {
        let word = Int(token.word)
        if word >= 0, word < byWord.count, !byWord[word].isEmpty { return true }
        var prefix = token.prefix
        while prefix >= 0 {
            if Int(prefix) < byPrefix.count, !byPrefix[Int(prefix)].isEmpty { return true }
            prefix = links.shorter[Int(prefix)]
        }
        return false
    }

    /// Every phrase that starts at `index` and ends by `limit`, longest first.
    func matches(in tokens: [Token], at index: Int, limit: Int = .max) -> [Match] {
        guard mayStart(tokens[index]) else { return [] }
        var found: [Match] = []
        forEachMatch(tokens, index, limit) { found.append($0) }
        if found.count > 1 {
            found.sort { $0.end != $1.end ? $0.end > $1.end : $0.order < $1.order }
        }
        return found
    }

    /// Appends the phrases that start at `index` to `found`, longest first,
    /// as `matches(in:at:)` lists them: a sentence's matches at every token
    /// kept in one array.
    func appendMatches(in tokens: [Token], at index: Int, to found: inout [Match]) {
        guard mayStart(tokens[index]) else { return }
        let start = found.count
        forEachMatch(tokens, index, .max) { found.append($0) }
        guard found.count - start > 1 else { return }
        // Sorted through a buffer pointer: sorting the array's slice in
        // place would copy the whole array first.
        found.withUnsafeMutableBufferPointer { buffer in
            buffer[start...].sort { $0.end != $1.end ? $0.end > $1.end : $0.order < $1.order }
        }
    }

    /// The phrase `matches(in:at:limit:)` would list first, without
    /// building the list: most callers read only that one.
    func longest(in tokens: [Token], at index: Int, limit: Int = .max) -> Match? {
        guard mayStart(tokens[index]) else { return nil }
        return best(tokens, index, limit)
    }

    /// `longest(in:at:limit:)` at a token that may start a phrase.
    private func best(_ tokens: [Token], _ index: Int, _ limit: Int) -> Match? {
        var best: Match?
        forEachMatch(tokens, index, limit) { match in
            if let current = best, current.end > match.end || (current.end == match.end && current.order < match.order) { return }
            best = match
        }
        return best
    }

    /// Calls `body` with each phrase that starts at `index` and ends by
    /// `limit`: those its word opens, then those each of its prefixes opens.
    @inline(__always)
    private func forEachMatch(_ tokens: [Token], _ index: Int, _ limit: Int, _ body: (Match) -> Void) {
        let word = Int(tokens[index].word)
        if word >= 0, word < byWord.count {
            let phrases = byWord[word]
            if let first = phrases.first, first < 0 {
                // A crowded word: its phrases with a second word are those of the pair.
                if index + 1 < tokens.count, tokens[index + 1].word >= 0 {
                    let list = Int(byPair[Self.pairKey(Int32(word), tokens[index + 1].word)])
                    if list >= 0 {
                        for phraseIndex in pairPhrases[pairStarts[list]..<pairStarts[list + 1]] {
                            if let match = match(phraseIndex, tokens, index, limit) { body(match) }
                        }
                    }
                }
                for phraseIndex in phrases.dropFirst() {
                    if let match = match(phraseIndex, tokens, index, limit) { body(match) }
                }
            } else {
                for phraseIndex in phrases {
                    if let match = match(phraseIndex, tokens, index, limit) { body(match) }
                }
            }
        }
        if !byPrefix.isEmpty {
            var prefix = tokens[index].prefix
            while prefix >= 0 {
                if Int(prefix) < byPrefix.count {
                    for phraseIndex in byPrefix[Int(prefix)] {
                        if let match = match(phraseIndex, tokens, index, limit) { body(match) }
                    }
                }
                prefix = links.shorter[Int(prefix)]
            }
        }
    }

    /// The phrase matched at `index`, found there by its first word or prefix.
    @inline(__always)
    private func match(_ phraseIndex: Int, _ tokens: [Token], _ index: Int, _ limit: Int) -> Match? {
        let phrase = phrases[phraseIndex]
        if phrase.second >= 0, index + 1 >= tokens.count || tokens[index + 1].word != phrase.second { return nil }
        if phrase.secondPrefix >= 0, index + 1 >= tokens.count || !links.token(tokens[index + 1], startsWith: phrase.secondPrefix) { return nil }
        // The phrase was found by its first word or prefix, so that piece
        // matches already unless it asks for a capital.
        let matched: Int?
        switch pieces[phrase.first] {
        case .word(_, capital: false), .prefix:
            matched = match(phrase.first + 1, phrase.end, tokens, index + 1)
        default:
            matched = match(phrase.first, phrase.end, tokens, index)
        }
        guard let end = matched, end <= limit else { return nil }
        return Match(start: index, end: end, payload: phrase.payload, order: phrase.order)
    }

    /// Non-overlapping matches over the whole sequence, scanning left to
    /// right and taking the longest phrase at each position (all those of
    /// that length, in the order the phrases were given).
    func scan(_ tokens: [Token], in range: Range<Int>? = nil) -> [Match] {
        var result: [Match] = []
        scan(tokens, in: range, into: &result)
        return result
    }

    /// The same, in place of the contents of `result`, whose storage is
    /// kept.
    func scan(_ tokens: [Token], in range: Range<Int>? = nil, into result: inout [Match]) {
        let range = range ?? tokens.indices
        result.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            guard mayStart(tokens[index]) else {
                index += 1
                continue
            }
            // The candidates are appended to the result and the shorter
            // ones dropped again: no scratch array per position.
            let mark = result.count
            var end = -1
            forEachMatch(tokens, index, range.upperBound) { match in
                if match.end >= end {
                    if match.end > end {
                        result.removeLast(result.count - mark)
                        end = match.end
                    }
                    // Room for eight at the first: most scans find a few,
                    // which would otherwise regrow the array from one.
                    if result.capacity == 0 { result.reserveCapacity(8) }
                    result.append(match)
                }
            }
            guard end >= 0 else {
                index += 1
                continue
            }
            if result.count - mark > 1 {
                result.withUnsafeMutableBufferPointer { $0[mark...].sort { $0.order < $1.order } }
            }
            index = end
        }
    }

    /// The first match `scan` would find in `range`, without looking further.
    func first(in tokens: [Token], _ range: Range<Int>) -> Match? {
        for index in range where mayStart(tokens[index]) {
            if let match = best(tokens, index, range.upperBound) { return match }
        }
        return nil
    }

    /// Matches `pieces[piece..<end]` against the tokens from `index`;
    /// returns one past the last token matched. Words and prefixes are
    /// matched in a loop; only gaps and optional words branch.
    private func match(_ piece: Int, _ end: Int, _ tokens: [Token], _ index: Int) -> Int? {
        var piece = piece
        var index = index
        while piece < end {
            switch pieces[piece] {
            case .gap:
                var next = index
                for _ in 0...6 {
                    if let found = match(piece + 1, end, tokens, next) { return found }
                    guard next < tokens.count, tokens[next].isWord || gapMarks.contains(tokens[next]) else { return nil }
                    next += 1
                }
                return nil
            case .any:
                // One word, or none: "seek * consent" also reads "seek consent".
                if index < tokens.count, tokens[index].isWord, let found = match(piece + 1, end, tokens, index + 1) { return found }
                piece += 1
                continue
            case .word(let word, let capital):
                guard index < tokens.count, tokens[index].word == word, !capital || tokens[index].isCapitalized else { return nil }
            case .prefix(let prefix):
                guard index < tokens.count, links.token(tokens[index], startsWith: prefix) else { return nil }
            }
            piece += 1
            index += 1
        }
        return index
    }
}
