import Testing
@testable import ConcordKit

/// Who a clause binds when its grammatical subject is not the party bound:
/// a pronoun standing for the party of a condition, a party that asks
/// another to act, a thing a party owns, a thing described by what it can
/// do. Sentences written for these tests.
@Suite struct ClauseSubjectTests {
    func rules(_ text: String) -> [String] {
        clauses(text).map { summary($0.rule) }
    }

    @Test(arguments: [
        // A step the named party takes, towards the party asked.
        ("If a parent posts something that breaks this code, the Headteacher will ask them to remove it.", "headteacher must remove-content to:parents"),
        ("The headteacher may ask parents to delete the photograph.", "headteacher may remove-content to:parents"),
        // The policy's own request binds the party asked.
        ("We ask parents to check their child's phone regularly.", "parents should monitor to:pupils"),
        ("We will ask them not to post pictures from these events.", "staff should-not post-images in:school-event"),
    ])
    func theAskerOfAStepIsBound(_ text: String, _ expected: String) {
        #expect(rules("Staff social media policy\n\n" + text) == [expected])
    }

    @Test(arguments: [
        ("If a governor sees a critical post about the school, they should not reply to it.", "governors should-not respond"),
        ("When a volunteer is contacted by a pupil online, he or she must tell the class teacher.", "volunteers must report to:staff"),
    ])
    func theyStandsForThePartyOfTheCondition(_ text: String, _ expected: String) {
        #expect(rules("Code of conduct for parents\n\n" + text) == [expected])
    }

