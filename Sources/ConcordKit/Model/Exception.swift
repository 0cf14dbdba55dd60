/// A condition that lifts a clause: "unless …", "without …"
/// (docs/clauses.md, "Exceptions").
public enum Exception: String, Codable, CaseIterable, Sendable, Comparable {
    case withApproval = "with-approval"
    case withConsent = "with-consent"
    case forEducation = "for-education"
    case withPermission = "with-permission"

    public static func < (lhs: Exception, rhs: Exception) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Position in declaration order, which is the canonical order of lists.
    var ordinal: Int { declarationIndex(of: self) }
}
