/// What changed between two versions of a policy: the documents, changes to
/// their title, school, trust and history, and one entry per clause pair or
/// leftover in NEW document order.
public struct PolicyDiff: Hashable, Sendable {
    public var old: PolicyDocument
    public var new: PolicyDocument
    public var document: [DocumentChange]
    public var changes: [ClauseChange]

    public init(old: PolicyDocument, new: PolicyDocument, document: [DocumentChange], changes: [ClauseChange]) {
        self.old = old
        self.new = new
        self.document = document
        self.changes = changes
    }

    public var summary: DiffSummary { DiffSummary(changes: changes, document: document) }

    /// The two say the same: no document change and every clause unchanged.
    public var isSame: Bool { document.isEmpty && changes.allSatisfy(\.isUnchanged) }

    /// The entries to show: all, or only those that are not unchanged.
    public func changes(onlyChanges: Bool) -> [ClauseChange] {
        onlyChanges ? changes.filter { !$0.isUnchanged } : changes
    }
}
