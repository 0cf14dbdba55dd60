/// Where a clause sits in its source document, to write it as the school
/// did: the whole sentence a split clause is part of, and the lead-in a
/// list item takes its force from.
enum SourceLeadIn {
    /// The nearest text above the clause in its section that ends with a
    /// colon or a dash ("Staff must not:"), its last sentence only, or a
    /// short item with no final stop that names whom the items under it
    /// bind ("SLT"). Items and clauses between are the lead-in's other
    /// items, and the pieces of the clause's own line are skipped; a
    /// paragraph that does not lead in ends the search.
    static func of(_ clause: Clause, in document: PolicyDocument) -> String? {
        guard let (section, index) = locate(clause, in: document) else { return nil }
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 40 {
            let item = section.items[cursor]
            cursor -= 1
            if line(of: item) == clause.line, clause.line > 0 { continue }
            switch item {
            case .clause(let above):
                if endsAsLeadIn(above.text) { return lastSentence(of: above.text) }
            case .passage(let passage):
                if endsAsLeadIn(passage.text) { return lastSentence(of: passage.text) }
                if passage.kind == .listItem, isRoleBullet(passage.text) { return passage.text }
                if passage.kind == .paragraph { return nil }
            }
        }
        return nil
    }

    /// The sentence a clause split from others on its line is part of:
    /// the clause with the pieces of the same line it joins ("… school
    /// day" "," "the Internet capability must be switched off."), each
    /// piece after the first joined by a space unless it opens with a
    /// stop; nil where the clause stands alone.
    static func sentence(of clause: Clause, in document: PolicyDocument) -> String? {
        guard clause.line > 0, let (section, index) = locate(clause, in: document) else { return nil }
        let items = section.items
        func sameLine(_ at: Int) -> Bool { at >= 0 && at < items.count && line(of: items[at]) == clause.line }
        func joins(_ first: Int, _ second: Int) -> Bool {
            isPassage(items[first]) || isPassage(items[second]) || opensLowerCase(text(of: items[second]))
        }
        var start = index, end = index
        while sameLine(start - 1), joins(start - 1, start) { start -= 1 }
        while sameLine(end + 1), joins(end, end + 1) { end += 1 }
        guard end > start else { return nil }
        var out = ""
        for at in start...end {
            let piece = text(of: items[at])
            if !out.isEmpty, out.utf8.last != UInt8(ascii: "("), let first = piece.utf8.first, ![UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ":")].contains(first) {
                out += " "
            }
            out += piece
        }
        return out
    }

    private static func locate(_ clause: Clause, in document: PolicyDocument) -> (Section, Int)? {
        for section in document.sections where section.id == clause.section {
            if let index = section.items.firstIndex(where: { isClause($0, id: clause.id) }) { return (section, index) }
        }
        return nil
    }

    private static func isClause(_ item: Section.Item, id: String) -> Bool {
        if case .clause(let clause) = item { return clause.id == id }
        return false
    }

    private static func isPassage(_ item: Section.Item) -> Bool {
        if case .passage = item { return true }
        return false
    }

    private static func line(of item: Section.Item) -> Int {
        switch item {
        case .clause(let clause): return clause.line
        case .passage(let passage): return passage.line
        }
    }

    private static func text(of item: Section.Item) -> String {
        switch item {
        case .clause(let clause): return clause.text
        case .passage(let passage): return passage.text
        }
    }

    static func opensLowerCase(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
    }

    /// One to four words, the first a capital, and no stop at the end: "SLT",
    /// "All Staff".
    static func isRoleBullet(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let first = text.utf8.first, first >= 65, first <= 90,
            let last = text.utf8.last else { return false }
        return ![UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last)
    }

    /// Ends with ':', ' -', an en dash or an em dash, trailing spaces aside.
    static func endsAsLeadIn(_ text: String) -> Bool {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 32 || last == 9 { bytes.removeLast() }
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: ":") { return true }
        if last == UInt8(ascii: "-") { return bytes.count >= 2 && bytes[bytes.count - 2] == 32 }
        let tail = Array(bytes.suffix(3))
        return tail.count == 3 && tail[0] == 0xE2 && tail[1] == 0x80 && (tail[2] == 0x93 || tail[2] == 0x94)
    }

    static func lastSentence(of text: String) -> String {
        guard let last = SentenceSplitter.split(text).last else { return text }
        let bytes = Array(text.utf8)
        return String(decoding: bytes[last.clamped(to: 0..<bytes.count)], as: UTF8.self).trimmingSpaces
    }
}
