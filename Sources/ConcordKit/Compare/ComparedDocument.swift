/// A column of the matrix: one school's document and how it fares overall.
public struct ComparedDocument: Hashable, Sendable {
    /// Unique among the compared documents (a repeated name gets "-2").
    public var name: String
    public var school: String?
    public var title: String?
    /// Clauses with no normalized action (`other`): not compared.
    public var uncompared: Int
    public var summary: SchoolSummary
    /// What the extractor did not fully understand in the document, to be
    /// read by eye.
    public var unread: UnreadCount

    public init(
        name: String, school: String?, title: String?, uncompared: Int = 0, summary: SchoolSummary = SchoolSummary(),
        unread: UnreadCount = UnreadCount()
    ) {
        self.name = name
        self.school = school
        self.title = title
        self.uncompared = uncompared
        self.summary = summary
        self.unread = unread
    }
}
