/// A clause of the merged policy and what it was made from.
public struct MergedClause: Hashable, Sendable {
    public var clause: Clause
    /// The topics it states (several where one source clause states the
    /// chosen position of each).
    public var topics: [TopicKey]
    /// The source clause whose sentence it is (with names made placeholders).
    public var source: Provenance
    /// The sentence its list item took its force from, written above it.
    public var leadIn: String?
    /// The edit made to the school's sentence (only its modal or an age),
    /// nil where it is the school's own words.
    public var edit: String?
    /// Why the author should read it: the edit, or how the sentence as the
    /// school wrote it differs from the chosen position.
    public var review: String?
}
