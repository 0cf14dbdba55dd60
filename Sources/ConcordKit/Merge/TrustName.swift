/// Finds the names of trusts a document states, to make them `{{trust}}`:
/// capitalised words ending in "Trust" ("Wyvern Oak Learning Trust"), two
/// to six of them, the first not an article.
enum TrustName {
    static func find(in document: PolicyDocument) -> [String] {
        StatedNames.find(in: document, headings: true, find(in:))
    }

    static func find(in text: String) -> [String] {
        let words = text.utf8.split(whereSeparator: { $0 == 32 || $0 == 9 }).map { Array($0) }
        var names: [String] = []
        for (index, word) in words.enumerated() where letters(word) == "Trust" {
            var start = index
            while start > 0, index - start < 5, isCapitalised(words[start - 1]), !isArticle(words[start - 1]) { start -= 1 }
            guard start < index else { continue }
            var last = word
            while let byte = last.last, !(byte >= 65 && byte <= 90) && !(byte >= 97 && byte <= 122) { last.removeLast() }
            let name = Array((words[start..<index] + [last]).joined(separator: [32]))
            names.append(String(decoding: name, as: UTF8.self))
        }
        return names
    }

    private static func letters(_ word: [UInt8]) -> String {
        String(decoding: word.filter { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }, as: UTF8.self)
    }

    /// A capital first and letters only ("Oak", not "trust's" or "(Oak").
    private static func isCapitalised(_ word: [UInt8]) -> Bool {
        guard let first = word.first, first >= 65, first <= 90 else { return false }
        return word.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }
    }

    private static func isArticle(_ word: [UInt8]) -> Bool {
        ["The", "A", "An", "Our", "This", "Each", "Every", "Any"].contains(String(decoding: word, as: UTF8.self))
    }
}
