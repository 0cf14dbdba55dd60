/// What happened to a clause between two versions of a policy. A change can
/// carry several kinds (`moved` and `tightened`); `unchanged` is only ever
/// alone.
///
/// Modality changes (see docs/diff.md): within a polarity a stronger verb is
/// `tightened` and a weaker one `loosened` (`must-not` > `should-not`;
/// `must` > `should` > `may`). `may` is the loosest end of both scales, so a
/// permission becoming a prohibition or a duty is `tightened` and the reverse
/// `loosened`. A duty becoming a prohibition of the same action, or a
/// prohibition becoming a duty, is neither: it is `reversed`.
public enum ChangeKind: String, CaseIterable, Codable, Sendable, Comparable {
    case unchanged
    /// Same rule, other words.
    case reworded
    case tightened
    case loosened
    /// A duty became a prohibition or a prohibition a duty.
    case reversed
    /// The age threshold differs (16 → 18, added or dropped).
    case thresholdChanged = "threshold-changed"
    /// Subjects, action, audience, context or exceptions differ.
    case scopeChanged = "scope-changed"
    /// The clause is now in another section.
    case moved
    /// One old clause became several new ones.
    case split
    /// Several old clauses became one new one.
    case merged
    case added
    case removed

    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    var ordinal: Int { ChangeKind.allCases.firstIndex(of: self)! }
}
