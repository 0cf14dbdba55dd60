/// A defined term of a policy: "In this policy \"everyone\" refers to staff,
/// governors, Friends and volunteers". Expanded in clause subjects.
public struct Definition: Codable, Hashable, Sendable {
    public var term: Role
    public var meaning: [Role]
    public var line: Int?

    public init(term: Role, meaning: [Role], line: Int? = nil) {
        self.term = term
        self.meaning = meaning.canonical
        self.line = line
    }
}
