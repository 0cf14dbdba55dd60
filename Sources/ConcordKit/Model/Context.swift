/// Where, when or through what a clause applies (spec/clauses.md, "Contexts").
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
