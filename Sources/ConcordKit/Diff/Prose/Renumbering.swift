/// A heading, item or clause whose number or letter alone changed ("4" →
/// "5", "4.4" → "4.3", "B." → "C."), or was added or dropped. A diff
/// reports all of them together, once; a list marker's style ("·" → "•",
/// "a)" → "(a)") is layout and no renumbering.
public struct Renumbering: Hashable, Sendable {
    /// The old and new numbers as written, nil where there was none.
    public var old: String?
    public var new: String?
    /// The words that were renumbered.
    public var text: String
    public var oldLine: Int
    public var newLine: Int

    public init(old: String?, new: String?, text: String, oldLine: Int, newLine: Int) {
        self.old = old
        self.new = new
        self.text = text
        self.oldLine = oldLine
        self.newLine = newLine
    }

    /// The renumbered headings and items of `prose` (those whose only change
    /// is their number) and the pairs of `changes` whose clauses' list
    /// numbers differ, in that order.
    static func all(changes: [ClauseChange], prose: [ProseChange]) -> [Renumbering] {
        var found: [Renumbering] = []
        // Changes are read in place, by index: copying one out retains
        // its arrays.
        for index in prose.indices where prose[index].kinds == [.renumbered] {
            guard let old = prose[index].old, let new = prose[index].new else { continue }
            found.append(Renumbering(old: old.numbering.joined(separator: " "), new: new.numbering.joined(separator: " "),
                                     text: new.labelled.text, oldLine: old.line, newLine: new.line))
        }
        for index in changes.indices where changes[index].old.count == 1 && changes[index].new.count == 1 {
            // The markers are read in place: most clauses have none, and
            // copying a clause retains all its strings.
            guard changes[index].old[0].marker != nil || changes[index].new[0].marker != nil,
                  changes[index].old[0].marker != changes[index].new[0].marker,
                  ordinal(changes[index].old[0].marker) != ordinal(changes[index].new[0].marker) else { continue }
            let old = changes[index].old[0], new = changes[index].new[0]
            found.append(Renumbering(old: old.marker, new: new.marker, text: new.text, oldLine: old.line, newLine: new.line))
        }
        return found
    }

    /// The number or letter of a list marker without its punctuation
    /// ("4.3." → "4.3", "(b)" → "b"); nil for a bullet or no marker.
    static func ordinal(_ marker: String?) -> String? {
        guard let marker else { return nil }
        var bytes = Array(marker.utf8)
        while let first = bytes.first, first == UInt8(ascii: "(") { bytes.removeFirst() }
        while let last = bytes.last, last == UInt8(ascii: ")") || last == UInt8(ascii: ".") || last == UInt8(ascii: ":") { bytes.removeLast() }
        let isNumber = !bytes.isEmpty && bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 122) || $0 == UInt8(ascii: ".") }
        return isNumber ? String(decoding: bytes, as: UTF8.self) : nil
    }
}
