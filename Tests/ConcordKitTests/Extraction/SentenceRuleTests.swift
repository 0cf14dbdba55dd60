import Testing
@testable import ConcordKit

/// Each rule of spec/clauses.md on sentences written for these tests (not
/// taken from the seeds).
@Suite struct SentenceRuleTests {
    @Test(arguments: [
        // Modal phrases and negation folded into the modality.
        ("Teachers must never accept pupils as friends on their personal accounts.", "staff must-not befriend to:pupils in:personal-account"),
        ("Governors shall not post photographs of children on social media.", "governors must-not post-images to:pupils"),
        ("Volunteers are strongly advised not to message parents privately.", "volunteers should-not contact to:parents"),
        ("Parents are encouraged to report concerns to the Headteacher.", "parents should report to:headteacher"),
        ("Contractors are not permitted to use personal cameras to photograph pupils.", "contractors must-not photograph to:pupils in:personal-device"),
        ("Visitors may use the school wifi.", "visitors may other in:school-equipment"),
        ("Staff must keep their passwords confidential.", "staff must-not disclose-confidential"),
        ("Employees must respect copyright when sharing resources.", "staff must-not infringe-copyright"),
        ("No pupil should share their password with friends.", "pupils should-not disclose-confidential"),
        ("Under no circumstances should staff tag pupils in photographs.", "staff must-not tag to:pupils"),
        // Age thresholds bound to the role they qualify.
        ("Staff must not follow former pupils under the age of 18 online.", "staff must-not befriend to:ex-pupils age:under-18-ex-pupils"),
        ("Children under 13 must not register for social networking accounts.", "pupils must-not register-social-media age:under-13-pupils"),
        ("Pupils aged 13 or over may join the school's moderated blog.", "pupils may other age:over-13-pupils"),
        ("Children under the age of thirteen must not have social media accounts.", "pupils must-not register-social-media age:under-13-pupils"),
        // Contexts and exceptions.
        ("Staff must not use mobile phones during lesson time unless the headteacher has given permission.", "staff must-not use-personal-device in:lesson-time unless:with-approval"),
        ("Staff must not publish images of pupils without the consent of their parents.", "staff must-not post-images to:pupils unless:with-consent"),
        // "may only … with" is a prohibition with an exception.
        ("Volunteers may only photograph children with the approval of the headteacher.", "volunteers must-not photograph to:pupils unless:with-approval"),
        // Channels: X through Y and not through Z.
        ("Staff should contact parents only through the school email system and not through personal accounts.", "staff should-not contact to:parents in:personal-account"),
        ("Staff should decline friend requests from pupils.", "staff should-not befriend to:pupils"),
        ("Photographs of pupils in school uniform must not be published on personal webspace by staff.", "staff must-not post-images to:pupils in:personal-account"),
        ("Information about pupils must not be discussed on personal blogs.", "staff must-not disclose-confidential to:pupils in:personal-account"),
        ("Staff must not identify themselves as employees of the school on personal profiles.", "staff must-not use-branding in:personal-account"),
        // A passive's participle names the action, not the thing it is done to.
        ("Inappropriate comments on official accounts will be deleted.", "school must remove-content in:school-account"),
        // A behaviour punished is a behaviour forbidden.
        ("Parents who post abusive comments about staff may be banned from the school pages.", "parents must-not post-offensive to:staff in:school-account"),
        // The agent of a relative clause is not the subject.
        ("Only staff who have been authorised by the Headteacher may post on school accounts.", "staff may post-comments in:school-account"),
        // The party before a relative pronoun is the subject.
        ("Staff who receive a friend request from a pupil should inform the Designated Safeguarding Lead.", "staff should report to:safeguarding-lead"),
        ("Former pupils may be accepted as friends once they reach the age of 18.", "staff may befriend to:ex-pupils age:over-18-ex-pupils"),
        // The party whose device a passive names does what it forbids.
        ("Staff mobile phones must not be used to take pictures of pupils.", "staff must-not photograph to:pupils in:personal-device"),
        // Students listed among adults are trainees.
        ("Staff, visitors and students on placement must not photograph pupils.", "staff,volunteers,visitors must-not photograph to:pupils"),
        // Official complaint routes forbid complaining elsewhere, not contact.
        ("Parents should make complaints through official school channels.", "parents should-not complain-online"),
        ("The headteacher will contact the parent through the appropriate channels.", "headteacher must contact to:parents"),
        // Agentless passives bind the school for an institution's duty.
        ("Official accounts must be monitored every day.", "school must monitor in:school-account"),
    ])
    func oneSentence(text: String, expected: String) {
        let found = clauses(text)
        #expect(found.count == 1, "\(found.map { summary($0.rule) })")
        #expect(found.first.map { summary($0.rule) } == expected)
    }

    @Test func severalClausesInOneSentence() {
        let found = clauses("Staff must switch off their phones in class, store them in the staff room, and must report any misuse to the headteacher.")
        #expect(found.map(\.rule.action) == [.usePersonalDevice, .storeSecurely, .report])
        #expect(found.allSatisfy { $0.rule.subject == [.staff] })
        #expect(found[2].text.hasPrefix("must report"))
    }

    @Test func aResponsibilitiesTableGivesEachRowsPartyItsDuties() {
        let text = "Role\tResponsibility\nHeadteacher\tApproving new school accounts\nAll staff\tReporting concerns to the DSL\n"
        #expect(clauses(text).map { summary($0.rule) } == [
            "headteacher must approve in:school-account",
            "staff must report to:safeguarding-lead",
        ])
    }

    @Test func bracketsAfterTheSubjectAddThePartiesTheyInclude() {
        #expect(clauses("Staff (including volunteers and contractors) must not befriend pupils.").map { summary($0.rule) }
            == ["staff,volunteers,contractors must-not befriend to:pupils"])
    }

    @Test func statementsAreNotClauses() {
        let text = """
            The purpose of this policy is to set out how staff use social media.
            Social media includes blogs, forums and video sharing sites.
            Some posts may contain personal information.
            The school recognises that many parents use social media.
            """
        #expect(clauses(text).isEmpty)
    }

    @Test func consequenceOfABehaviourIsItsProhibition() {
        let found = clauses("Any cyberbullying of pupils will be dealt with under the school's behaviour policy.")
        #expect(found.map { summary($0.rule) } == ["everyone must-not cyberbully to:pupils"])
    }

    @Test func consequenceOfABreachIsTheSchoolsSanction() {
        let text = """
            Use of social media by staff

            A breach of this policy may lead to disciplinary action.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["school may take-action to:staff"])
    }

    @Test func remindersAreTheSchoolsDutyToTrain() {
        #expect(clauses("Parents will be reminded of their responsibilities when using social media.").map { summary($0.rule) }
            == ["school must train to:parents"])
    }

    @Test func passiveDutyToReportBindsEveryone() {
        #expect(clauses("Concerns about online grooming should be reported to the designated safeguarding lead.").map { summary($0.rule) }
            == ["everyone should report to:safeguarding-lead"])
    }

    @Test func definedTermsExpandTheSubject() {
        let text = """
            In this policy the term "staff" should also be read to include volunteers and contractors.

            Staff must not befriend pupils on social media.
            """
        #expect(clauses(text).map { summary($0.rule) } == ["staff,volunteers,contractors must-not befriend to:pupils"])
    }
}
