/// Finds lexicon phrases in a token sequence. A phrase is a list of words;
/// a word may end in `*` (any word with that prefix), be `*` alone (at most
/// one word), be `...` (up to six words of gap) or open with a capital (the
/// source word must be capitalized). Matching prefers the longest phrase.
struct PhraseMatcher<Payload: Sendable>: Sendable {
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
    }

    struct Match {
        var start: Int
        /// One past the last token matched.
        var end: Int
        var payload: Payload
        var order: Int
    }

    private var pieces: [Piece] = []
    private var phrases: [Phrase] = []
    /// Indices of phrases by the id of their first word or prefix.
    private var byWord: [[Int]] = []
    private var byPrefix: [[Int]] = []

    init() {}

    mutating func add(_ phrase: String, _ payload: Payload, vocabulary: inout Vocabulary) {
        let parsed = Self.pieces(of: phrase, vocabulary: &vocabulary)
        guard let first = parsed.first else { return }
        let index = phrases.count
        phrases.append(Phrase(first: pieces.count, end: pieces.count + parsed.count, payload: payload, order: index))
        pieces += parsed
        switch first {
        case .word(let word, _):
            if byWord.count <= Int(word) { byWord += Array(repeating: [], count: Int(word) + 1 - byWord.count) }
            byWord[Int(word)].append(index)
        case .prefix(let prefix):
            if byPrefix.count <= Int(prefix) { byPrefix += Array(repeating: [], count: Int(prefix) + 1 - byPrefix.count) }
            byPrefix[Int(prefix)].append(index)
        case .any, .gap: break
        }
    }

    static func pieces(of phrase: String, vocabulary: inout Vocabulary) -> [Piece] {
        var pieces: [Piece] = []
        for raw in phrase.split(separator: " ") {
            let word = String(raw)
            if word == "*" { pieces.append(.any); continue }
            if word == "..." { pieces.append(.gap); continue }
            let capital = word.first?.isUppercase ?? false
            if word.hasSuffix("*") {
                pieces.append(.prefix(vocabulary.prefixID(String(word.dropLast()).lowercased())))
                continue
            }
            // Words are split like source text so that "ex-pupil" matches.
            let parts = Tokenizer.tokenize(word)
            for (index, part) in parts.enumerated() {
                pieces.append(.word(vocabulary.wordID(part.text), capital: capital && index == 0))
            }
        }
        return pieces
    }

    /// Every phrase that starts at `index`, longest first.
    func matches(in tokens: [Token], at index: Int) -> [Match] {
        var found: [Match] = []
        let word = Int(tokens[index].word)
        if word >= 0, word < byWord.count {
            for phraseIndex in byWord[word] { collect(phraseIndex, tokens, index, into: &found) }
        }
        if !tokens[index].prefixes.isEmpty {
            for prefix in tokens[index].prefixes where Int(prefix) < byPrefix.count {
                for phraseIndex in byPrefix[Int(prefix)] { collect(phraseIndex, tokens, index, into: &found) }
            }
        }
        if found.count > 1 {
            found.sort { $0.end != $1.end ? $0.end > $1.end : $0.order < $1.order }
        }
        return found
    }

    private func collect(_ phraseIndex: Int, _ tokens: [Token], _ index: Int, into found: inout [Match]) {
        let phrase = phrases[phraseIndex]
        if let end = match(phrase.first, phrase.end, tokens, index) {
            found.append(Match(start: index, end: end, payload: phrase.payload, order: phrase.order))
        }
    }

    /// Non-overlapping matches over the whole sequence, scanning left to
    /// right and taking the longest phrase at each position.
    func scan(_ tokens: [Token], in range: Range<Int>? = nil) -> [Match] {
        let range = range ?? tokens.indices
        var result: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let found = matches(in: tokens, at: index).filter { $0.end <= range.upperBound }
            if let best = found.first {
                result.append(contentsOf: found.filter { $0.end == best.end })
                index = best.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Matches `pieces[piece..<end]` against the tokens from `index`;
    /// returns one past the last token matched.
    private func match(_ piece: Int, _ end: Int, _ tokens: [Token], _ index: Int) -> Int? {
        if piece == end { return index }
        switch pieces[piece] {
        case .gap:
            var next = index
            for _ in 0...6 {
                if let found = match(piece + 1, end, tokens, next) { return found }
                guard next < tokens.count, tokens[next].isWord || tokens[next].text == "'s" || tokens[next].text == "/" || tokens[next].text == "," else { return nil }
                next += 1
            }
            return nil
        case .any:
            // One word, or none: "seek * consent" also reads "seek consent".
            if index < tokens.count, tokens[index].isWord, let found = match(piece + 1, end, tokens, index + 1) { return found }
            return match(piece + 1, end, tokens, index)
        case .word(let word, let capital):
            guard index < tokens.count, tokens[index].word == word, !capital || tokens[index].isCapitalized else { return nil }
            return match(piece + 1, end, tokens, index + 1)
        case .prefix(let prefix):
            guard index < tokens.count, tokens[index].prefixes.contains(prefix) else { return nil }
            return match(piece + 1, end, tokens, index + 1)
        }
    }
}
