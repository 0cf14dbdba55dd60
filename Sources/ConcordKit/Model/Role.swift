/// A party a clause binds or is about (docs/clauses.md, "Roles").
public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    case staff
    case governors
    case volunteers
    case contractors
    case visitors
    case pupils
    case exPupils = "ex-pupils"
    case parents
    case headteacher
    case seniorLeaders = "senior-leaders"
    case safeguardingLead = "safeguarding-lead"
    case governingBoard = "governing-board"
    case school
    case administrator
    case everyone
    case `public`
    case authorities

    public static func < (lhs: Role, rhs: Role) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Position in declaration order, which is the canonical order of lists.
    var ordinal: Int { declarationIndex(of: self) }
}
