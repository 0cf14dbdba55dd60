/// One entry of a diff: a pair of clauses, a leftover, a split (one old
/// clause, several new) or a merge (several old, one new), with what kinds
/// of change it carries and, where the words differ, a word redline.
public struct ClauseChange: Hashable, Sendable {
    /// Sorted, without duplicates; `[.unchanged]` when nothing changed.
    public var kinds: [ChangeKind]
    /// The old clauses: none for `added`, several for `merged`.
    public var old: [Clause]
    /// The new clauses: none for `removed`, several for `split`.
    public var new: [Clause]
    /// Old words against new (several clauses joined by a space); empty
    /// when the words are the same.
    public var redline: Redline
    /// What changed in the rule and where, in words: "should-not → must-not".
    public var notes: [String]

    public init(kinds: [ChangeKind], old: [Clause], new: [Clause], redline: Redline = Redline(), notes: [String] = []) {
        self.kinds = kinds.canonical
        self.old = old
        self.new = new
        self.redline = redline
        self.notes = notes
    }

    public var isUnchanged: Bool { kinds == [.unchanged] }
}
