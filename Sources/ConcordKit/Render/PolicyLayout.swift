/// A policy laid out for people: title, school and trust, the version
/// table, and the sections that hold text, numbered 1, 2, … with their
/// clauses numbered 1.1, 1.2, …; passages keep their place, unnumbered.
/// What every renderer writes, whatever the format.
struct PolicyLayout {
    struct Block {
        enum Kind { case clause, paragraph, item, note }
        var kind: Kind
        /// "2.3" for a clause, nil otherwise.
        var number: String?
        var text: String
    }

    struct Part {
        var number: String
        var heading: String?
        var blocks: [Block]
    }

    var title: String
    var school: String?
    var trust: String?
    var history: [HistoryEntry]
    var parts: [Part]

    init(_ document: PolicyDocument) {
        title = document.title ?? document.name
        school = document.school
        trust = document.trust
        history = document.history
        var parts: [Part] = []
        for section in document.sections where !section.items.isEmpty {
            let number = String(parts.count + 1)
            var clauses = 0
            let blocks = section.items.map { item -> Block in
                switch item {
                case .clause(let clause):
                    clauses += 1
                    return Block(kind: .clause, number: "\(number).\(clauses)", text: clause.text)
                case .passage(let passage):
                    let kind: Block.Kind = passage.kind == .listItem ? .item : passage.kind == .note ? .note : .paragraph
                    return Block(kind: kind, number: nil, text: passage.text)
                }
            }
            parts.append(Part(number: number, heading: section.heading, blocks: blocks))
        }
        self.parts = parts
    }

    /// The version table's columns, in the order people expect them.
    static let historyColumns = ["Version", "Purpose", "Lead person", "Date"]

    /// A history entry's cells in `historyColumns` order, "" for none.
    static func cells(of entry: HistoryEntry) -> [String] {
        [entry.version, entry.purpose ?? "", entry.lead ?? "", entry.date ?? ""]
    }
}
