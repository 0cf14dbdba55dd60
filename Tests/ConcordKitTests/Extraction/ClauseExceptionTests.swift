import Testing
@testable import ConcordKit

/// The cases a rule lifts for, read from how English restricts a rule:
/// "only where …", "except when …", "whose parents have consented", "as
/// part of a lesson", "for my learning only". Sentences written for these
/// tests.
@Suite struct ClauseExceptionTests {
    func exceptions(_ text: String) -> [[Exception]] {
        clauses("Our rules\n\n" + text).map(\.rule.exceptions)
    }

    @Test(arguments: [
        ("Staff may only post images of pupils on the class page where a parent has given consent.", Exception.withConsent),
        ("Visiting photographers may only photograph pupils whose parents have consented.", .withConsent),
        ("Pupils must not use social media in school except when a teacher has set it as part of a lesson.", .forEducation),
        ("Pupils may only take photographs in school as part of their learning.", .forEducation),
        ("I will use the school laptops for my learning only.", .forEducation),
        ("Don't use your phone in lessons unless your teacher has asked you to use it for your work.", .forEducation),
    ])
    func aRestrictionNamesTheCaseItLiftsFor(_ text: String, _ expected: Exception) {
        #expect(exceptions(text) == [[expected]], "\(text)")
    }

    @Test func aPurposeThatRestrictsNothingIsNoException() {
        #expect(exceptions("Staff should use their school account whenever they use an AI tool for school work.") == [[]])
    }

    @Test(arguments: [
        "Children will only be photographed where written consent has been given by a parent.",
        "Pupils may bring a basic phone to school if a parent has completed the phone permission form.",
        "Pupils may bring a phone as long as a parent has signed the phone agreement.",
    ])
    func aParentsFormOrConsentLiftsTheRule(_ text: String) {
        #expect(exceptions(text) == [[.withConsent]], "\(text)")
    }

    @Test func aConditionInsideTheSubjectIsNoException() {
        let found = clauses("Our rules\n\nAnyone who sees an image of a pupil posted without consent should report it to the Headteacher.")
        #expect(found.map { summary($0.rule) } == ["everyone should report to:headteacher"])
    }

    @Test func theAgentOfAConditionIsNotBound() {
        let found = clauses("Our rules\n\nChildren will only be photographed where consent has been given by a parent.")
        #expect(found.first?.rule.subject.contains(.parents) == false)
    }

    @Test func aConditionNamingAParentWithoutConsentIsNoException() {
        #expect(exceptions("If a parent posts an offensive comment, staff must report it to the headteacher.") == [[]])
    }

    @Test(arguments: [
        "Employees may, with the permission of the Headteacher, set up a department account.",
        "Staff must not, without the permission of the Headteacher, post photographs of pupils.",
    ])
    func aConditionBetweenTheModalAndItsVerbLiftsTheRule(_ text: String) {
        #expect(exceptions(text) == [[.withApproval]], "\(text)")
    }
}
