/// What changed between two versions of a policy: the documents, changes to
/// their title, school, trust and history, one entry per clause pair or
/// leftover in NEW document order, and one per heading or passage pair or
/// leftover, so that every word of both versions is in one entry.
public struct PolicyDiff: Hashable, Sendable {
    public var old: PolicyDocument
    public var new: PolicyDocument
    public var document: [DocumentChange]
    public var changes: [ClauseChange] { didSet { renumbering = Renumbering.all(changes: changes, prose: prose) } }
    /// Headings and passages, in NEW document order (removed ones where they
    /// were).
    public var prose: [ProseChange] { didSet { renumbering = Renumbering.all(changes: changes, prose: prose) } }

    public init(old: PolicyDocument, new: PolicyDocument, document: [DocumentChange], changes: [ClauseChange], prose: [ProseChange] = []) {
        self.old = old
        self.new = new
        self.document = document
        self.changes = changes
        self.prose = prose
        renumbering = Renumbering.all(changes: changes, prose: prose)
    }

    public var summary: DiffSummary { DiffSummary(changes: changes, document: document, prose: prose, renumbering: renumbering) }

    /// The two say the same: no document change, every clause and every
    /// heading and passage unchanged, nothing renumbered.
    public var isSame: Bool {
        document.isEmpty && changes.allSatisfy(\.isUnchanged) && prose.allSatisfy(\.isUnchanged) && renumbering.isEmpty
    }

    /// Every heading, item and clause whose number alone changed, reported
    /// together once (worked out when the diff is made).
    public private(set) var renumbering: [Renumbering]

    /// The entries to show: all, or only those that are not unchanged.
    public func changes(onlyChanges: Bool) -> [ClauseChange] {
        onlyChanges ? changes.filter { !$0.isUnchanged } : changes
    }

    /// The prose entries to show: all, or only those that are not unchanged.
    public func prose(onlyChanges: Bool) -> [ProseChange] {
        onlyChanges ? prose.filter { !$0.isUnchanged } : prose
    }
}
