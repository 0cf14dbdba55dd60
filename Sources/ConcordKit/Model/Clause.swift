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
    /// Other schools' wordings of a merged clause's topics; empty otherwise.
    public var alternatives: [Alternative]
    /// The list marker of the item the clause is in the source ("4.3", "b)",
    /// "·"), kept so that nothing of the source is lost; nil for none.
    public var marker: String?

    public init(
        id: String, text: String, line: Int, section: String?, rule: Rule,
        provenance: [Provenance] = [], alternatives: [Alternative] = [], marker: String? = nil
    ) {
        self.id = id
        self.text = text
        self.line = line
        self.section = section
        self.rule = rule
        self.provenance = provenance
        self.alternatives = alternatives
        self.marker = marker
    }

    private enum CodingKeys: String, CodingKey {
        case id, text, line, section, rule, provenance, alternatives, marker
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        text = try container.decode(String.self, forKey: .text)
        line = try container.decode(Int.self, forKey: .line)
        section = try container.decodeIfPresent(String.self, forKey: .section)
        rule = try container.decode(Rule.self, forKey: .rule)
        provenance = try container.decode([Provenance].self, forKey: .provenance)
        alternatives = try container.decodeIfPresent([Alternative].self, forKey: .alternatives) ?? []
        marker = try container.decodeIfPresent(String.self, forKey: .marker)
    }

    /// `alternatives` only where there are some and `marker` only where
    /// there is one, so that a school's own
    /// policy reads as it always has.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(line, forKey: .line)
        try container.encode(section, forKey: .section)
        try container.encode(rule, forKey: .rule)
        try container.encode(provenance, forKey: .provenance)
        if !alternatives.isEmpty { try container.encode(alternatives, forKey: .alternatives) }
        try container.encodeIfPresent(marker, forKey: .marker)
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
