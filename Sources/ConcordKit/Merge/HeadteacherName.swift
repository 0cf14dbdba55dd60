/// Finds the headteacher's name where a document states it, to make it
/// `{{headteacher}}`: after "Headteacher:" or "Head teacher –"
/// ("Headteacher: Mrs J. Reed"), or before ", Headteacher" or
/// "(Headteacher)" ("Mrs Jane Reed, Headteacher"). A name is two to four
/// words that open with a capital letter.
enum HeadteacherName {
    static func find(in document: PolicyDocument) -> [String] {
        StatedNames.find(in: document, headings: false, find(in:))
    }

    static func find(in text: String) -> [String] {
        let words = text.utf8.split(whereSeparator: { $0 == 32 || $0 == 9 }).map { Array($0) }
        var names: [String] = []
        var index = 0
        while index < words.count {
            var end = index
            if core(words[index]) == "headteacher" {
                end = index + 1
            } else if core(words[index]) == "head", index + 1 < words.count, core(words[index + 1]) == "teacher" {
                end = index + 2
            } else {
                index += 1
                continue
            }
            let last = words[end - 1]
            var after = end
            if after < words.count, words[after] == [0xE2, 0x80, 0x93] || words[after] == [UInt8(ascii: "-")] || words[after] == [UInt8(ascii: ":")] {
                after += 1
            }
            if last.last == UInt8(ascii: ":") || after > end {
                var name: [[UInt8]] = []
                var cursor = after
                while cursor < words.count, name.count < 4, isNameWord(words[cursor]) {
                    name.append(words[cursor])
                    if words[cursor].last == UInt8(ascii: ",") { break }
                    cursor += 1
                }
                if let found = joined(name) { names.append(found) }
            }
            let opensBracket = words[index].first == UInt8(ascii: "(")
            if index > 0, words[index - 1].last == UInt8(ascii: ",") || opensBracket {
                var name: [[UInt8]] = []
                var cursor = index - 1
                while cursor >= 0, name.count < 4, isNameWord(words[cursor]) {
                    name.insert(words[cursor], at: 0)
                    cursor -= 1
                }
                if let found = joined(name) { names.append(found) }
            }
            index = end
        }
        return names
    }

    /// Letters only, lower-cased: "Headteacher:" → "headteacher".
    private static func core(_ word: [UInt8]) -> String {
        String(decoding: word.compactMap { byte -> UInt8? in
            if byte >= 65 && byte <= 90 { return byte + 32 }
            return byte >= 97 && byte <= 122 ? byte : nil
        }, as: UTF8.self)
    }

    private static func isNameWord(_ word: [UInt8]) -> Bool {
        guard let first = word.first, first >= 65, first <= 90 else { return false }
        return !["the", "our", "a", "an", "headteacher", "head", "school", "chair"].contains(core(word))
    }

    /// The words joined by a space, trailing punctuation off; nil for fewer
    /// than two.
    private static func joined(_ words: [[UInt8]]) -> String? {
        guard words.count >= 2 else { return nil }
        var bytes = Array(words.joined(separator: [32]))
        while let last = bytes.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: ")") || last == UInt8(ascii: ";") {
            bytes.removeLast()
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
