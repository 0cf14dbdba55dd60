/// Why `release` refuses a version.
public enum ReleaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The version has no number to compare.
    case notANumber(String)
    /// The version does not increase on one already in the history or
    /// already released.
    case notIncreasing(String, latest: String)

    public var description: String {
        switch self {
        case .notANumber(let version):
            return "version '\(version)' is not a number such as '1.10' or '2.0'"
        case .notIncreasing(let version, let latest):
            return "version '\(version)' does not increase on '\(latest)'; versions compare by component (1.9 < 1.10 < 2.0)"
        }
    }
}
