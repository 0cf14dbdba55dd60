/// Random edits of a policy's text, for diff tests: words inserted,
/// deleted and replaced, a paragraph moved, lines re-wrapped.
enum RandomEdits {
    static let vocabulary = ["staff", "must", "not", "pupils", "parents", "should", "social", "media", "school",
                             "the", "governors", "phone", "online", "never", "may", "always", "accounts"]

    static func apply<G: RandomNumberGenerator>(to text: String, using generator: inout G) -> String {
        var paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        guard !paragraphs.isEmpty else { return text }
        for _ in 0..<Int.random(in: 2...6, using: &generator) {
            let index = Int.random(in: 0..<paragraphs.count, using: &generator)
            var lines = paragraphs[index].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard !lines.isEmpty else { continue }
            let lineIndex = Int.random(in: 0..<lines.count, using: &generator)
            var words = lines[lineIndex].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let word = vocabulary.randomElement(using: &generator)!
            let at = Int.random(in: 0...words.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: words.insert(word, at: at)
            case 1: if at < words.count, words.count > 1 { words.remove(at: at) }
            default: if at < words.count, !words[at].isEmpty { words[at] = word }
            }
            lines[lineIndex] = words.joined(separator: " ")
            paragraphs[index] = lines.joined(separator: "\n")
        }
        // A paragraph moved.
        if paragraphs.count > 3, Bool.random(using: &generator) {
            let from = Int.random(in: 1..<paragraphs.count, using: &generator)
            let moved = paragraphs.remove(at: from)
            paragraphs.insert(moved, at: Int.random(in: 1..<paragraphs.count, using: &generator))
        }
        // A paragraph of prose re-wrapped: its lines joined into one.
        if let index = paragraphs.indices.filter({ paragraphs[$0].contains("\n") && !paragraphs[$0].contains("|") }).randomElement(using: &generator) {
            let lines = paragraphs[index].split(separator: "\n")
            if lines.allSatisfy({ $0.first.map { $0.isLetter && $0.isLowercase } ?? false || $0 == lines[0] }) {
                paragraphs[index] = lines.joined(separator: " ")
            }
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
