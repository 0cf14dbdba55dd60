/// Which school a merged section's passages (purpose and scope,
/// definitions) were taken from, and why.
public struct PassageSource: Hashable, Sendable {
    /// The merged section's heading.
    public var section: String
    public var source: String
    /// "the preferred school", "the fullest of the 3 sources that have one (212 words)".
    public var reason: String
}
