import Testing
@testable import ConcordKit

/// How strongly a sentence binds, in the forms policies use besides a
/// plain modal: a passive permission or ban, a negative adverbial before an
/// inverted modal, "neither … nor", a first-person undertaking; and modals
/// that belong to a clause of their own. Sentences written for these tests.
@Suite struct ClauseModalityTests {
    func rules(_ text: String) -> [String] {
        clauses("Our rules\n\n" + text).map { summary($0.rule) }
    }

    @Test(arguments: [
        ("Personal phones may not be used while children are present.", "staff must-not use-personal-device"),
        ("Pupils' phones may not be brought into the exam hall.", "pupils must-not use-personal-device"),
    ])
    func aPassiveAfterMayNotForbids(_ text: String, _ expected: String) {
        #expect(rules(text) == [expected], "\(text)")
    }

    @Test(arguments: [
        "Pupils may not be aware of the risks of sharing their location.",
        "Some apps may not be suitable for younger children.",
        "A private message may not be seen as private by the courts.",
    ])
    func mayNotBeWithoutAnActionIsAPossibility(_ text: String) {
        #expect(rules(text).isEmpty, "\(text)")
    }

    @Test func aThingThatIsAllowedOrNotIsAPermissionOrABan() {
        let parents = """
            Parents

            Photographs of your own child are permitted at sports day.

            No filming is allowed during the nativity.
            """
        #expect(clauses(parents).map { "\($0.rule.modality.rawValue) \($0.rule.action.rawValue)" } == ["may photograph", "must-not photograph"])
    }

    @Test func aPermissionInsideAClauseOfTimeStatesNoRule() {
        #expect(rules("Staff must tell the headteacher about the site before access is permitted for pupils.").count == 1)
    }

    @Test(arguments: [
        ("At no time may staff share images of pupils on personal accounts.", "staff must-not post-images to:pupils in:personal-account"),
        ("On no account should pupils bring phones to the exam.", "pupils should-not use-personal-device"),
    ])
    func aNegativeAdverbialForbidsAndBindsThePartyAfterTheModal(_ text: String, _ expected: String) {
        #expect(rules(text) == [expected], "\(text)")
    }

    @Test func neitherNorForbidsBoth() {
        #expect(rules("Staff must neither befriend pupils nor message them.").map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
            == ["staff must-not befriend", "staff must-not contact"])
    }

    @Test func anUndertakingInTheFirstPersonBinds() {
        let text = """
            Governors' code of conduct

            I agree to abide by this code of conduct.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["governors must comply"])
    }

    @Test func aModalOfAReasonIsNoRule() {
        #expect(rules("Parents must not post the video online, because other children will be in it.").count == 1)
        // "because of" opens a phrase, not a clause.
        #expect(rules("A teacher who is waiting for news because of a family emergency may keep their phone on.").count == 1)
    }

    @Test func givingRiseToProceedingsIsASanction() {
        #expect(rules("Any breach of this policy may give rise to disciplinary proceedings.").first?.hasPrefix("school may take-action") == true)
    }

    @Test(arguments: ["There must be no photography in the changing rooms.", "There will be no filming in the changing rooms."])
    func thereMustBeNoForbids(_ text: String) {
        #expect(rules(text).map { $0.split(separator: " ").dropFirst().prefix(2).joined(separator: " ") } == ["must-not photograph"], "\(text)")
    }

    @Test(arguments: [
        ("Parents should support the school by not posting photographs of other children.", "parents should-not post-images to:pupils"),
        ("It is the responsibility of each class teacher to make sure that images of pupils are not posted online.", "staff must-not post-images to:pupils"),
        ("Staff and volunteers should use only school iPads to photograph pupils.", "staff,volunteers should-not photograph to:pupils in:personal-device"),
    ])
    func aNegationOrRestrictionAwayFromTheModalStillForbids(_ text: String, _ expected: String) {
        #expect(rules(text) == [expected], "\(text)")
    }

    @Test func aSanctionOnWhoeverDoesSomethingForbidsIt() {
        #expect(rules("A pupil who takes a photograph in a changing room will be excluded from fixtures.") == ["pupils must-not photograph in:in-school"])
    }

    @Test(arguments: [
        "Staff will support pupils to understand who they can safely talk to online.",
        "Staff will teach pupils which websites they can visit.",
        "Parents are asked not to film the concert, as the school will provide an official recording.",
    ])
    func aModalOfAQuestionOrReasonInsideTheClauseIsNoSecondRule(_ text: String) {
        #expect(rules(text).count == 1, "\(text)")
    }

    @Test func allContactMadeThroughTheSchoolsSystemsForbidsTheRest() {
        #expect(rules("All contact with parents must be made through school systems.").first?.contains("must-not contact") == true)
    }

    @Test func aModalBeforeAnAsideKeepsItsStrength() {
        #expect(rules("The Trust will investigate any misuse and may, where appropriate, refer the matter to the police.")
            == ["school must investigate", "school may report to:authorities"])
    }

    @Test func steppingDownIsASanction() {
        #expect(rules("Helpers who break this code will be asked to step down.") == ["school must take-action to:volunteers"])
    }
}
