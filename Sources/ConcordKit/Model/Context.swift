/// Where, when or through what a clause applies (docs/clauses.md, "Contexts").
public enum Context: String, Codable, CaseIterable, Sendable, Comparable {
    case personalAccount = "personal-account"
    case schoolAccount = "school-account"
    case personalDevice = "personal-device"
    case schoolEquipment = "school-equipment"
    case workTime = "work-time"
    case lessonTime = "lesson-time"
    case inSchool = "in-school"
    case outsideSchool = "outside-school"
    case schoolEvent = "school-event"
    case afterLeaving = "after-leaving"

    public static func < (lhs: Context, rhs: Context) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Position in declaration order, which is the canonical order of lists.
    var ordinal: Int { declarationIndex(of: self) }
}

extension Context {
    /// Whether two settings answer the same question: which account, which
    /// device, or where.
    func isSameKind(as other: Context) -> Bool {
        kind == other.kind
    }

    /// Whether no case is in both settings: a school account is no
    /// personal one, school equipment no personal device, outside school
    /// not in it. (Lesson time is work time; a school event may be in
    /// school or out of it.)
    public func excludes(_ other: Context) -> Bool {
        switch (self, other) {
        case (.personalAccount, .schoolAccount), (.schoolAccount, .personalAccount),
             (.personalDevice, .schoolEquipment), (.schoolEquipment, .personalDevice),
             (.inSchool, .outsideSchool), (.outsideSchool, .inSchool):
            return true
        default:
            return false
        }
    }

    private var kind: Int {
        switch self {
        case .personalAccount, .schoolAccount: return 0
        case .personalDevice, .schoolEquipment: return 1
        case .workTime, .lessonTime: return 2
        case .inSchool, .outsideSchool, .schoolEvent: return 3
        case .afterLeaving: return 4
        }
    }
}
