/// Marks the details a document opens with as notes: the lines above its
/// first passage of text that give a field and its value ("Review:
/// Summer term 2025", a row of cells such as "Approved by	Board of
/// Trustees" or "| Lead | Mr O. Brannagh |"), or a date in a line that
/// is no title ("Agreed at the committee meeting on 14 May 2024 · Review:
/// May 2025"). They are the document's facts, not its rules. Its title
/// and the name of its school, headings, stay.
///
/// The opening ends at the first list item, numbered heading, passage of
/// prose (ten words or more ending with a full stop) or lead-in.
enum FrontMatter {
    static func mark(_ blocks: inout [OutlineBlock]) {
        for index in blocks.indices {
            let block = blocks[index]
            if isBody(block) { return }
            switch block.kind {
            case .tableRow(let cells):
                if cells.count >= 2, isFieldName(cells[0].utf8) || cells[0].utf8.last == UInt8(ascii: ":") { blocks[index].kind = .note }
            case .paragraph:
                if block.lineStarts.count == 1, isField(block.text) || (wordCount(block.text) <= 20 && namesYear(block.text)) {
                    blocks[index].kind = .note
                }
            case .heading:
                if isField(block.text) { blocks[index].kind = .note }
            default:
                break
            }
        }
    }

    private static func isBody(_ block: OutlineBlock) -> Bool {
        switch block.kind {
        case .listItem: return true
        case .heading: return block.number != nil
        case .paragraph:
            guard let last = block.text.utf8.last else { return false }
            if last == UInt8(ascii: ":") { return true }
            return wordCount(block.text) >= 10 && (last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?"))
        default: return false
        }
    }

    /// "Review date", "Approved by", "Lead": at most six words naming a
    /// detail, the first a capital.
    private static func isFieldName<Bytes: Collection<UInt8>>(_ name: Bytes) -> Bool {
        guard let first = name.first, first >= 65, first <= 90 else { return false }
        let words = name.split(separator: 32)
        return words.count <= 6 && words.contains { word in
            detailWords.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == ($1 | 0x20) } }
        }
    }

    /// Words that name a document's details in a field's name.
    private static let detailWords: [[UInt8]] = [
        "approved", "approval", "adopted", "agreed", "ratified", "review", "reviewed", "date", "owner", "lead",
        "author", "version", "status", "ref", "reference", "applies", "related", "clerk", "issued", "updated",
        "committee", "cycle", "responsible", "contact", "chair", "signed", "written", "effective",
    ].map { Array($0.utf8) }

    /// "Review: Summer term 2025", "Approved by the Board: 9 May 2024": a
    /// field name of at most six words naming a detail, a colon, a value.
    private static func isField(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < bytes.count,
              bytes.last != UInt8(ascii: "."), bytes[(colon + 1)...].contains(where: { $0 != 32 && $0 != 9 }) else { return false }
        return isFieldName(bytes[..<colon])
    }

    /// Whether the text names a year from 1990 to 2099.
    private static func namesYear(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index + 4 <= bytes.count {
            let isStart = index == 0 || !isDigit(bytes[index - 1])
            let isEnd = index + 4 == bytes.count || !isDigit(bytes[index + 4])
            if isStart, isEnd, bytes[index..<(index + 4)].allSatisfy(isDigit),
               (bytes[index] == UInt8(ascii: "2") && bytes[index + 1] == UInt8(ascii: "0"))
                || (bytes[index] == UInt8(ascii: "1") && bytes[index + 1] == UInt8(ascii: "9")) {
                return true
            }
            index += 1
        }
        return false
    }

    private static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 32 || byte == 9 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
