/// Decides which paragraphs and numbered lines are headings: a single line,
/// at most twelve words, opening with a capital, with no closing punctuation
/// and no modal verb. A numbered or lettered line is a heading when it reads
/// as a title and is not part of a list: a top-level number ("3",
/// "C", "3.0") that does not follow a lead-in ending with a colon or an item
/// of the same list; a deeper number ("6.1 Lifts in cars") whose neighbours
/// are not items numbered at its level (it is followed by prose, bullets or
/// deeper numbers). A line in capitals ("PROHIBITED USES", "3.5 SOCIAL
/// MEDIA") is a heading even with a modal word in it.
enum HeadingClassifier {
    private static let modalWords: [[UInt8]] = ["must", "should", "shall", "will", "may", "cannot", "not", "never", "are", "is"].map { Array($0.utf8) }

    static func classify(_ blocks: inout [OutlineBlock], markdown: Bool) {
        var inList = false
        var afterColon = false
        var previousMarker: (number: Bool, depth: Int)?
        for index in blocks.indices {
            let block = blocks[index]
            switch block.kind {
            case .paragraph:
                if !markdown, looksLikeTitle(block) || isCapitals(block) {
                    blocks[index].kind = .heading
                    inList = false
                } else {
                    inList = block.text.utf8.last == UInt8(ascii: ":")
                }
                afterColon = block.text.utf8.last == UInt8(ascii: ":")
                previousMarker = nil
            case .listItem:
                // A top-level number that reads as a title is a heading unless
                // it continues a list of the same kind or follows a lead-in.
                let sameList = previousMarker.map { $0.number == (block.number != nil) && $0.depth == 1 } ?? false
                // "3", "C" and "3.0" are top-level numbers; "3.1" is not.
                let topLevel = block.number.map { $0.utf8.count <= 2 && !$0.contains(".") || ($0.hasSuffix(".0") && $0.utf8.count <= 4) } ?? false
                let titled = block.number != nil && !afterColon && block.lineStarts.count == 1
                let isHeading = titled && (
                    (topLevel && !(inList && sameList) && looksLikeTitle(block))
                        || (!topLevel && !isSibling(blocks, index - 1, of: block) && !isSibling(blocks, index + 1, of: block) && looksLikeTitle(block))
                        || isCapitals(block))
                if isHeading {
                    blocks[index].kind = .heading
                    inList = false
                    previousMarker = nil
                } else {
                    inList = true
                    previousMarker = (block.number != nil, block.number.map(components) ?? 1)
                }
                afterColon = false
            case .heading:
                inList = false
                afterColon = false
                previousMarker = nil
            case .tableRow, .note:
                break
            }
        }
    }

    /// Whether the block at `index` is a list item numbered at the same
    /// level as `block` ("6.2" beside "6.1", "b" beside "a").
    private static func isSibling(_ blocks: [OutlineBlock], _ index: Int, of block: OutlineBlock) -> Bool {
        guard blocks.indices.contains(index), blocks[index].isListItem, let number = blocks[index].number, let own = block.number else { return false }
        return components(number) == components(own) && isDigit(number.utf8.first) == isDigit(own.utf8.first)
    }

    private static func components(_ number: String) -> Int {
        number.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
    }

    private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 48 && $0 <= 57 } ?? false }

    /// A single line of at most fourteen words in capitals, with at least
    /// three letters and none in lower case, not ending as a sentence or a
    /// lead-in does.
    static func isCapitals(_ block: OutlineBlock) -> Bool {
        guard block.lineStarts.count == 1 else { return false }
        var text = block.text
        return text.withUTF8 { bytes in
            guard let last = bytes.last, !closingMarks.contains(last) else { return false }
            var capitals = 0
            var words = 1
            for byte in bytes {
                if byte >= 97 && byte <= 122 { return false }
                if byte >= 65 && byte <= 90 { capitals += 1 }
                if byte == 32 { words += 1 }
            }
            return capitals >= 3 && words <= 14
        }
    }

    static func looksLikeTitle(_ block: OutlineBlock) -> Bool {
        guard block.lineStarts.count == 1, let byte = block.text.utf8.first else { return false }
        // A capital or a digit; beyond ASCII, a scalar the standard library calls upper case.
        if byte < 0x80 {
            guard (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) else { return false }
        } else {
            guard let first = block.text.unicodeScalars.first, first.properties.isUppercase else { return false }
        }
        var text = block.text
        return text.withUTF8 { bytes in
            if let last = bytes.last, Self.closingMarks.contains(last) { return false }
            // Words are split at spaces and tabs as bytes: splitting characters
            // would find grapheme boundaries in every line of the document.
            var words = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 32, bytes[end] != 9 { end += 1 }
                if end > start {
                    words += 1
                    if words > 12 || isModal(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return false }
                }
                start = end + 1
            }
            return true
        }
    }

    private static let closingMarks: [UInt8] = Array(".,;:!?".utf8)

    /// Whether the word is a modal word in any case ("MUST", "Should").
    /// Only ASCII letters lower-case to a modal word's letters.
    private static func isModal(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2, word.count <= 6 else { return false }
        return modalWords.contains { modal in
            modal.count == word.count && zip(modal, word).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 | 0x20 : $1) }
        }
    }
}
