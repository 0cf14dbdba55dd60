import Testing
@testable import ConcordKit

@Suite struct RuleComparisonTests {
    @Test(arguments: [
        (Modality.shouldNot, Modality.mustNot, ChangeKind.tightened),
        (.mustNot, .shouldNot, .loosened),
        (.should, .must, .tightened),
        (.may, .should, .tightened),
        (.must, .may, .loosened),
        (.may, .mustNot, .tightened),
        (.shouldNot, .may, .loosened),
        (.must, .mustNot, .reversed),
        (.shouldNot, .should, .reversed),
        (.should, .mustNot, .reversed),
    ])
    func modalityChanges(_ old: Modality, _ new: Modality, _ kind: ChangeKind) {
        #expect(RuleComparison.modalityChange(from: old, to: new) == kind)
    }

    @Test func equalModalitiesAreNoChange() {
        for modality in Modality.allCases { #expect(RuleComparison.modalityChange(from: modality, to: modality) == nil) }
    }

    @Test func fieldsGiveTheirKinds() {
        let old = DiffTestSupport.befriendPupils.1
        var older = old
        older.age = AgeThreshold(comparator: .under, years: 18, appliesTo: .exPupils)
        #expect(RuleComparison(old: old, new: older).kinds == [.thresholdChanged])
        var wider = old
        wider.subject = [.staff, .volunteers]
        #expect(RuleComparison(old: old, new: wider).kinds == [.scopeChanged])
        var lifted = old
        lifted.exceptions = [.withApproval]
        #expect(RuleComparison(old: old, new: lifted).kinds == [.scopeChanged])
        var several = old
        several.modality = .shouldNot
        several.context = []
        #expect(RuleComparison(old: old, new: several).kinds == [.loosened, .scopeChanged])
        #expect(RuleComparison(old: old, new: old).kinds.isEmpty)
    }

    @Test func notesSayWhatChanged() {
        var new = DiffTestSupport.befriendPupils.1
        new.modality = .shouldNot
        new.audience = [.pupils, .parents]
        let notes = RuleComparison(old: DiffTestSupport.befriendPupils.1, new: new).notes
        #expect(notes == ["must-not → should-not", "audience: +parents −ex-pupils"])
    }
}
