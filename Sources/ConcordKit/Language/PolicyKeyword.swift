/// The words that open a line of a `.policy` file.
public enum PolicyKeyword: String, CaseIterable, Sendable {
    case policy
    case school
    case trust
    case history
    case term
    case section
    case text
    case item
    case note
    case clause
    case rule
    case from
    case alternative

    /// The passage kind a `text`, `item` or `note` line writes.
    var passageKind: Passage.Kind? {
        switch self {
        case .text: return .paragraph
        case .item: return .listItem
        case .note: return .note
        default: return nil
        }
    }

    static func keyword(for kind: Passage.Kind) -> PolicyKeyword {
        switch kind {
        case .paragraph: return .text
        case .listItem: return .item
        case .note: return .note
        }
    }

    static let names = allCases.map(\.rawValue)
}

/// The words of a `rule` line that are not vocabulary ids.
enum RuleKeyword {
    static let on = "on"
    static let unless = "unless"
    static let age = "age"
    static let under = "under"
    static let over = "over"
    static let all = [on, unless, age, under, over]
}
