/// What `PolicyMerger` makes: the merged policy (a template with
/// `{{school}}` and `{{trust}}`), the comments that go with it (each merged
/// clause's topics and how many schools cover them), and the choices behind
/// it, for the report.
public struct MergeResult: Hashable, Sendable {
    public var document: PolicyDocument
    public var comments: PolicyComments
    public var strategy: MergeStrategy
    /// The sources' unique short names, in the order given.
    public var sources: [String]
    /// The sources' schools (or short names where a document names none).
    public var schools: [String]
    /// What the extractor did not fully understand in each source, in the
    /// order given.
    public var unread: [UnreadCount]
    /// One per topic, in topic order.
    public var choices: [TopicChoice]
    /// One per merged clause, in the order of the merged document.
    public var clauses: [MergedClause]
    /// Where the purpose and definitions passages were taken from.
    public var passageSources: [PassageSource] = []
    /// The sentences left for the author to place, in the last section.
    public var toPlace: [SentenceToPlace] = []

    /// The merged clause that states a topic's choice.
    public func clause(for key: TopicKey) -> MergedClause? {
        clauses.first { $0.topics.contains(key) }
    }
}
