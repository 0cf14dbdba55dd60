/// Gives a name or title written in capitals in title case ("BRACKWATER
/// ACADEMY" is "Brackwater Academy", "E-SAFETY POLICY FOR STUDENTS" is
/// "E-Safety Policy for Students"), so that two revisions of one school's
/// policy name it alike. Short words that are no English word ("CE",
/// "ICT") stay capitals; text with any lower-case letter is left as it is.
///
/// ASCII text, most titles, is read as bytes; text beyond ASCII by
/// `Character`s, whose cases only the standard library knows.
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
    private static let smallWordKeys = smallWords.map(ShortWord.init)
    private static let shortWordKeys = shortWords.map(ShortWord.init)

    static func named(_ text: String) -> String {
        // An ASCII letter in lower case: not written in capitals.
        if text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }) { return text }
        var copy = text
        if let titled = copy.withUTF8({ ByteSearch.isASCII($0) ? titled($0) : nil }) { return titled }
        guard !text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return text }
        var words: [String] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            words.append(titleWord(String(word), first: index == 0))
        }
        return words.joined(separator: " ")
    }

    /// ASCII capitals in title case: the words between single spaces, as
    /// `titleWord` gives them.
    private static func titled(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 32 { end += 1 }
            if start > 0 { out.append(32) }
            appendTitleWord(UnsafeBufferPointer(rebasing: bytes[start..<end]), first: start == 0, to: &out)
            start = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendTitleWord(_ word: UnsafeBufferPointer<UInt8>, first: Bool, to out: inout [UInt8]) {
        let start = out.count
        for byte in word { out.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        if !first, let key = ShortWord(word, folding: true), smallWordKeys.contains(key) { return }
        let letters = word.filter { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
        // "CE", "ICT", "KS2", "PTA": a short word that is no English word.
        if !letters.isEmpty, letters.count <= 3, let key = ShortWord(letters, folding: true), !shortWordKeys.contains(key) {
            out.replaceSubrange(start..., with: word)
            return
        }
        // Each part of a hyphenated word opens with a capital ("E-Safety").
        var opensPart = true
        for index in start..<out.count {
            if out[index] == UInt8(ascii: "-") { opensPart = true; continue }
            if opensPart, out[index] >= 97, out[index] <= 122 {
                out[index] -= 32
                opensPart = false
            }
        }
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
