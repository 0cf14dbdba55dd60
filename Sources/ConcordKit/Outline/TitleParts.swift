/// Reads a document's title lines: where a line splits into parts, and
/// what each part names (a school, a trust, a kind of document). Parts are
/// cut and read as bytes; only the parts themselves become strings.
enum TitleParts {
    enum Institution { case school, trust }

    /// Last words of a school's name; "Friends of …" names one too.
    private static let schoolWords = ShortWord.list(["school", "academy", "college", "nursery", "pre-school", "preschool", "federation", "schools", "infants"])
    /// Words of a body above schools.
    private static let trustWords = ShortWord.list(["trust", "partnership", "council", "diocese", "authority", "services"])
    /// Words naming a kind of document.
    private static let documentWords = ShortWord.list([
        "policy", "policies", "agreement", "guidance", "guidelines", "code", "charter", "leaflet", "guide", "faq",
        "faqs", "protocol", "procedure", "procedures", "handbook", "statement", "rules",
    ])
    /// Openings of a line that only describes the school.
    private static let taglines: [[UInt8]] = ["a member of", "part of", "a ", "an ", "“", "\"", "‘", "'"].map { Array($0.utf8) }
    private static let friendsOf = Array("friends of ".utf8)

    /// The parts of a title line: cut at tabs, gaps of three spaces, " | "
    /// and " · ", each trimmed of blanks; a detail ("Adopted by: Hill Top
    /// School") gives its value.
    static func split(_ block: OutlineBlock) -> [String] {
        let isDetail = block.kind == .note || isTableRow(block)
        var text = block.text
        return text.withUTF8 { bytes in
            var parts: [String] = []
            var start = 0
            func cut(_ end: Int) {
                var from = start, to = end
                while from < to {
                    if bytes[from] == 32 || bytes[from] == 9 { from += 1; continue }
                    if bytes[from] == 0xC2, from + 1 < to, bytes[from + 1] == 0xA0 { from += 2; continue }
                    break
                }
                while to > from {
                    let byte = bytes[to - 1]
                    if byte == 32 || byte == 9 || byte == 11 || byte == 12 { to -= 1; continue }
                    if byte == 0xA0, to - 2 >= from, bytes[to - 2] == 0xC2 { to -= 2; continue }
                    break
                }
                guard from < to else { return }
                let part = UnsafeBufferPointer(rebasing: bytes[from..<to])
                if !isDetail {
                    parts.append(String(decoding: part, as: UTF8.self))
                } else if let value = detailValue(part) {
                    parts.append(value)
                }
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 9 { cut(index); index += 1; start = index; continue }
                if byte == 32, index + 2 < bytes.count {
                    if bytes[index + 1] == 32, bytes[index + 2] == 32 {
                        cut(index)
                        while index < bytes.count, bytes[index] == 32 { index += 1 }
                        start = index
                        continue
                    }
                    if bytes[index + 1] == UInt8(ascii: "|"), bytes[index + 2] == 32 { cut(index); index += 3; start = index; continue }
                    if bytes[index + 1] == 0xC2, index + 3 < bytes.count, bytes[index + 2] == 0xB7, bytes[index + 3] == 32 {
                        cut(index)
                        index += 4
                        start = index
                        continue
                    }
                }
                index += 1
            }
            cut(bytes.count)
            return parts
        }
    }

