/// Where a new sentence that is clearly no part of a list item begins,
/// in text that has lost its line breaks:
///
/// ```
/// break = (";" | "." | "!" | "?") space+ capital      (not after "Mr." or "O.")
///       | lower-word space heading space opener space lower-word
/// heading = capitalised word { ("and" | "of" | "&")? capitalised word }  (1–4 capitalised words)
/// opener  = a word that opens a sentence: "The", "Please", "If", "We" …
/// ```
/// A heading run into the text the same way at the start of a sentence
/// ("… switched off. Staff The academy expects …") is found too
/// (`runInHeadings`).
/// "… into disrepute; Examinations Under no circumstances …" breaks at
/// "Examinations"; "… reported to the DSL at once Parents Please do not
/// call …" at "Parents". A name after a word that cannot end a phrase
/// ("… locked in the Safeguarding Office safe") is none.
enum SentenceBreak {
    /// The offset of the first word of the new sentence in `range`, if any.
    static func first(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let words = words(in: bytes, range)
        // The item's first word is not a break.
        for position in words.indices.dropFirst() {
            let word = words[position]
            guard LineEnding.isUppercase(bytes[word.lowerBound]) else { continue }
            let before = words[position - 1]
            if endsSentence(bytes, before) { return word.lowerBound }
            if opensHeading(bytes, words, at: position, after: range.lowerBound) { return word.lowerBound }
        }
        return nil
    }

    /// Whether the word ends a sentence or a list item: ";", or ".", "!",
    /// "?" after anything but a title or an initial.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        let last = bytes[word.upperBound - 1]
        if last == UInt8(ascii: ";") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
        guard last == UInt8(ascii: ".") else { return false }
        // "O.", "e.g.", "Mr.", "Dr.": no end.
        var letters = word.upperBound - 1
        while letters > word.lowerBound, isLetter(bytes[letters - 1]) { letters -= 1 }
        let length = word.upperBound - 1 - letters
        if length <= 1 { return false }
        return !(ShortWord(bytes[letters..<(word.upperBound - 1)], folding: true).map(titles.contains) ?? false)
    }

    /// Whether the capitalised word at `position` opens a heading run into
    /// the text after a lower-case word that can end a phrase.
    private static func opensHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>], at position: Int, after start: Int) -> Bool {
        let before = words[position - 1]
        guard LineEnding.isLowercase(bytes[before.lowerBound]), isLetter(bytes[before.upperBound - 1]),
              !LineEnding.endsMidPhrase(UnsafeBufferPointer(rebasing: bytes[start..<before.upperBound])) else { return false }
        return headingLength(bytes, words, at: position) != nil
    }

    /// The words of a heading run into the sentence after it, from
    /// `position`: one to four capitalised words (joined by "and", "of",
    /// "&", "for"), then a sentence opener and a lower-case word
    /// ("Parents Please do not …", "Staff The academy expects …").
    static func headingLength(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>], at position: Int) -> Int? {
        var capitalised = 0
        var next = position
        while next + 2 < words.count, capitalised < 4 {
            let word = words[next]
            let isCapitalised = LineEnding.isUppercase(bytes[word.lowerBound])
            if isCapitalised {
                capitalised += 1
            } else if next == position || !(ShortWord(bytes[word], folding: false).map(connectors.contains) ?? false) {
                return nil
            }
            if isCapitalised, LineEnding.isUppercase(bytes[words[next + 1].lowerBound]),
               ShortWord(bytes[words[next + 1]], folding: true).map(openers.contains) ?? false,
               LineEnding.isLowercase(bytes[words[next + 2].lowerBound]) { return next + 1 - position }
            next += 1
        }
        return nil
    }

    /// The words of `range`, as runs of bytes between spaces.
    static func words(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, bytes[index] == 32 { index += 1 }
            let start = index
            while index < range.upperBound, bytes[index] != 32 { index += 1 }
            if start < index { words.append(start..<index) }
        }
        return words
    }

    /// Where headings run into the text of `range` end: a heading
    /// (`headingLength`) that opens the range or a sentence in it.
    static func runInHeadings(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        let words = words(in: bytes, range)
        var headings: [Range<Int>] = []
        var position = 0
        while position < words.count {
            if position == 0 || endsSentence(bytes, words[position - 1]), let length = headingLength(bytes, words, at: position) {
                headings.append(words[position].lowerBound..<words[position + length - 1].upperBound)
                position += length
                continue
            }
            position += 1
        }
        return headings
    }

    /// Words that open a sentence and seldom a name, lower-case.
    private static let openers = ShortWord.list([
        "the", "an", "all", "any", "each", "every", "no", "some", "this", "these", "those", "our", "your",
        "their", "we", "you", "they", "it", "if", "when", "where", "while", "whilst", "although", "under",
        "please", "there", "only", "in", "on", "at", "for", "during", "before", "after",
    ])

    /// Words that join the words of a heading ("Parents and Carers").
    private static let connectors = ShortWord.list(["and", "of", "&", "for"])

    /// Titles written with a full stop, lower-case.
    private static let titles = ShortWord.list(["mr", "mrs", "ms", "dr", "st", "revd", "rev", "prof", "no", "eg", "ie", "cf", "vs", "co"])

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
}
