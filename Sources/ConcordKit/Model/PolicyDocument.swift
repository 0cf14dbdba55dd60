/// One policy: its metadata, version history, defined terms and sections.
/// What every stage after extraction works on.
public struct PolicyDocument: Codable, Hashable, Sendable {
    /// Short name of the document (its file name without extension).
    public var name: String
    public var title: String?
    public var school: String?
    public var trust: String?
    public var history: [HistoryEntry]
    public var definitions: [Definition]
    /// Text before the first section heading lives in a section with no heading.
    public var sections: [Section]
    /// What the extractor did not fully understand, in document order.
    /// Not part of the policy's content: two documents that say the same
    /// thing are equal however well each was read.
    public var unread: [UnreadNote] = []

    public init(
        name: String, title: String? = nil, school: String? = nil, trust: String? = nil,
        history: [HistoryEntry] = [], definitions: [Definition] = [], sections: [Section] = []
    ) {
        self.name = name
        self.title = title
        self.school = school
        self.trust = trust
        self.history = history
        self.definitions = definitions
        self.sections = sections
    }

    public static func == (lhs: PolicyDocument, rhs: PolicyDocument) -> Bool {
        lhs.name == rhs.name && lhs.title == rhs.title && lhs.school == rhs.school && lhs.trust == rhs.trust
            && lhs.history == rhs.history && lhs.definitions == rhs.definitions && lhs.sections == rhs.sections
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(title)
        hasher.combine(school)
        hasher.combine(trust)
        hasher.combine(history)
        hasher.combine(definitions)
        hasher.combine(sections)
    }

    private enum CodingKeys: String, CodingKey {
        case name, title, school, trust, history, definitions, sections
    }

    /// Every clause, in document order: gathered in one array, without an
    /// array per section first, and sized to the clauses, not the items
    /// (a third of a document's items may be passages).
    public var clauses: [Clause] {
        var count = 0
        for section in sections {
            for case .clause in section.items { count += 1 }
        }
        var clauses: [Clause] = []
        clauses.reserveCapacity(count)
        for section in sections {
            for case .clause(let clause) in section.items { clauses.append(clause) }
        }
        return clauses
    }
}
