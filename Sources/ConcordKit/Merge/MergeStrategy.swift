/// How `merge` chooses one position per topic when the schools differ.
public enum MergeStrategy: Hashable, Sendable {
    /// The strictest position (`Strictness`): the strongest modality, the
    /// widest age limit (none is widest), the fewest exceptions.
    case strictest
    /// The position most schools hold; ties go to the strictest of them.
    case majority
    /// The named school's position where it has one, else the strictest.
    case prefer(String)

    /// Reads `strictest`, `majority` or `prefer:NAME`; nil for anything else.
    public init?(_ text: String) {
        switch text {
        case "strictest": self = .strictest
        case "majority": self = .majority
        default:
            guard text.hasPrefix("prefer:") else { return nil }
            let name = String(text.dropFirst("prefer:".count))
            guard !name.isEmpty else { return nil }
            self = .prefer(name)
        }
    }

    public var name: String {
        switch self {
        case .strictest: return "strictest"
        case .majority: return "majority"
        case .prefer(let school): return "prefer:" + school
        }
    }

    /// The index of the document `name` stands for: its short name or its
    /// school, compared without case; nil when none matches.
    public static func document(named name: String, in documents: [PolicyDocument]) -> Int? {
        let wanted = name.lowercased()
        return documents.firstIndex { $0.name.lowercased() == wanted }
            ?? documents.firstIndex { $0.school?.lowercased() == wanted }
    }
}
