/// Reads a document's table of contents: a line "Contents" (or "Table of
/// contents") and the short lines right under it, with no blank line
/// between, are notes, never headings or clauses. An entry's title found
/// again below it, on a numbered or title line of its own, is a heading
/// there even when a title rule alone would not make it one ("2. What the
/// school will do").
struct ContentsList {
    /// The entries' titles, lower-cased, without numbers or page numbers.
    private(set) var titles: Set<String> = []

    private static let names: Set<String> = ["contents", "table of contents", "contents page", "index"]

    /// Marks the table of contents in `blocks` as notes and keeps its
    /// entries' titles.
    mutating func mark(_ blocks: inout [OutlineBlock]) {
        guard let start = blocks.prefix(40).firstIndex(where: Self.isContentsLine) else { return }
        blocks[start].kind = .note
        var next = blocks[start].line + 1
        var index = start + 1
        while index < blocks.count, blocks[index].line == next, blocks[index].lineStarts.count == 1,
              blocks[index].kind != .note, TitleParts.wordCount(blocks[index].text) <= 14 {
            let title = Self.title(blocks[index].text)
            if !title.isEmpty { titles.insert(title) }
            blocks[index].kind = .note
            next += 1
            index += 1
        }
    }

    /// Makes a block below the table that repeats an entry's title a
    /// heading.
    func promote(_ blocks: inout [OutlineBlock]) {
        guard !titles.isEmpty else { return }
        for index in blocks.indices where blocks[index].lineStarts.count == 1 {
            switch blocks[index].kind {
            case .paragraph, .listItem:
                // A bullet ("· Pupils") is an item, whatever it says.
                if blocks[index].kind == .paragraph || blocks[index].number != nil, titles.contains(Self.title(blocks[index].text)) {
                    blocks[index].kind = .heading
                }
            default:
                break
            }
        }
    }

    private static func isContentsLine(_ block: OutlineBlock) -> Bool {
        guard block.kind == .paragraph || block.kind == .heading, block.text.utf8.count <= 20 else { return false }
        var text = lowercasedText(block.text)
        while text.hasSuffix(":") { text.removeLast() }
        return names.contains(trimmedRight(text))
    }

    /// The title of an entry: its words without a list number in front
    /// and a page number (or dot leaders) behind, lower-cased.
    static func title(_ text: String) -> String {
        var line = text
        if let marker = ListMarker.parse(line), marker.style != .bullet {
            line = String(decoding: Array(line.utf8)[marker.contentOffset...], as: UTF8.self)
        }
        var bytes = lowercasedText(line).utf8.map { $0 == 9 ? 32 : $0 }
        while let last = bytes.last, last == 32 || last == UInt8(ascii: ".") || (last >= 48 && last <= 57) { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
