/// How the schools stand on a topic. A row has one status, the first that
/// holds in this order: `conflict` (one school forbids what another
/// requires or permits), `differ` (modality, age limit, contexts or
/// exceptions differ), `gap` (the schools that speak agree, but some say
/// nothing), `agree`.
public enum RowStatus: String, Codable, CaseIterable, Sendable, Comparable {
    case conflict
    case differ
    case gap
    case agree

    public static func < (lhs: RowStatus, rhs: RowStatus) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    var ordinal: Int { RowStatus.allCases.firstIndex(of: self)! }
}
