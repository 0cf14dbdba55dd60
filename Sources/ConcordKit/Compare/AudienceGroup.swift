/// Who a topic's action is towards, coarser than a role: governors and
/// volunteers are `staff`, the head teacher and the safeguarding lead are
/// `leaders`. A topic whose action ignores its audience (or a clause about
/// everyone) has no group.
public enum AudienceGroup: String, Codable, CaseIterable, Sendable, Comparable {
    case pupils
    case exPupils = "ex-pupils"
    case parents
    case staff
    case leaders
    case authorities

    /// The group of one audience role; nil for roles that name no one in
    /// particular (`everyone`, `public`, `school`).
    public init?(audience role: Role) {
        switch role {
        case .pupils: self = .pupils
        case .exPupils: self = .exPupils
        case .parents: self = .parents
        case .staff, .governors, .volunteers, .contractors, .visitors: self = .staff
        case .headteacher, .seniorLeaders, .safeguardingLead, .governingBoard, .administrator: self = .leaders
        case .authorities: self = .authorities
        case .everyone, .public, .school: return nil
        }
    }

    /// The groups of an audience, each once, in order; empty when it names
    /// no one in particular.
    public static func groups(of audience: [Role]) -> [AudienceGroup] {
        Set(audience.compactMap(AudienceGroup.init(audience:))).sorted()
    }

    /// Whether `role` falls in this group.
    public func contains(_ role: Role) -> Bool { AudienceGroup(audience: role) == self }

    public static func < (lhs: AudienceGroup, rhs: AudienceGroup) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    var ordinal: Int { AudienceGroup.allCases.firstIndex(of: self)! }
}
