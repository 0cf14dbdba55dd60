/// A generated policy: a school, a title and sections of pool lines, each
/// line in one of its variants. Rendered to plain text as a school's Word
/// export would be.
struct SyntheticPolicy {
    struct LineRef {
        var index: Int
        var variant: LineVariant
    }

    struct Section {
        var heading: LineRef?
        var body: [LineRef]
        var clauses: Int
        /// How many times the same real section was used before in this
        /// document: its heading then says "(part N)", so that a long
        /// document's sections all have their own headings.
        var occurrence = 1
    }

    var school: String
    var title: String
    var sections: [Section]

    /// The document as text: school, title, then each section (a numbered
    /// heading renumbered in its new place).
    func text(in pool: SourcePool) -> String {
        var out = school + "\n" + title + "\n\n"
        var number = 0
        for section in sections {
            if let heading = section.heading {
                number += 1
                out += Self.renumbered(pool.render(heading.index, heading.variant, school: school), number)
                out += section.occurrence > 1 ? " (part \(section.occurrence))\n" : "\n"
            }
            for line in section.body {
                out += pool.render(line.index, line.variant, school: school)
                out += "\n"
            }
        }
        return out
    }

    /// "3. Personal use" → "7. Personal use"; a heading with no number is
    /// kept as it is.
    static func renumbered(_ heading: String, _ number: Int) -> String {
        let digits = heading.utf8.prefix { $0 >= 48 && $0 <= 57 }.count
        guard digits > 0, digits < 3 else { return heading }
        let rest = heading.utf8.dropFirst(digits)
        guard let next = rest.first, next == UInt8(ascii: ".") || next == UInt8(ascii: " ") else { return heading }
        return String(number) + String(decoding: rest, as: UTF8.self)
    }
}
