/// The class of party a topic binds: the school's adults (staff and
/// governors), its pupils, its parents, or the school as an institution.
/// Topics never mix classes: "staff must not post images of pupils" and
/// "parents must not post images of pupils" are two rows.
public enum SubjectClass: String, Codable, CaseIterable, Sendable, Comparable {
    case staff
    case pupils
    case parents
    case school

    /// The class a role belongs to when it is a clause's subject.
    /// `everyone` counts with the adults: in these policies it names the
    /// school community bound alongside staff ("everyone must not post
    /// anonymously").
    public init(subject role: Role) {
        switch role {
        case .staff, .governors, .volunteers, .contractors, .visitors, .everyone: self = .staff
        case .pupils, .exPupils: self = .pupils
        case .parents, .public: self = .parents
        case .headteacher, .seniorLeaders, .safeguardingLead, .governingBoard, .school, .administrator, .authorities:
            self = .school
        }
    }

    /// The classes a clause's subjects fall into, each once, in order.
    public static func classes(of subjects: [Role]) -> [SubjectClass] {
        Set(subjects.map(SubjectClass.init(subject:))).sorted()
    }

    public static func < (lhs: SubjectClass, rhs: SubjectClass) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    var ordinal: Int { SubjectClass.allCases.firstIndex(of: self)! }
}
