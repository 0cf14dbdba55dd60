/// Finds defined terms: a quoted role ("staff", "everyone") followed by
/// "read to include", "includes", "refers to" or "means" and a list of roles.
/// "Include" adds to the term; "refers to" and "means" replace it.
enum DefinitionFinder {
    /// The parties of the first sentence saying whom the policy applies to.
    static func policyScope(in outline: Outline, lexicon: Lexicon) -> [Role] {
        for block in outline.blocks where block.kind == .paragraph || block.isListItem {
            let tokens = lexicon.tokenize(block.text)
            guard let phrase = lexicon.scopePhrases.scan(tokens).first else { continue }
            var end = phrase.end
            while end < tokens.count, tokens[end].text != "." { end += 1 }
            let roles = lexicon.roles.scan(tokens, in: phrase.end..<end).map(\.payload).filter { $0 != .school && $0 != .everyone }
            if !roles.isEmpty { return roles.canonical }
        }
        return []
    }

    static func find(in outline: Outline, lexicon: Lexicon) -> [Definition] {
        var definitions: [Definition] = []
        for block in outline.blocks where block.kind == .paragraph || block.isListItem {
            // A definition quotes its term: " or a curly quote (E2 80 9C/9D).
            guard block.text.utf8.contains(where: { $0 == 0x22 || $0 == 0xE2 }) else { continue }
            let tokens = lexicon.tokenize(block.text)
            for verb in lexicon.definitionVerbs.scan(tokens) {
                let before = lexicon.roles.scan(tokens, in: max(0, verb.start - 8)..<verb.start)
                guard let term = before.last?.payload else { continue }
                var end = verb.end
                while end < tokens.count, end < verb.end + 20, tokens[end].text != "." { end += 1 }
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
}
