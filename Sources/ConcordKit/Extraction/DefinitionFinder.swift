/// Finds defined terms: a quoted role ("staff", "everyone") followed by
/// "read to include", "includes", "refers to" or "means" and a list of roles.
/// "Include" adds to the term; "refers to" and "means" replace it.
enum DefinitionFinder {
    /// The parties of the first sentence saying whom the policy applies to.
    static func policyScope(in outline: Outline, lexicon: Lexicon) -> [Role] {
        for block in outline.blocks where block.kind == .paragraph || block.isListItem {
            // Tokenize only blocks that could say it ("applies", "covers",
            // "is for"): this pass runs before extraction, over every block.
            guard ["appl", "cover", "is for"].contains(where: { contains(block.text, $0) }) else { continue }
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
            // A definition quotes its term: " or a curly double quote.
            guard contains(block.text, "\"") || contains(block.text, "“") || contains(block.text, "”") else { continue }
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

    /// Whether `text` holds `needle`, comparing UTF-8 bytes with ASCII letters
    /// folded to lower case (`needle` is lower case).
    static func contains(_ text: String, _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        guard let first = needle.first else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            while index <= bytes.count - needle.count {
                var byte = bytes[index]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte == first {
                    var offset = 1
                    while offset < needle.count {
                        var next = bytes[index + offset]
                        if next >= 65 && next <= 90 { next += 32 }
                        if next != needle[offset] { break }
                        offset += 1
                    }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }
}
