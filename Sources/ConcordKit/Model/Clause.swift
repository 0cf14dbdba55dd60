/// One deontic statement of a policy: its prose, where it came from, and the
/// rule it states.
public struct Clause: Codable, Hashable, Sendable {
    /// Stable within a document: the section's id and the clause's ordinal
    /// ("B.3").
    public var id: String
    /// The exact source span, hard-wrapped lines joined by one space.
    public var text: String
    /// 1-based line of the source on which `text` starts.
    public var line: Int
    /// The id of the section the clause is in.
    public var section: String?
    public var rule: Rule
    /// Where a merged clause came from ("school: clause id"); empty otherwise.
    public var provenance: [Provenance]
    /// The list marker of the item the clause is in the source ("4.3", "b)",
    /// "·"), kept so that nothing of the source is lost; nil for none.
    public var marker: String?

    public init(
        id: String, text: String, line: Int, section: String?, rule: Rule,
        provenance: [Provenance] = [], marker: String? = nil
    ) {
        self.id = id
        self.text = text
        self.line = line
        self.section = section
        self.rule = rule
        self.provenance = provenance
        self.marker = marker
    }
}

/// A source clause a merged clause was taken from.
public struct Provenance: Codable, Hashable, Sendable {
    public var document: String
    public var clause: String

    public init(document: String, clause: String) {
        self.document = document
        self.clause = clause
    }
}
