import Testing
@testable import ConcordKit

/// Prose written from a rule reads back, through the extractor, as that
/// rule's modality, so that `concord check` finds no disagreement.
@Suite struct ProseWriterTests {
    static let modalities = Modality.allCases
    static let actions = Action.allCases.filter { $0 != .other }

    @Test func writesTheIssuesExample() {
        let rule = Rule(
            subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils],
            age: AgeThreshold(comparator: .under, years: 16, appliesTo: .pupils), context: [.personalAccount])
        #expect(ProseWriter().sentence(for: rule) == "Staff and governors must not befriend pupils under 16 on personal accounts.")
    }

    @Test func writesExceptionsAndAgesOfOtherRoles() {
        let rule = Rule(
            subject: [.staff], modality: .shouldNot, action: .postImages, audience: [.pupils],
            age: AgeThreshold(comparator: .under, years: 13, appliesTo: .exPupils), context: [.personalAccount, .personalDevice],
            exceptions: [.withApproval, .withConsent])
        #expect(ProseWriter().sentence(for: rule)
            == "Staff should not post images of pupils where former pupils are under 13 on personal accounts or on personal devices unless the headteacher has given prior approval or parents have given consent.")
    }

    @Test(arguments: actions)
    func everyModalityReadsBack(action: Action) {
        let check = ProseCheck(reader: PolicyReader())
        for modality in Self.modalities {
            for audience in [[], [Role.pupils]] {
                let rule = Rule(subject: [.staff], modality: modality, action: action, audience: audience)
                let text = ProseWriter().sentence(for: rule)
                let agrees = check.agrees(text, with: rule)
                #expect(agrees, "check disagrees with '\(text)'")
                let read = PolicyReader().read(SourceText(name: "t", text: text)).document.clauses.map(\.rule.modality.rawValue)
                let readsBack = read.contains(modality.rawValue)
                #expect(readsBack, "'\(text)' reads as \(read)")
            }
        }
    }

    /// Rules whose prose the extractor reads back whole: every action in
    /// every modality, every context, exception, subject and audience, and
    /// ages. Left out: `use-personal-device`, whose words also name the
    /// context `personal-device`, and a role's rule towards itself.
    static var roundTrips: [Rule] {
        var rules: [Rule] = []
        for action in actions where action != .usePersonalDevice {
            for modality in modalities {
                rules.append(Rule(subject: [.staff, .governors], modality: modality, action: action, audience: [.pupils, .parents]))
                rules.append(Rule(subject: [.staff], modality: modality, action: action))
            }
        }
        for context in Context.allCases { rules.append(Rule(subject: [.staff], modality: .mustNot, action: .postImages, audience: [.pupils], context: [context])) }
        for exception in Exception.allCases { rules.append(Rule(subject: [.staff], modality: .mustNot, action: .postImages, audience: [.pupils], exceptions: [exception])) }
        for role in Role.allCases { rules.append(Rule(subject: [role], modality: .must, action: .report, audience: role == .headteacher ? [.safeguardingLead] : [.headteacher])) }
        for role in Role.allCases where role != .school && role != .staff {
            rules.append(Rule(subject: [.staff], modality: .mustNot, action: .contact, audience: [role]))
        }
        rules.append(Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.exPupils], age: AgeThreshold(comparator: .under, years: 18, appliesTo: .exPupils), context: [.personalAccount]))
        rules.append(Rule(subject: [.pupils], modality: .shouldNot, action: .accessSocialMedia, age: AgeThreshold(comparator: .under, years: 13, appliesTo: .pupils)))
        return rules
    }

    @Test func readsBackAsItsRule() {
        var misread: [String] = []
        for rule in Self.roundTrips {
            let text = ProseWriter().sentence(for: rule)
            let read = PolicyReader().read(SourceText(name: "t", text: text)).document.clauses.map(\.rule)
            if !read.contains(rule) { misread.append(text) }
        }
        #expect(misread.isEmpty, "read otherwise: \(misread)")
    }
}
