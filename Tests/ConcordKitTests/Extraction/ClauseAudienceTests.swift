import Testing
@testable import ConcordKit

/// Whom a clause is about when the sentence names that party outside its
/// predicate: in the occasion it answers, or not at all (a purpose clause).
/// Sentences written for these tests.
@Suite struct ClauseAudienceTests {
    func audiences(_ text: String) -> [[Role]] {
        clauses("Our rules\n\n" + text).map(\.rule.audience)
    }

    @Test(arguments: [
        "If a pupil sends a message to a teacher's personal phone, the teacher should not reply.",
        "Staff who receive a friend request from a pupil must not accept it.",
        "When a child arrives with a smart watch, the class teacher will keep it safe in a drawer.",
        "If a pupil becomes upset while being filmed, staff must stop photographing at once.",
    ])
    func theOccasionsPartyIsWhomTheActionAnswers(_ text: String) {
        #expect(audiences(text) == [[.pupils]], "\(text)")
    }

    @Test func onlyTheOccasionsFirstPartyIsAnswered() {
        #expect(audiences("If a parent was a friend before their child joined the school, staff must not message them about school matters.")
            == [[.parents]])
    }

    @Test func theOccasionLeavesANamedAudienceAlone() {
        #expect(audiences("If a pupil is upset by a post, staff should contact the parents.") == [[.parents]])
    }

    @Test(arguments: [
        "Teachers must keep their camera switched on in a live lesson so that pupils can see who is speaking.",
        "Set your personal accounts to private so that pupils cannot find your posts.",
    ])
    func aPurposeNamesNoAudience(_ text: String) {
        #expect(audiences(text) == [[]], "\(text)")
    }

    @Test func whoAnImageShowsIsWhomPostingItIsAbout() {
        #expect(audiences("Please do not share photographs from these events on social media if they show any other child.") == [[.pupils]])
    }

    @Test(arguments: [
        "Personal phones are to be locked in the staff lockers during the session.",
        "Visitors must not use the children's toilets.",
        "Staff may use their phones in the staff room.",
    ])
    func aPlaceNamedForAPartyIsNoParty(_ text: String) {
        #expect(audiences(text) == [[]], "\(text)")
    }

    @Test(arguments: [
        "The head of year will telephone the pupil's parents.",
        "Staff must not message a child's parents from a personal account.",
    ])
    func theOwnerOfAPartyOnlySaysWhoseItIs(_ text: String) {
        #expect(audiences(text) == [[.parents]], "\(text)")
    }

    @Test func theOwnerOfAThingIsWhomTheActionIsAbout() {
        #expect(audiences("Pupils must not share another pupil's address.") == [[.pupils]])
    }

    @Test(arguments: [
        ("Children must not take photographs at the club, including of each other.", [Role.pupils]),
        ("Staff and volunteers must not message one another about pupils on WhatsApp.", [.staff, .volunteers, .pupils]),
        ("Parents must not film the performance.", []),
    ])
    func eachOtherIsTheBoundParties(_ text: String, _ expected: [Role]) {
        #expect(audiences(text) == [expected], "\(text)")
    }

    @Test func aPartyInsideAThingsNameIsNoAudience() {
        #expect(audiences("Staff must keep the class iPads locked away at night.") == [[]])
    }

    @Test(arguments: [
        ("Staff must report any contact from a pupil on a personal account to the Designated Safeguarding Lead.", [Role.safeguardingLead]),
        ("Please report any improper contact or cyber bullying to your tutor in confidence.", [.staff]),
        ("Staff must inform parents immediately.", [.parents]),
    ])
    func whoIsToldOfAReportNotWhomItIsAbout(_ text: String, _ expected: [Role]) {
        #expect(audiences(text) == [expected], "\(text)")
    }
}
