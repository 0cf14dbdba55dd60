/// Finds a document's page header repeated inside a sentence and removes it,
/// rejoining the sentence: a block equal to one of the document's first
/// lines, between a block with no closing punctuation and one that goes on
/// in lower case.
enum PageHeaderJoiner {
    static func rejoin(_ outline: inout Outline) {
        var blocks = outline.blocks
        let headers = blocks.prefix(4).filter { !$0.isListItem }.map(\.text)
        guard !headers.isEmpty else { return }
        // The first lines lower-cased, and their lengths, when a block
        // first stands where a page header would: most documents have none.
        var headerLines: Set<String> = []
        var headerLengths: Set<Int> = []
        func isHeader(_ text: String) -> Bool {
            if headerLines.isEmpty {
                headerLines = Set(headers.map(lowercasedText))
                headerLengths = Set(headerLines.map(\.utf8.count))
            }
            return headerLengths.contains(text.utf8.count) && headerLines.contains(lowercasedText(text))
        }
        var index = 1
        while index + 1 < blocks.count {
            // Read in place: copying three blocks for each would retain
            // all their strings. The surrounding blocks are asked first.
            if blocks[index].kind == .paragraph, blocks[index + 1].kind == .paragraph, startsLowercase(blocks[index + 1]),
               isOpen(blocks[index - 1]), isHeader(blocks[index].text) {
                let header = blocks[index], before = blocks[index - 1], after = blocks[index + 1]
                var joined = before
                joined.text += " "
                let shift = joined.text.utf8.count
                joined.text += after.text
                joined.lineStarts += after.lineStarts.map { .init(offset: $0.offset + shift, line: $0.line) }
                blocks.replaceSubrange(index - 1...index + 1, with: [joined])
                outline.diagnostics.append(Diagnostic(
                    .note, "outline.page-header",
                    "dropped the page header '\(header.text)' inside a sentence",
                    at: SourceLocation(line: header.line, column: 1)))
                continue
            }
            index += 1
        }
        outline.blocks = blocks
    }

    private static func isOpen(_ block: OutlineBlock) -> Bool {
        guard block.kind == .paragraph || block.isListItem, let last = block.text.last else { return false }
        return !".:;!?\"”)".contains(last)
    }

    private static func startsLowercase(_ block: OutlineBlock) -> Bool {
        guard let first = block.text.utf8.first else { return false }
        return first >= 97 && first <= 122
    }
}
