/// The sections of a merged policy, by who and what, in the order an author
/// expects them. Each merged clause goes to one by its rule's setting,
/// subject and topic; purpose and definitions hold passages taken from one
/// school; the last holds what the author has to place by hand. The
/// headings of the sections on a setting are ones the extractor reads as
/// giving their clauses that setting, as a school's heading does.
public enum OutlineSection: Int, CaseIterable, Sendable, Comparable {
    case purpose
    case definitions
    case responsibilities
    case staffConduct
    case staffPersonalUse
    case staffAndPupils
    case schoolAccounts
    case photographs
    case pupils
    case parents
    case reporting
    case monitoring
    case toPlace

    public var heading: String {
        switch self {
        case .purpose: return "Purpose and scope"
        case .definitions: return "Definitions"
        case .responsibilities: return "Roles and responsibilities"
        case .staffConduct: return "Staff's conduct online"
        case .staffPersonalUse: return "Staff's personal use of social media"
        case .staffAndPupils: return "Staff, pupils and former pupils"
        case .schoolAccounts: return "School social media accounts"
        case .photographs: return "Photographs and images"
        case .pupils: return "Pupils"
        case .parents: return "Parents and carers"
        case .reporting: return "Reporting concerns and breaches"
        case .monitoring: return "Monitoring and review"
        case .toPlace: return "For the author to place"
        }
    }

    /// Where a clause on `key` goes. By its setting where a section is
    /// about it: the school's own accounts, and staff's personal accounts
    /// (but staff's clauses towards pupils stay with them). Then images,
    /// reporting, monitoring and running the school's accounts by what they
    /// are about; sanctions by whom they fall on, in that party's section,
    /// whose heading names it as a school's does; the rest by whom they
    /// bind, and for staff by whom they are towards.
    public static func of(_ key: TopicKey, rule: Rule) -> OutlineSection {
        if rule.context.contains(.schoolAccount) { return .schoolAccounts }
        if key.subjectClass == .staff, rule.context.contains(.personalAccount), !isTowardsPupils(key) { return .staffPersonalUse }
        return byTopic(key)
    }

    /// Where else a clause on `key` may go, should its sentence not read
    /// as its rule under the heading of `of(key, rule:)`: the section on a
    /// setting of its rule, then the one its topic gives whatever its
    /// setting, then the one of whom it binds.
    static func alternatives(_ key: TopicKey, rule: Rule) -> [OutlineSection] {
        var result: [OutlineSection] = []
        if key.subjectClass == .staff, rule.context.contains(.personalAccount) { result.append(.staffPersonalUse) }
        if rule.context.contains(.schoolAccount) { result.append(.schoolAccounts) }
        result.append(byTopic(key))
        switch key.subjectClass {
        case .staff: result.append(.staffConduct)
        case .school: result.append(.responsibilities)
        case .pupils: result.append(.pupils)
        case .parents: result.append(.parents)
        }
        let first = of(key, rule: rule)
        return result.reduce(into: []) { if $1 != first, !$0.contains($1) { $0.append($1) } }
    }

    /// Where a clause on `key` goes by what it is about and whom it binds.
    static func byTopic(_ key: TopicKey) -> OutlineSection {
        switch key.action {
        case .photograph, .postImages, .seekConsent, .tag: return .photographs
        case .takeAction where key.audience == .pupils || key.audience == .exPupils: return .pupils
        case .takeAction where key.audience == .parents: return .parents
        case .takeAction where key.audience == .staff: return .staffConduct
        case .report, .investigate, .takeAction, .removeContent: return .reporting
        case .monitor: return .monitoring
        case .comply where key.subjectClass == .staff: return .purpose
        case .createAccount, .approve, .respond: return .schoolAccounts
        default: break
        }
        switch key.subjectClass {
        case .pupils: return .pupils
        case .parents: return .parents
        case .school:
            switch key.audience {
            case .pupils?, .exPupils?: return .pupils
            case .parents?: return .parents
            default: return .responsibilities
            }
        case .staff: return isTowardsPupils(key) ? .staffAndPupils : .staffConduct
        }
    }

    private static func isTowardsPupils(_ key: TopicKey) -> Bool {
        key.audience == .pupils || key.audience == .exPupils
    }

    /// The kind of a source section by its heading's key (`SectionKey`):
    /// purpose or definitions, whose passages one school gives; nil for
    /// any other.
    static func passageKind(ofKey key: String) -> OutlineSection? {
        let words = key.split(separator: " ")
        if words.contains(where: { ["definitions", "definition", "glossary", "terms"].contains($0) }) { return .definitions }
        if words.contains(where: { ["purpose", "aims", "aim", "introduction", "scope", "rationale", "overview"].contains($0) }) {
            return .purpose
        }
        return nil
    }

    public static func < (lhs: OutlineSection, rhs: OutlineSection) -> Bool { lhs.rawValue < rhs.rawValue }
}
