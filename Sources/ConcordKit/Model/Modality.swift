/// How strongly a clause binds its subject: obliged, forbidden, advised,
/// discouraged or permitted.
public enum Modality: String, Codable, CaseIterable, Sendable, Comparable {
    case must
    case mustNot = "must-not"
    case should
    case shouldNot = "should-not"
    case may

    /// Whether the modality forbids or discourages its action.
    public var isProhibition: Bool { self == .mustNot || self == .shouldNot }

    /// Strictness within its polarity: `must-not` > `should-not`,
    /// `must` > `should` > `may`. Higher is stricter.
    public var strength: Int {
        switch self {
        case .mustNot, .must: return 3
        case .shouldNot, .should: return 2
        case .may: return 1
        }
    }

    /// The same force with the opposite polarity (`must` ↔ `must-not`,
    /// `should` ↔ `should-not`; `may` stays a permission).
    public var negated: Modality {
        switch self {
        case .must: return .mustNot
        case .mustNot: return .must
        case .should: return .shouldNot
        case .shouldNot: return .should
        case .may: return .mustNot
        }
    }

    /// The prose a clause uses for this modality ("must not").
    public var phrase: String {
        switch self {
        case .must: return "must"
        case .mustNot: return "must not"
        case .should: return "should"
        case .shouldNot: return "should not"
        case .may: return "may"
        }
    }

    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: Int {
        switch self {
        case .mustNot: return 0
        case .shouldNot: return 1
        case .must: return 2
        case .should: return 3
        case .may: return 4
        }
    }
}
