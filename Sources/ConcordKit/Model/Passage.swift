/// Text of a policy that is not a clause (purpose, definitions, notes, list
/// items that state nothing), kept so that nothing of the source is lost.
public struct Passage: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case paragraph
        case listItem = "item"
        case note
    }

    public var kind: Kind
    public var text: String
    public var line: Int
    /// The list marker the text had in the source ("A.", "4.3", "·"), kept
    /// so that nothing of the source is lost; nil for none.
    public var marker: String?

    public init(kind: Kind, text: String, line: Int, marker: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.marker = marker
    }
}
