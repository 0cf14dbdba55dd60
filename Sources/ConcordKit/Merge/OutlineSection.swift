/// The sections of a merged policy, by who and what, in the order an author
/// expects them. Each merged clause goes to one by its rule's subject and
/// topic; purpose and definitions hold passages taken from one school; the
/// last holds what the author has to place by hand.
public enum OutlineSection: Int, CaseIterable, Sendable, Comparable {
    case purpose
    case definitions
    case responsibilities
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
        case .staffPersonalUse: return "Staff's conduct online"
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

    /// Where a clause on `key` goes: images, reporting, monitoring and the
    /// school's own accounts by what they are about; the rest by whom they
    /// bind, and for staff by whom they are towards.
    public static func of(_ key: TopicKey, rule: Rule) -> OutlineSection {
        switch key.action {
        case .photograph, .postImages, .seekConsent, .tag: return .photographs
        case .report, .investigate, .takeAction, .removeContent: return .reporting
        case .monitor: return .monitoring
        case .comply where key.subjectClass == .staff || key.subjectClass == .school: return .purpose
        case .createAccount, .approve, .respond: return .schoolAccounts
        default: break
        }
        if rule.context.contains(.schoolAccount) { return .schoolAccounts }
        switch key.subjectClass {
        case .pupils: return .pupils
        case .parents: return .parents
        case .school:
            switch key.audience {
            case .pupils?, .exPupils?: return .pupils
            case .parents?: return .parents
            default: return .responsibilities
            }
        case .staff:
            switch key.audience {
            case .pupils?, .exPupils?: return .staffAndPupils
            default: return .staffPersonalUse
            }
        }
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
