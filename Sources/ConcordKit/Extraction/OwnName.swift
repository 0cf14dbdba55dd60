/// The name a school calls itself by in its own text: "Fernley Green" for
/// "Fernley Green Primary School", "Kestrel Rise" for "Kestrel Rise Primary
/// Academy". "Fernley Green will:" binds the school as "The school will:"
/// does.
struct OwnName: Sendable {
    /// The name's words, lower-cased, as bytes.
    let words: [[UInt8]]

    /// The distinctive words of the school's name: its capitalised words
    /// before the first word that says what kind of institution it is.
    init?(school: String) {
        var words: [[UInt8]] = []
        for word in school.utf8.split(whereSeparator: { $0 == 32 || $0 == 9 }) {
            let lower = word.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
            if OwnName.kindWords.contains(lower) || !(word.first.map { $0 >= 65 && $0 <= 90 } ?? false) { break }
            words.append(lower)
        }
        guard !words.isEmpty, words.count <= 4, words.allSatisfy({ $0.count >= 2 && $0.allSatisfy(Self.isLetter) }) else { return nil }
        self.words = words
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "'") || byte >= 0x80
    }

    /// Words that end a school's own name: what kind of institution it is.
    static let kindWords: Set<[UInt8]> = Set(["school", "primary", "academy", "infant", "infants", "junior", "juniors", "nursery", "high",
                                              "secondary", "federation", "trust", "college", "sixth", "ce", "c", "church", "pre-school",
                                              "preschool", "learning", "multi", "mat", "community", "catholic", "rc", "methodist", "village",
                                              "the", "and", "of", "club", "prep", "preparatory", "house", "special", "upper", "lower", "middle"]
        .map { Array($0.utf8) })

    /// The own name of the school the outline names, else of the first
    /// heading near the top that ends in a kind of institution.
    static func find(in outline: Outline) -> OwnName? {
        if let school = outline.school, let name = OwnName(school: school) { return name }
        for block in outline.blocks.prefix(8) where block.kind == .heading {
            let last = block.text.utf8.split(separator: 32).last.map { $0.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } } ?? []
            if ["school", "academy", "federation", "college", "nursery", "pre-school", "preschool"].contains(where: { Array($0.utf8) == last }),
               let name = OwnName(school: block.text) {
                return name
            }
        }
        return nil
    }

    /// Token ranges of `tokens` where the name stands, comparing the
    /// capitalised words' bytes in `text`.
    func ranges(in tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index + words.count <= tokens.count {
            if tokens[index].isCapitalized, (0..<words.count).allSatisfy({ matches(tokens[index + $0], words[$0], text) }) {
                result.append(index..<(index + words.count))
                index += words.count
            } else {
                index += 1
            }
        }
        return result
    }

    private func matches(_ token: Token, _ word: [UInt8], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.end - token.start == word.count, token.end <= text.count else { return false }
        for offset in 0..<word.count {
            var byte = text[token.start + offset]
            if byte >= 65 && byte <= 90 { byte |= 0x20 }
            if byte != word[offset] { return false }
        }
        return true
    }

    /// Whether `text` names the school by its own name.
    func isNamed(in text: String, lexicon: Lexicon) -> Bool {
        var text = text
        let tokens = lexicon.tokenize(text)
        return text.withUTF8 { !ranges(in: tokens, text: $0).isEmpty }
    }
}
