import Testing
@testable import ConcordKit

/// Who a clause binds when the sentence names its party indirectly: "I" in
/// an agreement, the school by its own name, a definition, a sanction.
@Suite struct PartyTests {
    @Test func iIsThePartyTheTitleNames() {
        let text = """
            Pupil Acceptable Use Agreement

            I will not share my password with anyone.
            I will tell a teacher if something online upsets me.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.pupils], [.pupils]])
    }

    @Test func aKeyStageTitleIsWrittenForPupils() {
        let text = """
            Acceptable Use Agreement – Key Stage 1

            I will ask before I take a photo of anyone.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.pupils]])
    }

    @Test func theSchoolsOwnNameBindsTheSchool() {
        let text = """
            Moorhen Lane Primary School
            Social Media Policy

            Moorhen Lane will:
            - remove any comment that names a child.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.school]])
    }

    @Test func everyoneOnlyOpensADefinitionsList() {
        let text = """
            In this policy "staff" means everyone who works at the school, whether employed or volunteering.

            Staff must not give pupils their personal number.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .volunteers]])
    }

    @Test func aDefinedYouIsThatParty() {
        let text = """
            Where this page says "you", it means any governor.

            You must not discuss confidential business online.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.governors]])
    }

    @Test func aBreachersSanctionIsTheSchools() {
        let found = clauses("Volunteers who breach this policy may be asked to stop helping.")
        #expect(found.map { summary($0.rule) } == ["school may take-action to:volunteers"])
    }

    @Test func whoImposesASanctionIsItsSubject() {
        let found = clauses("Where a contractor breaches this policy, the headteacher may end their contract.")
        #expect(found.map(\.rule.subject) == [[.headteacher]])
        #expect(found.map(\.rule.audience) == [[.contractors]])
    }

    @Test func aPronounInsideTheCueIsTheBoundParty() {
        let text = """
            Parents and carers

            We ask them not to post photographs of other children.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.parents]])
    }

    @Test func aDefinitionHoldsWhereItsWordNamesTheParty() {
        let text = """
            In this policy "adults" means all staff, governors and volunteers.

            Any adult who sees a worrying post must tell the DSL.
            Teachers must not befriend pupils online.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .governors, .volunteers], [.staff]])
    }

    @Test func aGeneralNamesDefinitionHoldsForAnUnnamedParty() {
        let text = """
            Staff conduct

            In this policy "staff" includes volunteers.

            - Never share pupils' photographs on a personal account.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .volunteers]])
    }
}

/// Whom an action is towards or about.
@Suite struct AudienceTests {
    @Test(arguments: [
        ("Staff must not accept friend or follow requests from pupils.", "staff must-not befriend to:pupils"),
        ("Parents must not post photographs that include other children.", "parents must-not post-images to:pupils"),
        ("Staff must not give pupils or parents their personal number.", "staff must-not disclose-confidential"),
        ("Staff must not share pupils' names.", "staff must-not disclose-confidential to:pupils"),
        ("The school will delete any comment that names a child.", "school must remove-content"),
        ("Pupils must report bullying to their tutor, their head of year or the designated safeguarding lead.", "pupils must report to:staff,safeguarding-lead"),
        ("Pupils must not post anything unkind about any member of the college community.", "pupils must-not post-offensive to:everyone"),
    ])
    func audienceOf(_ text: String, _ expected: String) {
        #expect(clauses(text).map { summary($0.rule) } == [expected], "\(text)")
    }

    @Test func theAgentsOfAPassiveInformAndTheSubjectIsTold() {
        let found = clauses("Parents will be informed by the class teacher or the DSL when their child is involved.")
        #expect(found.map { summary($0.rule) } == ["staff,safeguarding-lead must report to:parents"])
    }

    @Test func anImperativesObjectMayBeTheDefaultParty() {
        let text = """
            Rules for pupils

            - Don't send friend requests to staff.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["pupils must-not befriend to:staff"])
    }
}

/// A sentence that extends the rule before it to other parties, and whom a
/// section's scope statement binds.
@Suite struct ExtendedRuleTests {
    @Test func theSameRuleAppliesToAnotherParty() {
        let text = """
            Staff must not accept friend requests from current pupils.
            The same rule applies to former pupils who are under the age of 18.
            """
        #expect(clauses(text).map { summary($0.rule) }.last == "staff must-not befriend to:ex-pupils age:under-18-ex-pupils")
    }

    @Test func aSectionsScopeStatementBindsItsRulesNotAnExtension() {
        let text = """
            Conduct online

            The rules below apply to all staff and to volunteers.

            - Don't post about pupils.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .volunteers]])
    }

    @Test func weAdviseYouNotToIsAdvice() {
        let text = """
            Where it says "you", it means any member of staff.

            We strongly advise you not to accept parents as friends.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["staff should-not befriend to:parents"])
    }
}

/// Defined terms in their other shapes.
@Suite struct DefinitionShapeTests {
    @Test func aListNamedByATermAfterIt() {
        let text = """
            This policy applies to governors, all staff, contractors and volunteers. In this policy they are referred to together as 'staff'.

            Staff must not befriend pupils online.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .governors, .volunteers, .contractors]])
    }

    @Test func aTermInSingleQuotes() {
        let text = """
            In this policy, 'staff' means all employees, volunteers and contractors.

            Staff must not befriend pupils online.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .volunteers, .contractors]])
    }

    @Test func aConditionalHeadingAddressesItsReader() {
        let text = """
            Visitors' Guide to Phones

            IF YOU ARE A CONTRACTOR
            You must keep your phone in your vehicle.

            WHEN A CHILD TELLS YOU SOMETHING WORRYING
            You must report it to the safeguarding lead straight away.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.contractors], [.visitors]])
    }

    @Test func anUnlistedVerbOpeningASentenceIsAnImperative() {
        let text = """
            Staff Code of Conduct

            Wear your lanyard at all times.
            """
        #expect(clauses(text).map(\.rule.modality) == [.must])
    }

    @Test func anApostropheQuotesNoTerm() {
        let text = """
            Parents should not post photographs that include other people's children.

            Parents must not tag staff in posts.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.parents], [.parents]])
    }

    @Test func aQuestionNamesWhoDoesWhatItsAnswerRequires() {
        let text = """
            Phones: Questions Staff Ask

            Can a pupil bring a phone on the residential trip?

            Yes, but it must be handed in to the trip leader on arrival.

            Photographs of pupils must not be stored on personal devices.

            Can I use my phone in the staffroom?

            Yes. Keep it out of sight of pupils.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.pupils], [.staff], [.staff]])
    }

    @Test func aPartyProhibitedFromDoingIsTheSubject() {
        let found = clauses("Volunteers are prohibited from using personal accounts for any contact with pupils.")
        #expect(found.map { summary($0.rule) } == ["volunteers must-not contact to:pupils in:personal-account"])
    }
}
