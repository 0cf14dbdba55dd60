/// The `#` comments of a `.policy` file, each kept with the statement it
/// stands before (or the end of the file), so that `fmt` puts them back.
public struct PolicyComments: Hashable, Sendable {
    /// A statement of the file, by its place in the policy.
    public enum Anchor: Hashable, Sendable {
        case header(PolicyKeyword)
        case history
        case historyEntry(Int)
        case term(Int)
        case section(Int)
        /// An item of a section: section index, item index.
        case item(Int, Int)
        case end
    }

    public var byAnchor: [Anchor: [String]] = [:]

    public init() {}

    public var isEmpty: Bool { byAnchor.isEmpty }

    public subscript(anchor: Anchor) -> [String] {
        get { byAnchor[anchor] ?? [] }
        set { byAnchor[anchor] = newValue.isEmpty ? nil : newValue }
    }
}
