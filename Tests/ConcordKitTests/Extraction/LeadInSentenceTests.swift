import Testing
@testable import ConcordKit

/// An item under a lead-in that leaves its sentence open is read as the end
/// of that sentence: the lead-in's party and force, the item's own negation.
@Suite struct LeadInSentenceTests {
    @Test func negatedItemsFinishAModalLeadIn() {
        let text = """
            Helpers running the class blog must:
            - keep their login to themselves;
            - not upload pictures of children without consent;
            - never reply to comments from strangers.
            """
        #expect(clauses(text).map { summary($0.rule) } == [
            "volunteers must-not disclose-confidential in:school-account",
            "volunteers must-not post-images to:pupils in:school-account unless:with-consent",
            "volunteers must-not respond in:school-account",
        ])
    }

    @Test func capitalisedNotItemsFinishAnExpectation() {
        let text = """
            At home, pupils are expected to:
            • Not use a phone after bedtime.
            • Never share a password.
            """
        #expect(clauses(text).map(\.rule.modality) == [.mustNot, .mustNot])
        #expect(clauses(text).allSatisfy { $0.rule.subject == [.pupils] })
    }

    @Test func anOpenObjectIsFinishedByItsItems() {
        let text = """
            Governors should not post anything that could:
            - bring the school into disrepute
            """
        #expect(clauses(text).map { summary($0.rule) } == ["governors should-not damage-reputation"])
    }

    @Test func aNegationAfterTheBoundPartyFlipsTheForce() {
        let text = """
            The code requires that volunteers:
            - do not accept friend requests from pupils.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["volunteers must-not befriend to:pupils"])
    }

    @Test func clauseTextsStayTheItemsOwn() {
        let text = """
            The school will:
            - monitor its accounts every day;
            - remove offensive comments.
            """
        let found = clauses(text)
        #expect(found.map(\.text) == ["monitor its accounts every day;", "remove offensive comments."])
        #expect(found.map(\.line) == [2, 3])
        #expect(found.allSatisfy { $0.rule.subject == [.school] })
    }

    @Test func aClosedJudgementIsInheritedNotJoined() {
        let text = """
            The following are not acceptable:
            - Posting photographs of pupils.
            """
        #expect(clauses(text).map(\.rule.modality) == [.mustNot])
        #expect(clauses(text).map(\.text) == ["Posting photographs of pupils."])
    }

    @Test func aPartyInsideAPrepositionalPhraseIsNotTheSubject() {
        let found = clauses("Staff posting on an academy account must not tag pupils.")
        #expect(found.map(\.rule.subject) == [[.staff]])
    }
}

/// Polarity from words other than a negation: "only", custody of one's own
/// device, a grievance taken to the school.
@Suite struct PolarityTests {
    @Test(arguments: [
        ("I will only photograph pupils whose parents have given consent.", Modality.mustNot, Action.photograph),
        ("Staff must use the school's iPads only when photographing pupils.", .mustNot, .photograph),
        ("Visitors may only use their phones in the office.", .mustNot, .usePersonalDevice),
        ("It is expected that staff will use school cameras and iPads, not personal phones, to photograph pupils.", .mustNot, .photograph),
        ("I will use my school email account for all school business, and not my personal email.", .mustNot, .usePersonalDevice),
        ("Photographs of pupils must only be taken on school cameras.", .mustNot, .photograph),
        ("Social media should only be used in a way that protects pupils.", .should, .comply),
        ("Staff should only use social media in a way that reflects well on the school.", .should, .comply),
        ("Staff must keep their phones in the staffroom lockers during lessons.", .mustNot, .usePersonalDevice),
        ("Pupils must switch their phones off at the gate.", .mustNot, .usePersonalDevice),
        ("Staff must store pupils' confiscated phones securely in the office.", .must, .storeSecurely),
        ("If a parent asks for their child not to be photographed, their wishes must be respected.", .mustNot, .photograph),
        ("Governors should bear in mind that what they share is subject to copyright.", .should, .comply),
    ])
    func modalityAndAction(_ text: String, _ modality: Modality, _ action: Action) {
        let found = clauses(text)
        #expect(found.map(\.rule.modality) == [modality], "\(text)")
        #expect(found.map(\.rule.action) == [action], "\(text)")
    }

    @Test func aGrievanceTakenToTheSchoolForbidsTakingItOnline() {
        let found = clauses("Parents who are unhappy about a decision should talk to the class teacher.")
        #expect(found.map { summary($0.rule) } == ["parents should-not complain-online"])
    }

    @Test func breachingACodeIsTheOppositeOfComplying() {
        let text = """
            The following are unacceptable:
            - Using social media in a way that would put staff in breach of the code of conduct.
            """
        #expect(clauses(text).map(\.rule.modality) == [.must])
        #expect(clauses(text).map(\.rule.action) == [.comply])
    }

    @Test func theOnlyExceptionIsNoRestriction() {
        #expect(clauses("The only exception is sports day, when parents may photograph their own child.").map(\.rule.modality) == [.may])
    }
}

/// Which items a lead-in that is itself a list item governs.
@Suite struct NestedLeadInTests {
    @Test func bulletsUnderANumberedLeadInAreItsItems() {
        let text = """
            4.1 When using personal accounts, staff must:
            · not accept any pupil as a friend;
            · not post photographs of pupils.
            4.2 Staff should report any request from a pupil to the DSL.
            """
        let found = clauses(text)
        #expect(found.map(\.rule.modality) == [.mustNot, .mustNot, .should])
        #expect(found.prefix(2).allSatisfy { $0.rule.context == [.personalAccount] })
    }

    @Test func anExpectationLeadsItsItems() {
        let text = """
            We expect parents to:
            • Not post photographs of other children.
            • Bring any worry to the class teacher.
            """
        #expect(clauses(text).map { summary($0.rule) }.first == "parents must-not post-images to:pupils")
    }
}

/// Tables whose rows name a party and whose column headings state a force.
@Suite struct TableRuleTests {
    @Test func aColumnHeadingIsTheStartOfEachCellsSentence() {
        let text = """
            | Who | What they may post | Where |
            |---|---|---|
            | Headteacher (Mr A. Bell) | News and urgent notices | Website |
            | Class teachers | Photos of their class | Class blog |
            """
        let found = clauses(text, markdown: true)
        #expect(found.map { summary($0.rule) } == ["headteacher may post-comments", "staff may post-images to:pupils"])
        #expect(found.map(\.line) == [3, 4])
    }

    @Test func aHeadingRowIsNoClause() {
        let text = """
            | Role | Responsibilities |
            |---|---|
            | Network manager | Storing passwords securely |
            """
        #expect(clauses(text, markdown: true).map { summary($0.rule) } == ["administrator must store-securely"])
    }

    @Test func aWhoColumnBindsItsRowAndTheCellsBeforeItSayWhere() {
        let text = """
            Phone rules

            Situation\tWho\tRule
            In class\tPupils\tPhones must be switched off and handed to the teacher at registration.
            In school\tStaff\tPersonal phones may not be used while children are present.
            School trips\tVolunteers\tMust not take photos on personal devices.
            """
        #expect(clauses(text).map { summary($0.rule) } == [
            "pupils must-not use-personal-device in:lesson-time",
            "staff must-not use-personal-device in:in-school",
            "volunteers must-not photograph in:personal-device,school-event",
        ])
    }
}

/// Lead-ins that name duties, agreements and expectations.
@Suite struct DutyLeadInTests {
    @Test func expectationsIncludeTheirItems() {
        let text = """
            Staff

            For staff, expectations include:
            • Keeping personal accounts private
            • Not accepting pupils as friends on personal accounts
            """
        #expect(clauses(text).map { summary($0.rule) } == ["staff must set-privacy in:personal-account", "staff must-not befriend to:pupils in:personal-account"])
    }

    @Test func whatAPartyAgreesToIsARule() {
        let text = """
            Pupils agree:
            • To hand their phone in at the start of the day
            • Not to send friend requests to members of staff
            """
        #expect(clauses(text).map(\.rule.modality) == [.mustNot, .mustNot])
        #expect(clauses(text).allSatisfy { $0.rule.subject == [.pupils] })
    }

    @Test func aStatedPracticeInTheNegativeIsARule() {
        #expect(clauses("We do not publish the surnames of children.").map { summary($0.rule) } == ["school must-not disclose-confidential to:pupils"])
        #expect(clauses("We do not think phones are bad in themselves.").isEmpty)
    }

    @Test func aDoAndDontTableGivesEachColumnItsForce() {
        let text = """
            ## Parents

            | Do | Don't |
            |---|---|
            | Tell the office if something worries you | Post photos that show other children |
            """
        #expect(clauses(text, markdown: true).map { summary($0.rule) } == ["parents must report", "parents must-not post-images to:pupils"])
    }
}

/// Lists whose markers change kind, and lead-ins that ask.
@Suite struct MarkerKindTests {
    @Test func romanItemsUnderANumberedLeadInAreItsItems() {
        let text = """
            4.1 Users must not:
               (i) post images of pupils on personal accounts;
               (ii) share passwords with anyone.
            4.2 Users should review their privacy settings each term.
            """
        #expect(clauses(text).map(\.rule.modality) == [.mustNot, .mustNot, .should])
    }

    @Test func aPleaseDoNotLeadInAsksItsItemsNotTo() {
        let text = """
            Please do not:
            – post photographs of pupils on your personal accounts;
            – use the school's logo in your profile.
            """
        #expect(clauses(text).map(\.rule.modality) == [.shouldNot, .shouldNot])
    }

    @Test func aDutyAfterEnsureThatTheyIsNamedByItsVerb() {
        let text = """
            Staff must ensure that they:
            a) report to the designated safeguarding lead any attempt by a pupil to contact them.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["staff must report to:safeguarding-lead"])
    }

    /// "agree not to" forbids, and an item that leads in to its own items
    /// is read after its lead-in: its party and its negation pass on.
    @Test func aNegatedAgreementForbidsItsItems() {
        let text = """
            Mobile Phone Policy

            Students agree not to post anything online that could:
            - be hurtful to another student;

            Students agree:
            - Not to post anything online that could:
              - bring the academy into disrepute;
            """
        #expect(clauses(text).map(\.rule.subject) == [[.pupils], [.pupils]])
        #expect(clauses(text).map(\.rule.modality) == [.mustNot, .mustNot])
    }

    /// A lead-in whose force is an agreement, not a modal ("agree to"),
    /// still takes the item's negation, wherever it stands.
    @Test func anAgreementTakesTheItemsNegation() {
        let text = """
            Staff agree to:
            - not give out their home address to pupils.

            Volunteers agree to support the policy by not:
            - Giving out their home address to pupils.

            Governors agree to support the policy by:
            - Not giving out their home address to pupils.
            """
        #expect(clauses(text).map(\.rule.modality) == [.mustNot, .mustNot, .mustNot])
    }
}
