/// Reads a document's title lines: where a line splits into parts, and
/// what each part names (a school, a trust, a kind of document).
enum TitleParts {
    enum Institution { case school, trust }

    /// Last words of a school's name; "Friends of …" names one too.
    private static let schoolWords: Set<String> = ["school", "academy", "college", "nursery", "pre-school", "preschool", "federation", "schools", "infants"]
    /// Last words of a body above schools.
    private static let trustWords: Set<String> = ["trust", "partnership", "council", "diocese", "authority", "services"]
    /// Words naming a kind of document.
    private static let documentWords: Set<String> = [
        "policy", "policies", "agreement", "guidance", "guidelines", "code", "charter", "leaflet", "guide", "faq",
        "faqs", "protocol", "procedure", "procedures", "handbook", "statement", "rules",
    ]
    /// Openings of a line that only describes the school.
    private static let taglines: [String] = ["a member of", "part of", "a ", "an ", "“", "\"", "‘", "'"]

    /// The parts of a title line: cut at tabs, gaps of three spaces, " | "
    /// and " · "; a detail ("Adopted by: Hill Top School") gives its value.
    static func split(_ block: OutlineBlock) -> [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        let bytes = Array(block.text.utf8)
        func cut() {
            let part = trimmedRight(trimmedLeft(String(decoding: current, as: UTF8.self)))
            if !part.isEmpty { parts.append(part) }
            current.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 9 { cut(); index += 1; continue }
            if byte == 32, index + 2 < bytes.count {
                if bytes[index + 1] == 32, bytes[index + 2] == 32 {
                    cut()
                    while index < bytes.count, bytes[index] == 32 { index += 1 }
                    continue
                }
                if bytes[index + 1] == UInt8(ascii: "|"), bytes[index + 2] == 32 { cut(); index += 3; continue }
                if bytes[index + 1] == 0xC2, index + 3 < bytes.count, bytes[index + 2] == 0xB7, bytes[index + 3] == 32 { cut(); index += 4; continue }
            }
            current.append(byte)
            index += 1
        }
        cut()
        guard block.kind == .note || isTableRow(block) else { return parts }
        // A detail's value: what follows its name and colon.
        return parts.compactMap { part in
            guard let colon = part.firstIndex(of: ":") else { return part }
            let value = trimmedLeft(String(part[part.index(after: colon)...]))
            return value.isEmpty ? nil : value
        }
    }

    private static func isTableRow(_ block: OutlineBlock) -> Bool {
        if case .tableRow = block.kind { return true } else { return false }
    }

    /// What a part names, from its last word (a trailing acronym in
    /// brackets, "(FOMPS)", aside): nil for neither. At most ten words,
    /// not naming a document, not a sentence, not a tagline.
    static func institution(_ part: String) -> Institution? {
        let words = lowerWords(withoutAcronym(part))
        guard let last = words.last, words.count <= 10, !isTagline(part), !namesDocument(part),
              part.utf8.last != UInt8(ascii: "."), let first = part.utf8.first, first < 97 || first > 122 else { return nil }
        // A name: its first and last words open with a capital ("Phones at
        // school" names none).
        let named = withoutAcronym(part).split(separator: " ")
        guard let lastWord = named.last?.first, lastWord.isUppercase else { return nil }
        if words.count >= 3, words[0] == "friends", words[1] == "of" { return .school }
        if schoolWords.contains(last) { return .school }
        if words.contains(where: trustWords.contains) { return .trust }
        return nil
    }

    /// Whether the part names a kind of document and says more than its
    /// number ("Policy 4.7" does not).
    static func namesDocument(_ part: String) -> Bool {
        let words = lowerWords(part)
        guard words.contains(where: documentWords.contains) else { return false }
        return words.contains { !documentWords.contains($0) && $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
    }

    /// "Policy 4.7": a kind of document and a number, nothing more.
    static func namesDocumentNumber(_ part: String) -> Bool {
        let words = lowerWords(part)
        return words.contains(where: documentWords.contains) && !namesDocument(part)
    }

    /// "The Old Scout Hut, Mill Lane, Hazelby" (three pieces or more
    /// between commas, each opening with a capital or a digit) or "Tel:
    /// 01632 960551" (five digits or more).
    static func isAddress(_ part: String) -> Bool {
        if part.utf8.reduce(0, { $0 + ($1 >= 48 && $1 <= 57 ? 1 : 0) }) >= 5 { return true }
        let pieces = part.split(separator: ",").map { trimmedLeft(String($0)) }
        return pieces.count >= 3 && wordCount(part) <= 12
            && pieces.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

    static func isTagline(_ part: String) -> Bool {
        let lower = part.lowercased()
        return taglines.contains { lower.hasPrefix($0) }
    }

    /// The part without a bracketed acronym at its end: "Friends of Hill
    /// Top School (FOHTS)" is "Friends of Hill Top School".
    static func withoutAcronym(_ part: String) -> String {
        guard part.hasSuffix(")"), let open = part.lastIndex(of: "("), open > part.startIndex else { return part }
        let inside = part[part.index(after: open)..<part.index(before: part.endIndex)]
        guard !inside.isEmpty, inside.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 38 }) else { return part }
        return trimmedRight(String(part[..<open]))
    }

    /// Lower-cased words, the punctuation around each trimmed.
    static func lowerWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word in
            String(word.drop(while: { !$0.isLetter && !$0.isNumber }).reversed().drop(while: { !$0.isLetter && !$0.isNumber }).reversed())
        }.filter { !$0.isEmpty }
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 32 || byte == 9 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
