/// Decides which paragraphs and numbered lines are headings: a single line,
/// at most twelve words, opening with a capital, with no closing punctuation
/// and no modal verb. A numbered or lettered line is a heading when it reads
/// as a title and is not part of a list (it does not follow a lead-in ending
/// with a colon or an item of the same list).
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
                if !markdown, looksLikeTitle(block) {
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
                if block.number != nil, !afterColon, !(inList && sameList), block.lineStarts.count == 1, looksLikeTitle(block), topLevel {
                    blocks[index].kind = .heading
                    inList = false
                    previousMarker = nil
                } else {
                    inList = true
                    previousMarker = (block.number != nil, block.number.map { $0.split(separator: ".").count } ?? 1)
                }
                afterColon = false
            case .heading:
                inList = false
                afterColon = false
                previousMarker = nil
            case .tableRow:
                break
            }
        }
    }

    static func looksLikeTitle(_ block: OutlineBlock) -> Bool {
        guard block.lineStarts.count == 1, let first = block.text.unicodeScalars.first else { return false }
        guard first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
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
