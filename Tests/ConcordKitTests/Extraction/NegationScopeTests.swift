import Testing
@testable import ConcordKit

/// Whether a clause says "do" or "don't" where the words around its verb
/// decide it: a negation after a conjunction, a channel named after "not",
/// a negated phrasing inside a condition, a sanction for not following a
/// policy, a device the school owns. Sentences written for these tests.
@Suite struct NegationScopeTests {
    func rules(_ text: String) -> [String] {
        clauses(text).map { summary($0.rule) }
    }

    @Test(arguments: [
        // "… and not X", "…, not X": the second verb is forbidden, with the
        // first verb's strength.
        ("Staff must keep to the code of conduct and not share their passwords.", "staff must-not disclose-confidential"),
        ("Volunteers should be friendly and not follow pupils online.", "volunteers should-not befriend to:pupils"),
        ("Parents should speak to the office first, not post about the matter online.", "parents should-not post-comments"),
    ])
    func aVerbNegatedAfterAConjunctionIsForbidden(_ text: String, _ expected: String) {
        #expect(rules(text).last == expected, "\(rules(text))")
    }

    @Test func aPersonalChannelNamedAfterNotIsForbidden() {
        #expect(rules("Governors will use their board email address for board business, and not their personal email.")
            == ["governors must-not use-personal-device"])
    }

    @Test func aNegatedPhrasingInsideALaterConditionNegatesNothing() {
        #expect(rules("Under no circumstances may pupils take a phone into an exam, even if it is switched off.")
            == ["pupils must-not use-personal-device"])
    }

    @Test(arguments: [
        ("Failure by governors to follow this code will be treated as a disciplinary matter.", "school must take-action to:governors"),
        ("Any breach of these rules by pupils may result in a ban.", "school may take-action to:pupils"),
    ])
    func notFollowingAPolicyIsABreachTheSchoolSanctions(_ text: String, _ expected: String) {
        #expect(rules(text) == [expected])
    }

    @Test(arguments: [
        ("The trip leader must carry the school's mobile phone.", Action.other),
        ("Pupils must not use social media on school tablets.", Action.accessSocialMedia),
        ("Pupils must not use their own tablets in lessons.", Action.usePersonalDevice),
    ])
    func aDeviceTheSchoolOwnsIsNoPersonalDevice(_ text: String, _ expected: Action) {
        #expect(clauses(text).map(\.rule.action) == [expected])
    }

    @Test(arguments: [
        "Posts written by a volunteer can, however, be read as the view of the school.",
        "What pupils share online can affect their future.",
        "Most of our children cannot consent to being filmed.",
        "Home / Parents / Policies / Phones Policy Welcome to our school website.",
    ])
    func aThingOrAShareOfAGroupStatesNoRule(_ text: String) {
        #expect(clauses(text).isEmpty, "\(rules(text))")
    }

    @Test func aPolicySpeakingOfItsOwnReviewNamesNoOtherAction() {
        #expect(clauses("This policy may be reviewed at any time.").map(\.rule.action) == [.other])
    }

    @Test func stoppingAnActIsForbiddingIt() {
        #expect(rules("If a pupil shows distress while being photographed, staff must stop immediately.")
            == ["staff must-not photograph to:pupils"])
        #expect(rules("Volunteers should stop posting on the page once their placement ends.").first?.hasPrefix("volunteers should-not") == true)
        // "Stop and think" advises; it forbids nothing.
        #expect(rules("Staff should stop and think before they post.").isEmpty)
    }

    @Test func aNegationInASecondPredicateLeavesTheEnsuredDutyADuty() {
        #expect(rules("Users shall ensure that any laptop they take home is kept securely and is not left in a car.").first?.contains(" must store-securely") == true)
        #expect(rules("Staff must ensure that their phones are not used in class.") == ["staff must-not use-personal-device in:lesson-time"])
    }

    @Test func aPlainWillTakesTheStrengthOfTheRequestAfterIt() {
        #expect(rules("Visitors will be asked to leave their phones in their cars.").first?.hasPrefix("visitors should-not use-personal-device") == true)
        #expect(rules("Staff will not post images of pupils.").first?.hasPrefix("staff must-not post-images") == true)
    }
}
