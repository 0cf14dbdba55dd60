import Testing
@testable import ConcordKit

/// Where a clause holds: the places of a school site, and settings a
/// clause inherits from its lead-in or heading against its own. Sentences
/// written for these tests.
@Suite struct ClauseSettingTests {
    func contexts(_ text: String) -> [[Context]] {
        clauses("Our rules\n\n" + text).map(\.rule.context)
    }

    @Test(arguments: [
        "Pupils must not switch their phone on until they have left the school grounds.",
        "Parents must not use their phones inside the building.",
        "Staff may use their phones in the staffroom.",
        "Children must not wear smart watches at pre-school.",
        "Visitors must not use their phones in areas where children are present.",
        "Pupils must hand in their phones on arrival.",
    ])
    func aPlaceOnTheSiteIsInSchool(_ text: String) {
        #expect(contexts(text) == [[.inSchool]], "\(text)")
    }

    @Test func theSchoolOfficeAsAnAddresseeIsNoPlace() {
        let found = contexts("Volunteers should ask the school office before posting about the school.")
        #expect(found == [[]])
    }

    @Test func aClausesOwnSettingHoldsUnderALeadInThatNamesEvery() {
        let text = """
            In school and at home, pupils are expected to:
            • Not use a mobile phone anywhere on the school site.
            • Tell a trusted adult at home or at school if something online upsets them.
            """
        #expect(contexts(text) == [[.inSchool], []])
    }

    @Test func aClausesOwnSettingOverridesTheOneItInherits() {
        let text = """
            In school, pupils must:
            • keep their phones switched off;
            • never post about classmates outside school.
            """
        #expect(contexts(text) == [[.inSchool], [.outsideSchool]])
    }

    @Test(arguments: [
        ("Staff should not interact with any pupil in the school on social media.", [Context]()),
        ("Anyone working in the school must not message children online.", []),
        ("Pupils must not take photos of other pupils or staff in school.", [.inSchool]),
        ("I will not take photos of anyone at school.", [.inSchool]),
    ])
    func theSchoolThatSaysWhoseAPartyIsIsNoSetting(_ text: String, _ expected: [Context]) {
        #expect(contexts(text) == [expected], "\(text)")
    }

    @Test(arguments: [
        ("Teachers must not record any part of a live lesson.", [Context.lessonTime]),
        ("Pupils must not take screenshots during a lesson.", [.lessonTime]),
        ("The account must be checked once a school day.", []),
        ("Staff should answer messages within a working day.", []),
        ("Staff should answer messages within two working days.", []),
    ])
    func aTimeAfterAnArticleIsASettingUnlessItCounts(_ text: String, _ expected: [Context]) {
        #expect(contexts(text).first?.filter { $0 == .lessonTime || $0 == .workTime } == expected, "\(text)")
    }

    @Test func aNumberOfOtherThingsIsNoAge() {
        #expect(clauses("Our rules\n\nPasswords must be at least twelve characters long.").allSatisfy { $0.rule.age == nil })
        #expect(clauses("Our rules\n\nPupils aged at least 13 may use the forum.").first?.rule.age?.years == 13)
    }

    @Test func outsideLessonsIsNoLessonTime() {
        #expect(contexts("Pupils may use their phones outside lessons.") == [[]])
    }

    @Test(arguments: [
        ("Your own profile should be set to private.", [Context.personalAccount]),
        ("Do not use the school's name or logo in your profile.", [.personalAccount]),
        ("At our summer fun day parents may take photographs of their own child.", [.schoolEvent]),
        ("Parents may film their own child at the Christmas party.", [.schoolEvent]),
    ])
    func onesProfileAndTheSchoolsEventsAreSettings(_ text: String, _ expected: [Context]) {
        #expect(contexts(text) == [expected], "\(text)")
    }

    @Test func theWholeSessionIsWorkTimeForStaff() {
        #expect(contexts("Staff phones must be locked in the lockers for the whole session.").first?.contains(.workTime) == true)
    }
}
