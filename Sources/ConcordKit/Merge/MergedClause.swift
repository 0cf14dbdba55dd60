/// A clause of the merged policy and what it was made from.
public struct MergedClause: Hashable, Sendable {
    public var clause: Clause
    /// The topics it states (several where one source clause states the
    /// chosen position of each).
    public var topics: [TopicKey]
    /// The source clause whose prose it took; nil where no source states
    /// exactly its rule and the prose was written from the rule.
    public var proseSource: Provenance?
}