    @Test func aThingAPartyOwnsIsNoParty() {
        let text = """
            Staff social media policy

            A child's surname must never appear in a post on a school account.
            Pupils' home addresses must not appear on any class page.
            The school's education programme should enable pupils to stay safe online.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff], [.staff], [.school]])
        #expect(clauses(text).prefix(2).map(\.rule.audience) == [[.pupils], [.pupils]])
    }

    @Test(arguments: [
        ("Smart watches that can make calls or take photographs must not be worn in school by pupils.", "pupils must-not use-personal-device in:in-school"),
        ("Phones which can take pictures must be switched off by pupils during lessons.", "pupils must-not use-personal-device"),
        // Not a description of the subject: the action is the verb's own.
        ("Staff must not take photographs that could identify a pupil.", "staff must-not photograph"),
    ])
    func whatAThingCanDoDescribesIt(_ text: String, _ expected: String) {
        #expect(rules("Mobile phone rules\n\n" + text).first.map { $0.hasPrefix(expected) } == true, "\(rules(text))")
    }

    @Test(arguments: ["worn", "stolen", "hidden", "bought", "lost"])
    func anIrregularParticipleMakesAPassive(_ participle: String) {
        #expect(rules("Mobile phone rules\n\nPhones must not be \(participle) in school by pupils.").first?.hasPrefix("pupils ") == true)
    }

    @Test func theCommaClosingAnOpeningClausePartsItsParty() {
        let text = """
            Our rules

            When photographing children, staff must:
            • use only the club iPad;
            • never photograph a child who is upset.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff], [.staff]])
        // A list of parties inside the opening clause stays one group.
        #expect(rules("Our rules\n\nIf pupils, parents or staff see a worrying post, they must report it.").first?.hasPrefix("staff,pupils,parents must report") == true)
    }

    @Test func theyWhoAreInTheImagesAHeadingNamesAreNotBound() {
        let text = """
            Staff Code of Conduct

            Images of our pupils

            Images must be stored on the school network.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff]])
    }

    @Test(arguments: ["a second member of staff", "another senior leader", "two members of staff"])
    func anAgentMayBeQualified(_ agent: String) {
        let found = clauses("Our rules\n\nPosts on the class page must be checked by \(agent) before they are published.")
        #expect(found.first.map { $0.rule.subject != [.school] && !$0.rule.subject.isEmpty } == true, "\(found.map(\.rule))")
    }

    @Test(arguments: ["", "4.1 "])
    func aLeadInNamingOneOfTheSectionsPartiesBindsThemAll(_ number: String) {
        let text = """
            4. Staff

            \(number)The dos and don'ts below apply to all staff, including supply staff, and to volunteers.

            Staff – Do:
            • Report any friend request from a pupil to the DSL.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .volunteers]])
    }

    @Test func theConditionOfALeadInNamesWhomItsItemsBind() {
        let text = """
            Our rules

            Where a teaching assistant or volunteer has a concern about a pupil:
            • the concern to be recorded on the log the same day;
            • any concern about a pupil's safety to be reported to the DSL at once.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.staff, .volunteers], [.staff, .volunteers]])
    }

    @Test func aPassiveIsBoundByTheActionItsWholeClauseNames() {
        // Locking one's own phone away is no duty of the institution.
        #expect(rules("Our rules\n\nPersonal phones are to be locked in the lockers during the session.")
            == ["staff must-not use-personal-device in:work-time"])
    }

    @Test func aReaderToldOfTheirOwnChildIsAParent() {
        let text = """
            Photographs and filming: your questions answered

            Can I film the nativity?
            Yes, you may film your own child at the nativity.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.parents]])
    }

    @Test func aLineOfTheTitleBlockCanNameWhomTheDocumentIsFor() {
        let text = """
            Photographs and filming
            (A leaflet for parents and carers.)

            Can I take photographs at sports day?
            You may take photographs at sports day.
            """
        #expect(clauses(text).map(\.rule.subject) == [[.parents]])
    }

    @Test(arguments: ["Pupils' phones must be handed in at the office.", "A pupil's phone must be handed in at the office."])
    func theOwnersOfDevicesKeptFromUseAreBound(_ text: String) {
        #expect(rules("Our rules\n\n" + text) == ["pupils must-not use-personal-device"], "\(text)")
    }

    @Test(arguments: [
        ("Boarders must not film other boarders in the dormitories.", "pupils must-not photograph to:pupils"),
        ("Sixth formers must not use their phones in lessons.", "pupils must-not use-personal-device in:lesson-time"),
        ("Nobody may take a mobile phone into a changing room.", "everyone must-not use-personal-device in:in-school"),
        ("No one is allowed to take a phone into the changing rooms.", "everyone must-not use-personal-device in:in-school"),
        ("Each class teacher must check the class blog every week.", "staff must other in:school-account"),
    ])
    func thePartiesSchoolsNameInOtherWords(_ text: String, _ expected: String) {
        #expect(rules("Our rules\n\n" + text) == [expected], "\(text)")
    }

    @Test(arguments: [
        ("Pupils: phones must be switched off and handed in at the office.", "pupils must-not use-personal-device"),
        ("Parents: please do not post photos of other children online.", "parents should-not post-images to:pupils"),
    ])
    func aPartyAsALabelBindsTheRuleAfterIt(_ text: String, _ expected: String) {
        #expect(rules("Our rules\n\n" + text) == [expected], "\(text)")
    }

    @Test func weInAPartysCharterAreThatParty() {
        let text = """
            Pupils' promises

            We never share our passwords.
            """
        #expect(rules(text) == ["pupils must-not disclose-confidential"])
        #expect(rules("Our rules\n\nWe never share pupils' photographs on our website.").first?.hasPrefix("school ") == true)
    }

    @Test func theOwnerOfAThingInTheSubjectsClauseIsNotTheSubject() {
        #expect(rules("Our rules\n\nStaff who see a pupil's details posted online must report it to the headteacher.") == ["staff must report to:headteacher"])
    }

    @Test func theAgentOfThereMustBeNoIsBound() {
        #expect(rules("Our rules\n\nThere must be no filming in the changing rooms, by anyone, for any reason.") == ["everyone must-not photograph in:in-school"])
    }

    @Test(arguments: [
        ("It is not acceptable for parents to post photos of other children.", "parents must-not post-images to:pupils"),
        ("Parents collecting children are asked not to use their phones in the playroom.", "parents should-not use-personal-device"),
        ("Images of pupils must not appear on personal accounts.", "staff must-not post-images to:pupils in:personal-account"),
    ])
    func thePartyOfTheClauseNotOfAPhraseInIt(_ text: String, _ expected: String) {
        #expect(rules("Our rules\n\n" + text) == [expected], "\(text)")
    }

    @Test func anyoneQualifiedByAParticipleIsWhomTheParticipleNames() {
        #expect(rules("Our rules\n\nAnyone working in the school as a paid employee or volunteer must not message pupils.")
            == ["staff,volunteers must-not contact to:pupils"])
    }

    @Test func keyPersonsAreStaff() {
        #expect(rules("Our rules\n\nKey persons should refrain from messaging parents.") == ["staff should-not contact to:parents"])
    }
}
