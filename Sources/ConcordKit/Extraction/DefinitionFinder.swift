/// Finds defined terms: a quoted role ("staff", "everyone") followed by
/// "read to include", "includes", "refers to" or "means" and a list of roles.
/// "Include" adds to the term; "refers to" and "means" replace it.
enum DefinitionFinder {
    /// The parties of the first sentence saying whom the policy applies to.
    static func policyScope(in outline: Outline, lexicon: Lexicon) -> [Role] {
        for block in outline.blocks where block.kind == .paragraph || block.isListItem {
            // Tokenize only blocks that could say it ("applies", "covers",
            // "is for"): this pass runs before extraction, over every block.
            guard contains(block.text, anyOf: scopeCues) else { continue }
            let tokens = lexicon.tokenize(block.text)
            guard let phrase = lexicon.scopePhrases.scan(tokens).first else { continue }
            var end = phrase.end
            while end < tokens.count, !tokens[end].is(lexicon.wordLists.words.period) { end += 1 }
            let roles = lexicon.roles.scan(tokens, in: phrase.end..<end).map(\.payload).filter { $0 != .school && $0 != .everyone }
            if !roles.isEmpty { return roles.canonical }
        }
        return []
    }

    static func find(in outline: Outline, lexicon: Lexicon) -> [Definition] {
        var definitions: [Definition] = []
        for block in outline.blocks where block.kind == .paragraph || block.isListItem {
            // A definition quotes its term: " or a curly double quote.
            guard contains(block.text, anyOf: quotes) else { continue }
            let tokens = lexicon.tokenize(block.text)
            for verb in lexicon.definitionVerbs.scan(tokens) {
                let before = lexicon.roles.scan(tokens, in: max(0, verb.start - 8)..<verb.start)
                guard let term = before.last?.payload else { continue }
                var end = verb.end
                while end < tokens.count, end < verb.end + 20, !tokens[end].is(lexicon.wordLists.words.period) { end += 1 }
                let after = lexicon.roles.scan(tokens, in: verb.end..<end).map(\.payload).filter { $0 != .school }
                guard !after.isEmpty else { continue }
                let meaning = verb.payload ? [term] + after : after
                if !definitions.contains(where: { $0.term == term }) {
                    definitions.append(Definition(term: term, meaning: meaning, line: block.line))
                }
            }
        }
        return definitions
    }

    private static let scopeCues = Needles(["appl", "cover", "is for"])
    private static let quotes = Needles(["\"", "“", "”"])

    /// Lower-case strings looked for in a text's bytes, with the bytes they
    /// open with, so that most positions are passed over with one load.
    struct Needles: Sendable {
        let needles: [[UInt8]]
        let opens: [Bool]

        init(_ needles: [String]) {
            self.needles = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
            var opens = [Bool](repeating: false, count: 256)
            for needle in self.needles { opens[Int(needle[0])] = true }
            self.opens = opens
        }
    }

    /// Whether `text` holds one of `needles`, comparing bytes with ASCII
    /// letters folded to lower case, in one pass.
    static func contains(_ text: String, anyOf needles: Needles) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                var byte = bytes[index]
                if byte >= 65 && byte <= 90 { byte += 32 }
                guard needles.opens[Int(byte)] else { continue }
                for needle in needles.needles where needle.count <= bytes.count - index {
                    var offset = 0
                    while offset < needle.count {
                        var next = bytes[index + offset]
                        if next >= 65 && next <= 90 { next += 32 }
                        if next != needle[offset] { break }
                        offset += 1
                    }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }
}
