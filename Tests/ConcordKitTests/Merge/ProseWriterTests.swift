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
}
