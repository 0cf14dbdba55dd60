/// Finds the name a document gives its school in its text, for a document
/// with no title lines: the name ending in School, Academy, College,
/// Nursery, Pre-school or Federation it gives most often ("Cressleigh
/// Moor Primary School recognises …"), else the capitalised name after
/// "at" it gives most often ("… used by school staff at Todwick"). Words
/// are read as bytes; only names are made into strings.
enum SchoolNameScanner {
    private static let endings: [[UInt8]] = ["School", "Academy", "College", "Nursery", "Pre-school", "Preschool", "Federation"].map { Array($0.utf8) }
    /// Capitalised words that open a sentence or name a time, not a place.
    private static let notNames: [[UInt8]] = [
        "The", "This", "That", "These", "All", "Any", "Our", "School", "Academy", "Home", "Work", "Least", "First",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ].map { Array($0.utf8) }
    private static let at = Array("at".utf8)

    static func mostNamed(in blocks: [OutlineBlock]) -> String? {
        var named: [String: Int] = [:]
        var placed: [String: Int] = [:]
        // The school is named early; a long document is not read to its end.
        for block in blocks.prefix(40) where block.kind != .note {
            var text = block.text
            text.withUTF8 { bytes in
                let words = wordRanges(bytes)
                for (index, word) in words.enumerated() {
                    let slice = bytes[word]
                    if endings.contains(where: { $0.elementsEqual(slice) }) {
                        // The capitalised words before the ending ("Cressleigh Moor Primary").
                        var start = index
                        while start > 0, isCapital(bytes[words[start - 1].lowerBound]), index - start < 5 { start -= 1 }
                        while start < index, notNames.contains(where: { $0.elementsEqual(bytes[words[start]]) }) { start += 1 }
                        if start < index {
                            named[String(decoding: bytes[words[start].lowerBound..<word.upperBound], as: UTF8.self), default: 0] += 1
                        }
                    } else if at.elementsEqual(slice), index + 1 < words.count {
                        let name = bytes[words[index + 1]]
                        guard name.count > 2, isPlaceWord(name) else { continue }
                        // "at Moorhen Lane": the capitalised words that go on
                        // the name, up to a mark after one.
                        var last = index + 1
                        while last + 1 < words.count, last - index < 4, words[last].upperBound < bytes.count, bytes[words[last].upperBound] == 32,
                              isPlaceWord(bytes[words[last + 1]]) {
                            last += 1
                        }
                        placed[String(decoding: bytes[words[index + 1].lowerBound..<words[last].upperBound], as: UTF8.self), default: 0] += 1
                    }
                }
            }
        }
        return mostFrequent(named) ?? mostFrequent(placed)
    }

    /// The ranges of the words of `bytes`, the punctuation around each
    /// (but a hyphen) trimmed.
    private static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
            var end = index
            while end < bytes.count, bytes[end] != 32, bytes[end] != 9 { end += 1 }
            var from = index, to = end
            while from < to, !isWordByte(bytes[from]) { from += 1 }
            while to > from, !isWordByte(bytes[to - 1]) { to -= 1 }
            if from < to { ranges.append(from..<to) }
            index = end
        }
        return ranges
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 48 && byte <= 57) || ((byte | 0x20) >= 97 && (byte | 0x20) <= 122)
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }

    /// A capitalised word of letters that is not a sentence's opening or a
    /// time: a word of a place's name.
    private static func isPlaceWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = word.first, isCapital(first) else { return false }
        return word.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 } && !notNames.contains { $0.elementsEqual(word) }
    }

    private static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
