/// Gives a name or title written in capitals in title case ("BRACKWATER
/// ACADEMY" is "Brackwater Academy", "E-SAFETY POLICY FOR STUDENTS" is
/// "E-Safety Policy for Students"), so that two revisions of one school's
/// policy name it alike. Short words that are no English word ("CE",
/// "ICT") stay capitals; text with any lower-case letter is left as it is.
enum TitleCase {
    private static let smallWords: Set<String> = ["of", "and", "the", "for", "in", "on", "at", "to", "with", "a", "an", "or", "by"]
    /// Words of three letters or fewer a title may hold; any other is an
    /// acronym and keeps its capitals.
    private static let shortWords: Set<String> = [
        "a", "i", "of", "in", "on", "at", "to", "an", "by", "or", "up", "us", "we", "my", "no", "go", "do", "be", "so",
        "is", "it", "as", "if", "and", "the", "for", "use", "new", "old", "key", "age", "our", "all", "day", "way",
        "one", "two", "six", "ten", "art", "law", "oak", "elm", "ash", "yew", "bay", "end", "top", "low", "far",
        "red", "you", "how", "why", "who", "off", "out", "not", "are", "its", "own", "via", "per", "met", "sea",
    ]

    static func named(_ text: String) -> String {
        guard !text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return text }
        var words: [String] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            words.append(titleWord(String(word), first: index == 0))
        }
        return words.joined(separator: " ")
    }

    private static func titleWord(_ word: String, first: Bool) -> String {
        let lower = word.lowercased()
        if !first, smallWords.contains(lower) { return lower }
        let letters = word.filter(\.isLetter).lowercased()
        // "CE", "ICT", "KS2", "PTA": a short word that is no English word.
        if !letters.isEmpty, letters.count <= 3, !shortWords.contains(letters) { return word }
        // Each part of a hyphenated word opens with a capital ("E-Safety").
        return lower.split(separator: "-", omittingEmptySubsequences: false).map { part in
            guard let firstLetter = part.firstIndex(where: \.isLetter) else { return String(part) }
            return part[..<firstLetter] + part[firstLetter].uppercased() + part[part.index(after: firstLetter)...]
        }.joined(separator: "-")
    }
}
