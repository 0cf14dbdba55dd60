/// Finds defined terms: a quoted role ("staff", "everyone") followed by
/// "read to include", "includes", "refers to" or "means" and a list of roles.
/// "Include" adds to the term; "refers to" and "means" replace it.
enum DefinitionFinder {
    /// What each block could state, found in one pass over its bytes: the
    /// two finders tokenize only the blocks that could.
    struct BlockCues {
        fileprivate var masks: [UInt8]

        /// The block could say whom the policy applies to ("applies",
        /// "covers", "is for").
        func mayStateScope(_ index: Int) -> Bool { masks[index] & scopeGroup != 0 }
        /// The block quotes something: a definition quotes its term.
        func mayDefine(_ index: Int) -> Bool { masks[index] & quoteGroup != 0 }
    }

    static func cues(in outline: Outline) -> BlockCues {
        BlockCues(masks: outline.blocks.map { block in
            guard block.kind == .paragraph || block.isListItem else { return 0 }
            let found = groups(in: block.text, of: blockNeedles)
            return found & quoteGroup == 0 && opensSingleQuote(block.text) ? found | quoteGroup : found
        })
    }

    /// Whether a straight or right single quote stands where a quotation
    /// opens, after a space or a bracket ("referred to as 'staff'"), rather
    /// than inside a word as an apostrophe ("the school's", "don’t"), which
    /// most blocks hold.
    static func opensSingleQuote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let isQuote = bytes[index] == 0x27
                    || (bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99)
                if isQuote, index == 0 || !isWordByte(bytes[index - 1]) { return true }
            }
            return false
        }
    }

    /// A byte of a word: an ASCII letter or digit, or part of a character
    /// beyond ASCII ("café's").
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte >= 0x80
    }

    /// The parties of the first sentence saying whom the policy applies to.
    static func policyScope(in outline: Outline, lexicon: Lexicon, cues: BlockCues? = nil) -> [Role] {
        let cues = cues ?? Self.cues(in: outline)
        for (index, block) in outline.blocks.enumerated() where cues.mayStateScope(index) {
            let tokens = lexicon.tokenize(block.text)
            guard let phrase = lexicon.scopePhrases.scan(tokens).first else { continue }
            var end = phrase.end
            while end < tokens.count, !tokens[end].is(lexicon.wordLists.words.period) { end += 1 }
            let roles = lexicon.roles.scan(tokens, in: phrase.end..<end).map(\.payload).filter { $0 != .school && $0 != .everyone }
            if !roles.isEmpty { return roles.canonical }
        }
        return []
    }

    /// A defined term with the word it is defined by ("adults", "users"):
    /// the definition holds where that word names the party, and where the
    /// word is the party's general name ("staff"), wherever the party is
    /// bound without being named.
    struct Term: Sendable {
        var definition: Definition
        /// The defining word, singular and plural ("adult", "adults").
        var words: [Int32]
        /// The lexicon's prefix the word starts with ("practitioner*"), or -1.
        var prefix: Int32 = -1
        var isGeneralName: Bool

        /// Whether the token is the defining word.
        func isDefiningWord(_ token: Token) -> Bool {
            (token.word >= 0 && words.contains(token.word)) || (prefix >= 0 && token.prefix == prefix)
        }
    }

    /// The vocabulary ids of a word and of its singular or plural.
    static func forms(of token: Token, in text: String, lexicon: Lexicon) -> [Int32] {
        let bytes = Array(text.utf8)
        guard token.end <= bytes.count else { return [token.word] }
        let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self).lowercased()
        let other = word.hasSuffix("s") ? String(word.dropLast()) : word + "s"
        return [token.word, lexicon.vocabulary.id(of: other)].filter { $0 >= 0 }
    }

    /// A block that could define a term, with its tokens, read once for
    /// every finder.
    struct DefiningBlock {
        var block: OutlineBlock
        var tokens: [Token]
    }

    /// The blocks that quote something, tokenized.
    static func definingBlocks(in outline: Outline, lexicon: Lexicon, cues: BlockCues? = nil) -> [DefiningBlock] {
        let cues = cues ?? Self.cues(in: outline)
        return outline.blocks.indices.filter(cues.mayDefine).map { DefiningBlock(block: outline.blocks[$0], tokens: lexicon.tokenize(outline.blocks[$0].text)) }
    }

    static func terms(in blocks: [DefiningBlock], lexicon: Lexicon) -> [Term] {
        var definitions: [Term] = []
        for candidate in blocks {
            let (block, tokens) = (candidate.block, candidate.tokens)
            for verb in lexicon.definitionVerbs.scan(tokens) {
                let before = lexicon.roles.scan(tokens, in: max(0, verb.start - 8)..<verb.start)
                guard let match = before.last else { continue }
                let term = match.payload
                let words = forms(of: tokens[match.end - 1], in: block.text, lexicon: lexicon)
                var end = verb.end
                while end < tokens.count, end < verb.end + 20, !tokens[end].is(lexicon.wordLists.words.period) { end += 1 }
                // "'staff' means everyone who works at …, whether employed or
                // volunteering": "everyone" there only opens the list.
                var after = lexicon.roles.scan(tokens, in: verb.end..<end).map(\.payload).filter { $0 != .school }
                if after.contains(where: { $0 != .everyone }) { after.removeAll { $0 == .everyone } }
                // "'volunteers' means members of the committee and anyone who
                // helps": a description of the term, not another party.
                guard !after.isEmpty, after != [.everyone] || term == .everyone else { continue }
                let meaning = verb.payload ? [term] + after : after
                if !definitions.contains(where: { $0.definition.term == term }) {
                    definitions.append(Term(definition: Definition(term: term, meaning: meaning, line: block.line), words: words, prefix: tokens[match.end - 1].prefix,
                                            isGeneralName: lexicon.wordLists.generalPartyNames.contains(tokens[match.end - 1])))
                }
            }
        }
        // "This policy applies to governors, all staff, contractors and
        // volunteers. In this policy they are referred to together as 'staff'."
        for candidate in blocks {
            let (block, tokens) = (candidate.block, candidate.tokens)
            for phrase in lexicon.namingPhrases.scan(tokens) {
                guard let named = lexicon.roles.scan(tokens, in: phrase.end..<min(tokens.count, phrase.end + 4)).first,
                      !definitions.contains(where: { $0.definition.term == named.payload }) else { continue }
                let meaning = lexicon.roles.scan(tokens, in: 0..<phrase.start).map(\.payload).filter { $0 != .school && $0 != .everyone }
                guard !meaning.isEmpty else { continue }
                let words = forms(of: tokens[named.end - 1], in: block.text, lexicon: lexicon)
                definitions.append(Term(definition: Definition(term: named.payload, meaning: meaning, line: block.line), words: words,
                                        prefix: tokens[named.end - 1].prefix,
                                        isGeneralName: lexicon.wordLists.generalPartyNames.contains(tokens[named.end - 1])))
            }
        }
        return definitions
    }

    /// Whom "you" means, where the policy defines it: "Where it says
    /// \"you\", it means any member of staff".
    static func addressee(in blocks: [DefiningBlock], lexicon: Lexicon) -> [Role]? {
        let you = lexicon.wordLists.words.you
        for tokens in blocks.map(\.tokens) {
            for verb in lexicon.definitionVerbs.scan(tokens) where !verb.payload {
                guard tokens[max(0, verb.start - 5)..<verb.start].contains(where: { $0.is(you) }) else { continue }
                var end = verb.end
                while end < tokens.count, end < verb.end + 12, !tokens[end].is(lexicon.wordLists.words.comma), !tokens[end].is(lexicon.wordLists.words.period) { end += 1 }
                let roles = lexicon.roles.scan(tokens, in: verb.end..<end).map(\.payload).filter { $0 != .school }
                if !roles.isEmpty { return roles.canonical }
            }
        }
        return nil
    }

    private static let scopeGroup: UInt8 = 1, quoteGroup: UInt8 = 2
    private static let blockNeedles = Needles([(["appl", "cover", "is for"], scopeGroup), (["\"", "“", "”", "‘"], quoteGroup)])

    /// Lower-case strings looked for in a text's bytes, each in a group
    /// (a bit), with a table of the needles each byte opens, so that most
    /// positions are passed over with one load.
    struct Needles: Sendable {
        /// The needles' bytes end to end: needle i is `bytes[starts[i]..<starts[i + 1]]`.
        let bytes: [UInt8]
        let starts: [Int]
        let groups: [UInt8]
        /// For each byte, a bit for each needle it opens in either case (at
        /// most 64).
        let opens: [UInt64]
        /// A bit for each pair of bytes that opens some needle in either
        /// case (a one-byte needle with any byte after it), keyed by
        /// `first | second << 8`: common letters ("a", "c", "i") open
        /// needles, but the pairs that do ("ap", "co", "is") are rare.
        let pairs: [UInt64]
        /// Every group's bit.
        let all: UInt8

        init(_ groups: [(needles: [String], group: UInt8)]) {
            var bytes: [UInt8] = [], starts = [0], bits: [UInt8] = []
            var opens = [UInt64](repeating: 0, count: 256)
            var pairs = [UInt64](repeating: 0, count: 65536 / 64)
            // Both cases of a letter, so that a text's bytes are looked up
            // without folding them first.
            let cases = { (byte: UInt8) in byte &- 97 < 26 ? [byte, byte - 32] : [byte] }
            for (list, group) in groups {
                for needle in list where !needle.isEmpty {
                    let first = needle.utf8.first!
                    for byte in cases(first) { opens[Int(byte)] |= 1 << UInt64(bits.count) }
                    let seconds = needle.utf8.count > 1 ? cases(Array(needle.utf8)[1]) : Array(0...255)
                    for byte in cases(first) {
                        for second in seconds {
                            let key = Int(byte) | Int(second) << 8
                            pairs[key >> 6] |= 1 << UInt64(key & 63)
                        }
                    }
                    bytes += needle.utf8
                    starts.append(bytes.count)
                    bits.append(group)
                }
            }
            precondition(bits.count <= 64, "at most 64 needles")
            self.bytes = bytes
            self.starts = starts
            self.groups = bits
            self.opens = opens
            self.pairs = pairs
            self.all = bits.reduce(0, |)
        }

        /// One group of needles.
        init(_ needles: [String]) {
            self.init([(needles, 1)])
        }
    }

    /// Whether `text` holds one of `needles`, comparing bytes with ASCII
    /// letters folded to lower case.
    static func contains(_ text: String, anyOf needles: Needles) -> Bool {
        groups(in: text, of: needles) != 0
    }

    /// The groups of the needles `text` holds, comparing bytes with ASCII
    /// letters folded to lower case, in one pass that stops once every group
    /// is found. The tables of the pass are read through pointers: through
    /// the arrays, the benchmark's extraction loop cost 8 M instructions
    /// more in 1,163 M.
    static func groups(in text: String, of needles: Needles) -> UInt8 {
        var text = text
        return text.withUTF8 { text in
            needles.opens.withUnsafeBufferPointer { opens in
                needles.pairs.withUnsafeBufferPointer { pairs in
                    var found: UInt8 = 0
                    var index = 0
                    // Most bytes open no needle, and most of those that do
                    // are not followed by a needle's second byte: a load or
                    // two each, in a loop that keeps its few values in
                    // registers. The needles are compared in `groups(at:)`.
                    while index < text.count {
                        let candidates = opens[Int(text[index])]
                        if candidates != 0 {
                            let pair = Int(text[index]) | (index + 1 < text.count ? Int(text[index + 1]) : 0) << 8
                            if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                                found |= needles.groups(at: index, in: text, candidates: candidates, found: found)
                                if found == needles.all { return found }
                            }
                        }
                        index &+= 1
                    }
                    return found
                }
            }
        }
    }
}

extension DefinitionFinder.Needles {
    /// The groups of the needles among `candidates` that occur at `index`
    /// and are not in `found` yet.
    @inline(never)
    fileprivate func groups(at index: Int, in text: UnsafeBufferPointer<UInt8>, candidates: UInt64, found: UInt8) -> UInt8 {
        var candidates = candidates
        var found = found
        while candidates != 0 {
            let which = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            guard found & groups[which] == 0 else { continue }
            let start = starts[which], count = starts[which + 1] - start
            guard count <= text.count - index else { continue }
            var offset = 1
            while offset < count {
                var next = text[index + offset]
                if next &- 65 < 26 { next |= 0x20 }
                if next != bytes[start + offset] { break }
                offset += 1
            }
            guard offset == count else { continue }
            found |= groups[which]
        }
        return found
    }
}
