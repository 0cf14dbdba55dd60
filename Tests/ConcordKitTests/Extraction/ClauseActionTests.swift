import Testing
@testable import ConcordKit

/// What a clause is about when its words name more than one action: the
/// verb and its object against nouns in a qualifying clause, a reply to a
/// private message against a reply to comments, the verb that opens a
/// coordinated predicate. Sentences written for these tests.
@Suite struct ClauseActionTests {
    func actions(_ text: String) -> [Action] {
        clauses("Our rules\n\n" + text).map(\.rule.action)
    }

    @Test(arguments: [
        "Parents must not share photographs from the class journal that show other children.",
        "We never post a photograph of a child whose parents have not returned the data form.",
        "Volunteers must not upload videos of the concert to their own accounts.",
    ])
    func aPostingVerbWithAnImageAsObjectPostsImages(_ text: String) {
        #expect(actions(text) == [.postImages], "\(text)")
    }

    @Test(arguments: [
        ("If a pupil sends a message to a teacher's personal phone, the teacher should not reply.", Action.contact),
        ("Staff who receive a text from a parent must not reply to it.", .contact),
        ("Staff should not reply to comments from parents on the school page.", .respond),
        ("The school will reply to any message from a parent within three days.", .respond),
    ])
    func aReplyToAPrivateMessageIsContact(_ text: String, _ expected: Action) {
        #expect(actions(text) == [expected], "\(text)")
    }

    @Test func aCoordinatedPredicateIsHeadedByItsOwnVerb() {
        #expect(actions("Images must be saved to the school network and deleted from the camera at the end of each week.")
            == [.storeSecurely, .removeContent])
    }

    @Test func keepingOnesOwnDeviceAwayIsNotUsingIt() {
        #expect(actions("Personal phones are to be locked in the staff lockers during the session.") == [.usePersonalDevice])
        #expect(clauses("Our rules\n\nPersonal phones are to be locked in the staff lockers during the session.").first?.rule.modality == .mustNot)
        // A confiscated phone is another's, kept in custody.
        #expect(actions("Confiscated phones will be locked in the office safe.") == [.storeSecurely])
    }

    @Test(arguments: [
        ("Teachers will keep pupils' phones in a locked drawer.", "staff must store-securely to:pupils"),
        ("Confiscated phones will be kept in the school office.", "staff must store-securely in:in-school"),
        ("Staff must keep their phones in the staff room.", "staff must-not use-personal-device in:in-school"),
    ])
    func keepingAnothersDeviceIsCustody(_ text: String, _ expected: String) {
        #expect(clauses("Our rules\n\n" + text).map { summary($0.rule) } == [expected], "\(text)")
    }

    @Test(arguments: [
        ("Pupils must not make or receive calls during lessons.", "pupils must-not use-personal-device in:lesson-time"),
        ("Staff must not make calls to pupils.", "staff must-not contact to:pupils"),
    ])
    func callsToNoOneNamedAreAPhonesUse(_ text: String, _ expected: String) {
        #expect(clauses("Our rules\n\n" + text).map { summary($0.rule) } == [expected], "\(text)")
    }

    @Test(arguments: [
        ("Parents are asked not to phone pupils during lessons.", Action.contact),
        ("Staff must keep the class iPads locked away in the charging trolley.", .storeSecurely),
        ("Users must lock their screen whenever they leave a laptop.", .storeSecurely),
        ("Pupils must not troll other pupils online.", .cyberbully),
    ])
    func theWordsForAnActionAndNotWordsLikeThem(_ text: String, _ expected: Action) {
        #expect(actions(text) == [expected], "\(text)")
    }

    @Test func askingForPermissionIsSeekingConsent() {
        #expect(actions("Pupils should ask other pupils for permission before posting a photo of them.") == [.seekConsent])
    }

    @Test(arguments: [
        ("Photographs may be taken by parents at sports day.", Action.photograph),
        ("Photographs of pupils may be used on the school website.", .postImages),
    ])
    func whatIsDoneWithAPhotographInThePassive(_ text: String, _ expected: Action) {
        #expect(actions(text) == [expected], "\(text)")
    }

    @Test func wordsThatNameAPartyNameNoAction() {
        #expect(actions("Volunteers must not use the Friends' Facebook page to post photos of pupils.") == [.postImages])
        #expect(actions("Staff must not accept pupils as friends on social media.") == [.befriend])
    }

    @Test func theToOfAConditionIsNotWhatIsAskedFor() {
        #expect(actions("Tell the headteacher if a parent tries to contact you online.") == [.report])
        #expect(actions("Staff will ask parents to remove the post.") == [.removeContent])
    }

    @Test func anActiveReminderIsTheSchoolsTrainingOfThoseReminded() {
        let found = clauses("Our rules\n\nThe clerk will remind all governors of this protocol each September.")
        #expect(found.map { summary($0.rule) } == ["school must train to:governors"])
    }

    @Test(arguments: [
        ("A child's full name must never appear in a post.", Action.discloseConfidential),
        ("Staff must not comment in a post about pupils.", .postComments),
        ("Wall posts should portray you in a professional manner.", .comply),
    ])
    func aNounAfterAPrepositionSaysWhereNotWhatIsDone(_ text: String, _ expected: Action) {
        #expect(actions(text) == [expected], "\(text)")
    }

    @Test func anEmailAddressOneUsesIsAChannel() {
        #expect(actions("Governors must not use a personal email address for board business.") == [.usePersonalDevice])
        #expect(actions("Staff must not give pupils their personal email address.") == [.discloseConfidential])
    }

    @Test(arguments: [
        "Pupils must keep their phones away during lessons.",
        "Phones must stay in the pupil's bag all day.",
        "Phones must stay switched off in school.",
    ])
    func keepingOnesOwnPhoneAwayIsNotUsingIt(_ text: String) {
        #expect(clauses("Pupil rules\n\n" + text).map { "\($0.rule.modality.rawValue) \($0.rule.action.rawValue)" } == ["must-not use-personal-device"], "\(text)")
    }
}
