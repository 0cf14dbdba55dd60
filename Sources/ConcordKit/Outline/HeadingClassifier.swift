/// Decides which paragraphs and numbered lines are headings: a single line,
/// at most twelve words, opening with a capital, with no closing punctuation
/// and no modal verb unless a question word opens it ("What the school
/// will do"). A numbered or lettered line is a heading when it reads
/// as a title and is not part of a list: a top-level number ("3",
/// "C", "3.0") that does not follow a lead-in ending with a colon or an item
/// of the same list; a deeper number ("6.1 Lifts in cars") whose neighbours
/// are not items numbered at its level (it is followed by prose, bullets or
/// deeper numbers). A line in capitals ("PROHIBITED USES", "3.5 SOCIAL
/// MEDIA") is a heading even with a modal word in it.
enum HeadingClassifier {
    private static let modalWords = ShortWord.list(["must", "should", "shall", "will", "may", "cannot", "not", "never", "are", "is"])

    static func classify(_ blocks: inout [OutlineBlock], markdown: Bool) {
        var inList = false
        var afterColon = false
        var previousMarker: (number: Bool, depth: Int)?
        // Each block is read where it stands in the array, not copied out.
        for index in blocks.indices {
            switch blocks[index].kind {
            case .paragraph:
                let endsWithColon = blocks[index].text.utf8.last == UInt8(ascii: ":")
                if !markdown, looksLikeTitle(blocks[index].text, lines: blocks[index].lineStarts.count) || isCapitals(blocks[index].text, lines: blocks[index].lineStarts.count) {
                    blocks[index].kind = .heading
                    inList = false
                } else {
                    inList = endsWithColon
                }
                afterColon = endsWithColon
                previousMarker = nil
            case .listItem:
                let number = blocks[index].number
                // A top-level number that reads as a title is a heading unless
                // it continues a list of the same kind or follows a lead-in.
                let sameList = previousMarker.map { $0.number == (number != nil) && $0.depth == 1 } ?? false
                // "3", "C" and "3.0" are top-level numbers; "3.1" is not. A
                // number is ASCII (`ListMarker`), and read as bytes.
                let topLevel = number.map { number in
                    let bytes = number.utf8
                    return bytes.count <= 2 && !bytes.contains(UInt8(ascii: "."))
                        || (bytes.count <= 4 && bytes.count >= 2 && bytes.suffix(2).elementsEqual([UInt8(ascii: "."), UInt8(ascii: "0")]))
                } ?? false
                let titled = number != nil && !afterColon && blocks[index].lineStarts.count == 1
                let isHeading = titled && (
                    (topLevel && !(inList && sameList) && looksLikeTitle(blocks[index].text, lines: blocks[index].lineStarts.count))
                        || (!topLevel && !isSibling(blocks, index - 1, of: index) && !isSibling(blocks, index + 1, of: index) && looksLikeTitle(blocks[index].text, lines: blocks[index].lineStarts.count))
                        || isCapitals(blocks[index].text, lines: blocks[index].lineStarts.count))
                if isHeading {
                    blocks[index].kind = .heading
                    inList = false
                    previousMarker = nil
                } else {
                    inList = true
                    previousMarker = (number != nil, number.map(components) ?? 1)
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
    /// level as the one at `block` ("6.2" beside "6.1", "b" beside "a").
    private static func isSibling(_ blocks: [OutlineBlock], _ index: Int, of block: Int) -> Bool {
        guard blocks.indices.contains(index), blocks[index].isListItem, let number = blocks[index].number, let own = blocks[block].number else { return false }
        return components(number) == components(own) && isDigit(number.utf8.first) == isDigit(own.utf8.first)
    }

    private static func components(_ number: String) -> Int {
        number.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
    }

    private static func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 48 && $0 <= 57 } ?? false }

    /// A single line of at most fourteen words in capitals, with at least
    /// three letters and none in lower case, not ending as a sentence or a
    /// lead-in does.
    static func isCapitals(_ text: String, lines: Int) -> Bool {
        guard lines == 1 else { return false }
        var text = text
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

    /// A single line (`lines` counts the source lines joined into `text`)
    /// of at most twelve words, opening with a capital or a digit, with no
    /// closing punctuation and no modal word.
    static func looksLikeTitle(_ text: String, lines: Int) -> Bool {
        guard lines == 1, let byte = text.utf8.first else { return false }
        // A capital or a digit; beyond ASCII, a scalar the standard library calls upper case.
        if byte < 0x80 {
            guard (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) else { return false }
        } else {
            guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        }
        var text = text
        return text.withUTF8 { bytes in
            if let last = bytes.last, Self.closingMarks.contains(last) { return false }
            // An ellipsis ("We never…") leads into what follows.
            if bytes.count >= 3, bytes[bytes.count - 3] == 0xE2, bytes[bytes.count - 2] == 0x80, bytes[bytes.count - 1] == 0xA6 { return false }
            // Words are split at spaces and tabs as bytes: splitting characters
            // would find grapheme boundaries in every line of the document.
            var words = 0
            var start = 0
            // "What the academy will do", "How we may use images": a modal
            // after a question word is a title's, not a rule's.
            var asks = false
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 32, bytes[end] != 9 { end += 1 }
                if end > start {
                    words += 1
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if words == 1 { asks = isQuestionWord(word) }
                    if words > 12 || !asks && isModal(word) { return false }
                }
                start = end + 1
            }
            return true
        }
    }

    private static let closingMarks: [UInt8] = Array(".,;:!?".utf8)
    private static let questionWords = ShortWord.list(["what", "how", "who", "why", "which"])

    /// Whether the word opens a question that is not a condition ("What",
    /// "How"; "When" and "Where" also open conditions).
    private static func isQuestionWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, word.count <= 5, let key = ShortWord(word, folding: true) else { return false }
        return questionWords.contains(key)
    }

    /// Whether the word is a modal word in any case ("MUST", "Should").
    /// Only ASCII letters lower-case to a modal word's letters.
    private static func isModal(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2, word.count <= 6, let key = ShortWord(word, folding: true) else { return false }
        return modalWords.contains(key)
    }
}
