/// A merged clause before it has a section and an id: its rule, the
/// school's sentence that states it, provenance, topics, and what decides
/// where it goes.
struct ClauseDraft {
    var rule: Rule
    var text: String
    /// The source clause's own words (names made placeholders), where
    /// `text` is the whole sentence it is a piece of.
    var ownText: String
    /// The sentence the clause's list item took its force from, written
    /// above it ("Staff must not:").
    var leadIn: String?
    /// What the author should look at: the edit made to the school's
    /// sentence, or how it differs from the rule.
    var review: String?
    var edit: String?
    var provenance: [Provenance]
    /// The other schools' wordings of its topics.
    var alternatives: [Alternative] = []
    var topics: [TopicKey]
    /// The source clause whose sentence it is.
    var source: Provenance
    var sourceDocument: Int
    var outline: OutlineSection
    /// Mean relative place of its source clauses in their documents, 0...1.
    var place: Double
    /// Schools covering its topics, and the number of schools merged.
    var coverage: Int
    var schools: Int
}