    /// A detail's value: what follows the first ":" of `part`, trimmed on
    /// the left; the whole part when it has no ":"; nil when nothing
    /// follows it. A ":" between two ASCII bytes is a character of its
    /// own; next to any other byte, `Character`s decide.
    private static func detailValue(_ part: UnsafeBufferPointer<UInt8>) -> String? {
        guard let colon = part.firstIndex(of: UInt8(ascii: ":")) else { return String(decoding: part, as: UTF8.self) }
        guard (colon == 0 || part[colon - 1] < 0x80) && (colon + 1 == part.count || part[colon + 1] < 0x80) else {
            let text = String(decoding: part, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { return text }
            let value = trimmedLeft(String(text[text.index(after: colon)...]))
            return value.isEmpty ? nil : value
        }
        var from = colon + 1
        while from < part.count {
            if part[from] == 32 || part[from] == 9 { from += 1; continue }
            if part[from] == 0xC2, from + 1 < part.count, part[from + 1] == 0xA0 { from += 2; continue }
            break
        }
        return from < part.count ? String(decoding: UnsafeBufferPointer(rebasing: part[from...]), as: UTF8.self) : nil
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
            var part = part
            (institution, namesDocument, isNoTitle) = part.withUTF8 { bytes in
                if let length = nameLength(bytes) {
                    return Self.read(bytes, name: UnsafeBufferPointer(rebasing: bytes[..<length]))
                }
                // A character beyond ASCII before the "(": the string decides.
                var name = withoutAcronym(String(decoding: bytes, as: UTF8.self))
                return name.withUTF8 { Self.read(bytes, name: $0) }
            }
        }

        /// The facts of `part`, whose `name` is the part without its
        /// acronym.
        private static func read(_ part: UnsafeBufferPointer<UInt8>, name: UnsafeBufferPointer<UInt8>)
            -> (institution: Institution?, namesDocument: Bool, isNoTitle: Bool) {
            let words = wordRanges(name)
            let keys = words.map { ShortWord(name[$0], folding: true) }
            func isAny(_ key: ShortWord?, _ list: [ShortWord]) -> Bool { key.map(list.contains) ?? false }
            let documentWordCount = keys.reduce(0) { $0 + (isAny($1, documentWords) ? 1 : 0) }
            // A kind of document and more than its number.
            let namesDocument = documentWordCount > 0 && words.indices.contains { index in
                !isAny(keys[index], documentWords) && name[words[index]].contains { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
            }
            let tagline = isTagline(part)
            let isNoTitle = tagline || isAddress(part) || (documentWordCount > 0 && !namesDocument)
            // A name: at most ten words, no sentence, its first and last
            // words capitalised ("Phones at school" names none), ending in
            // a school's word or holding a trust's.
            guard let last = words.last, words.count <= 10, !tagline, !namesDocument, name.last != UInt8(ascii: "."),
                  let first = name.first, first < 97 || first > 122, name[last.lowerBound] >= 65, name[last.lowerBound] <= 90 else {
                return (nil, namesDocument, isNoTitle)
            }
            if (name.count > friendsOf.count && zip(friendsOf, name).allSatisfy({ $0 == lower($1) })) || isAny(keys[keys.count - 1], schoolWords) {
                return (.school, namesDocument, isNoTitle)
            }
            return (keys.contains { isAny($0, trustWords) } ? .trust : nil, namesDocument, isNoTitle)
        }
    }

    private static func isTagline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        taglines.contains { tagline in bytes.count >= tagline.count && zip(tagline, bytes).allSatisfy { $0 == lower($1) } }
    }

    /// "The Old Scout Hut, Mill Lane, Hazelby" (three pieces or more
    /// between commas, each opening with a capital or a digit) or "Tel:
    /// 01632 960551" (five digits or more).
    private static func isAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.reduce(0, { $0 + ($1 >= 48 && $1 <= 57 ? 1 : 0) }) >= 5 { return true }
        guard bytes.reduce(0, { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }) >= 2 else { return false }
        let part = String(decoding: bytes, as: UTF8.self)
        let pieces = part.split(separator: ",").map { trimmedLeft(String($0)) }
        return pieces.count >= 3 && wordCount(part) <= 12
            && pieces.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

    /// The part without a bracketed acronym at its end: "Friends of Hill
    /// Top School (FOHTS)" is "Friends of Hill Top School".
    static func withoutAcronym(_ part: String) -> String {
        var copy = part
        if let name = copy.withUTF8({ bytes in
            nameLength(bytes).map { $0 == bytes.count ? part : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self) }
        }) {
            return name
        }
        guard part.hasSuffix(")"), let open = part.lastIndex(of: "("), open > part.startIndex else { return part }
        let inside = part[part.index(after: open)..<part.index(before: part.endIndex)]
        guard !inside.isEmpty, inside.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 38 }) else { return part }
        return trimmedRight(String(part[..<open]))
    }

    /// The length in bytes of the part without its bracketed acronym
    /// (capitals and "&" between "(" and a final ")") and the blanks
    /// before it: all of it when it has none. Nil when a character beyond
    /// ASCII stands before the "(", where only `Character`s can tell.
    private static func nameLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let last = bytes.last, last == UInt8(ascii: ")"),
              let open = bytes[..<(bytes.count - 1)].lastIndex(of: UInt8(ascii: "(")), open > 0 else { return bytes.count }
        let inside = bytes[(open + 1)..<(bytes.count - 1)]
        guard !inside.isEmpty, inside.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 38 }) else { return bytes.count }
        guard bytes[open - 1] < 0x80 else { return nil }
        var end = open
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 32 || byte == 9 || byte == 11 || byte == 12 { end -= 1; continue }
            if byte == 0xA0, end >= 2, bytes[end - 2] == 0xC2 { end -= 2; continue }
            break
        }
        return end
    }

    /// The ranges of the words of `bytes`, the punctuation around each
    /// trimmed (letters beyond ASCII are kept as they are).
    static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
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
