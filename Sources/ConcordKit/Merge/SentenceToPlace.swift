/// A sentence of a source the merge could not place by its rule, left in
/// the merged policy's last section for the author: its school, line and
/// why.
public struct SentenceToPlace: Hashable, Sendable {
    public var source: String
    public var line: Int
    public var text: String
    public var reason: String
}
