/// A sentence of a source the merge could not place by its rule, left in
/// the merged policy's last section for the author: its school, line and
/// why. A sentence several sources hold is listed once, with each.
public struct SentenceToPlace: Hashable, Sendable {
    public var source: String
    public var line: Int
    public var text: String
    public var reason: String
    /// Other sources with the same sentence: "todwick line 12".
    public var alsoIn: [String] = []

    /// "ashton-vale line 117", and where else it is.
    public var places: String {
        ([source + " line \(line)"] + alsoIn).joined(separator: ", ")
    }
}
