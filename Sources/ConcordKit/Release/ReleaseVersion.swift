/// A release's version number, compared numerically by component:
/// 1.9 < 1.10 < 2.0, and 2 == 2.0.
public struct ReleaseVersion: Comparable, Sendable, CustomStringConvertible {
    public var description: String
    var number: VersionNumber

    /// Nil for a version with no number to compare ("draft", "1.x").
    public init?(_ text: String) {
        guard let number = VersionNumber(text) else { return nil }
        self.description = text
        self.number = number
    }

    public static func == (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool { lhs.number == rhs.number }
    public static func < (lhs: ReleaseVersion, rhs: ReleaseVersion) -> Bool { lhs.number < rhs.number }

    /// The file a released version is kept in, in the history folder:
    /// "1.10.policy".
    public var fileName: String { description + ".policy" }

    /// The version a history folder's file holds ("1.10.policy" → 1.10);
    /// nil for any other file.
    public init?(fileName: String) {
        guard fileName.hasSuffix(".policy") else { return nil }
        self.init(String(fileName.dropLast(".policy".count)))
    }
}
