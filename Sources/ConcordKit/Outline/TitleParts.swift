/// Reads a document's title lines: where a line splits into parts, and
/// what each part names (a school, a trust, a kind of document).
enum TitleParts {
    enum Institution { case school, trust }

    /// Last words of a school's name; "Friends of …" names one too.
    private static let schoolWords = bytes(["school", "academy", "college", "nursery", "pre-school", "preschool", "federation", "schools", "infants"])
    /// Words of a body above schools.
    private static let trustWords = bytes(["trust", "partnership", "council", "diocese", "authority", "services"])
    /// Words naming a kind of document.
    private static let documentWords = bytes([
        "policy", "policies", "agreement", "guidance", "guidelines", "code", "charter", "leaflet", "guide", "faq",
        "faqs", "protocol", "procedure", "procedures", "handbook", "statement", "rules",
    ])
    /// Openings of a line that only describes the school.
    private static let taglines = bytes(["a member of", "part of", "a ", "an ", "“", "\"", "‘", "'"])
    private static let friendsOf = Array("friends of ".utf8)

    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

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

    /// What a title part says of itself, its words read once as bytes.
    struct Facts {
        var text: String
        var institution: Institution?
        var namesDocument: Bool
        /// A document's number ("Policy 4.7"), a tagline or an address:
        /// never a title.
        var isNoTitle: Bool

        init(_ part: String) {
            text = part
            let name = Array(withoutAcronym(part).utf8)
            let words = wordRanges(name)
            func isAny(_ word: Range<Int>, _ list: [[UInt8]]) -> Bool {
                list.contains { $0.count == word.count && zip($0, name[word]).allSatisfy { $0 == lower($1) } }
            }
            let documentWordCount = words.reduce(0) { $0 + (isAny($1, documentWords) ? 1 : 0) }
            // A kind of document and more than its number.
            namesDocument = documentWordCount > 0 && words.contains { word in
                !isAny(word, documentWords) && name[word].contains { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
            }
            let tagline = isTagline(part)
            isNoTitle = tagline || isAddress(part) || (documentWordCount > 0 && !namesDocument)
            // A name: at most ten words, no sentence, its first and last
            // words capitalised ("Phones at school" names none), ending in
            // a school's word or holding a trust's.
            institution = nil
            guard let last = words.last, words.count <= 10, !tagline, !namesDocument, name.last != UInt8(ascii: "."),
                  let first = name.first, first < 97 || first > 122, name[last.lowerBound] >= 65, name[last.lowerBound] <= 90 else { return }
            if (name.count > friendsOf.count && zip(friendsOf, name).allSatisfy({ $0 == lower($1) })) || isAny(last, schoolWords) {
                institution = .school
            } else if words.contains(where: { isAny($0, trustWords) }) {
                institution = .trust
            }
        }
    }

    static func isTagline(_ part: String) -> Bool {
        let bytes = part.utf8
        return taglines.contains { tagline in bytes.count >= tagline.count && zip(tagline, bytes).allSatisfy { $0 == lower($1) } }
    }

    /// "The Old Scout Hut, Mill Lane, Hazelby" (three pieces or more
    /// between commas, each opening with a capital or a digit) or "Tel:
    /// 01632 960551" (five digits or more).
    static func isAddress(_ part: String) -> Bool {
        if part.utf8.reduce(0, { $0 + ($1 >= 48 && $1 <= 57 ? 1 : 0) }) >= 5 { return true }
        guard part.utf8.reduce(0, { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }) >= 2 else { return false }
        let pieces = part.split(separator: ",").map { trimmedLeft(String($0)) }
        return pieces.count >= 3 && wordCount(part) <= 12
            && pieces.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

    /// The part without a bracketed acronym at its end: "Friends of Hill
    /// Top School (FOHTS)" is "Friends of Hill Top School".
    static func withoutAcronym(_ part: String) -> String {
        guard part.hasSuffix(")"), let open = part.lastIndex(of: "("), open > part.startIndex else { return part }
        let inside = part[part.index(after: open)..<part.index(before: part.endIndex)]
        guard !inside.isEmpty, inside.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 38 }) else { return part }
        return trimmedRight(String(part[..<open]))
    }

    /// The ranges of the words of `bytes`, the punctuation around each
    /// trimmed (letters beyond ASCII are kept as they are).
    static func wordRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
            var end = index
            while end < bytes.count, bytes[end] != 32, bytes[end] != 9 { end += 1 }
            var from = index, to = end
            while from < to, !isWordByte(bytes[from]) { from += 1 }
            while to > from, !isWordByte(bytes[to - 1]) { to -= 1 }
            if from < to { words.append(from..<to) }
            index = end
        }
        return words
    }

    /// A letter, a digit or a byte of a character beyond ASCII.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 32 || byte == 9 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
