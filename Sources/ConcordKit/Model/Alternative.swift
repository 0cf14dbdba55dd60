/// Another school's wording of a merged clause's topic, kept in the merged
/// policy so that an author can swap it in: the document, its clause id
/// and its text (names made placeholders). `render` leaves it out.
public struct Alternative: Codable, Hashable, Sendable {
    public var document: String
    public var clause: String
    public var text: String

    public init(document: String, clause: String, text: String) {
        self.document = document
        self.clause = clause
        self.text = text
    }
}
