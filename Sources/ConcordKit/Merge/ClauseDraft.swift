/// A merged clause before it has a section and an id: its rule, prose,
/// provenance, topics, and what decides where it goes.
struct ClauseDraft {
    var rule: Rule
    var text: String
    var provenance: [Provenance]
    var topics: [TopicKey]
    var proseSource: Provenance?
    /// The section key of each source clause on its topics (one vote per
    /// school and topic), and the exemplar's, which breaks ties.
    var sectionVotes: [String]
    var exemplarSection: String
    /// Mean relative place of its source clauses in their documents, 0...1.
    var place: Double
    /// Schools covering its topics, and the number of schools merged.
    var coverage: Int
    var schools: Int
}
