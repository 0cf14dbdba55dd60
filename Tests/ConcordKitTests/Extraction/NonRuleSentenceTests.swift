import Testing
@testable import ConcordKit

/// Sentences that look like rules but state none: possibilities, inversions,
/// titles, labels, beliefs and invitations.
@Suite struct NonRuleSentenceTests {
    @Test(arguments: [
        "A single careless post can reach thousands of parents within minutes.",
        "Mobile phones can be a real asset on a residential trip.",
        "Never before have families been able to see so much of school life.",
        "Never has it been easier to share a photograph.",
        "What the academy will do",
        "Who may post on each account",
        "Review: every two years",
        "We believe that childhood should include time away from screens.",
        "Please like and follow our page for news of the term.",
        "Approved by governors in May 2025.",
        "There is a bench by the gate if you need to make a call.",
        "Please follow us and like our page!",
        "[Insert any other relevant local policies]",
        "Almost all of our pupils use a phone at home.",
        "Phones can be a lifeline for families, but they can also expose children to harm.",
    ])
    func statesNoRule(_ text: String) {
        #expect(clauses(text).isEmpty)
    }

    @Test func aModalWithNoVerbIsNoSecondRule() {
        let text = """
            Pupil Acceptable Use Agreement

            I will only use the tablets when a teacher says I can.
            Tell a member of staff as soon as you can.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["pupils must-not use-personal-device in:school-equipment", "pupils must report to:staff"])
    }

    @Test func aPassiveMayStillPermits() {
        let found = clauses("Photographs of pupils may be taken at sports day by parents.")
        #expect(found.map(\.rule.modality) == [.may])
    }

    @Test func aPartyMayDoWhatItIsAllowed() {
        #expect(clauses("Pupils in Years 5 and 6 may bring a phone to school.").map(\.rule.modality) == [.may])
        #expect(clauses("Breaches will be dealt with under the behaviour policy and may lead to a ban.").map(\.rule.modality) == [.must, .may])
    }

    @Test func anOpenLeadInWithNoListStatesNoClause() {
        let text = """
            Volunteers at the fair must not:

            Volunteers must sign in at the office.
            """
        #expect(clauses(text).map(\.text) == ["Volunteers must sign in at the office."])
    }

    @Test func pleaseAsksRatherThanRules() {
        #expect(clauses("Please do not use your phone in the hall.").map(\.rule.modality) == [.shouldNot])
    }
}

/// What the extractor says it did not fully understand.
@Suite struct UnreadNoteTests {
    func notes(_ text: String) -> [String] {
        PolicyReader().read(SourceText(name: "test", text: text, isMarkdown: false)).document.unread
            .map { "\($0.line) \($0.reason.rawValue)" }
    }

    @Test func anUnknownActionIsNoted() {
        #expect(notes("Volunteers must not juggle near the pond.") == ["1 unknown-action"])
    }

    @Test func aPartyNothingNamedIsNoted() {
        #expect(notes("Keep your password to yourself.") == ["1 guessed-subject"])
        #expect(notes("Parents\n\nKeep your password to yourself.") == [])
    }

    @Test func aNegationTheModalityDoesNotFoldIsNoted() {
        #expect(notes("Staff must make it clear that they are not speaking for the school.") == ["1 uncertain-polarity"])
        #expect(notes("Staff must ensure that pupils do not post photographs of staff.") == [])
    }

    @Test func notesAreNotPartOfTheDocumentsContent() {
        var read = PolicyReader().read(SourceText(name: "test", text: "Volunteers must not juggle.", isMarkdown: false)).document
        let noted = read
        read.unread = []
        #expect(read == noted)
    }
}

/// Pieces that belong to the clause before them.
@Suite struct ClauseBoundaryTests {
    @Test func aContrastingChannelStaysWithItsClause() {
        let found = clauses("Staff must contact parents only through the school office, never from a personal phone.")
        #expect(found.count == 1)
        #expect(found.first?.rule.modality == .mustNot)
    }

    @Test func verbsAfterARelativeModalStayTogether() {
        let found = clauses("Pupils may not wear smart watches that can take photographs or send messages.")
        #expect(found.map(\.rule.action) == [.usePersonalDevice])
    }

    @Test func aComplementsModalAfterAListOfPartiesIsTheSameDuty() {
        let found = clauses("It is expected that all staff and volunteers will set their accounts to private.")
        #expect(found.map { summary($0.rule) } == ["staff,volunteers must set-privacy"])
    }
}

/// Duties stated without a modal verb.
@Suite struct UnmarkedDutyTests {
    @Test func aThingToBeDoneIsADuty() {
        let text = """
            Where a volunteer has a concern about a pupil:
            • the concern to be recorded on the system the same day;
            • any concern about a pupil's safety to be reported to the DSL at once.
            """
        #expect(clauses(text).map { "\($0.rule.modality.rawValue) \($0.rule.action.rawValue)" } == ["must report", "must report"])
    }

    @Test func aWishOrAnAimToBeIsNoDuty() {
        #expect(clauses("Do you want to be tagged in an image?").isEmpty)
        #expect(clauses("This gives clarity to the way phones are to be used by pupils.").allSatisfy { $0.rule.action != .usePersonalDevice })
    }

    @Test func referringAComplaintOnIsAReport() {
        let found = clauses("Governors must refer any complaint about a member of staff to the executive headteacher.")
        #expect(found.map { summary($0.rule) } == ["governors must report to:headteacher"])
    }
}
