import Testing
@testable import ConcordKit

/// Lead-ins, role bullets and headings give their force and their party to
/// the items under them.
@Suite struct ListInheritanceTests {
    @Test func itemsInheritAProhibitiveLeadIn() {
        let text = """
            Use of social media by governors

            The following are unacceptable:
            - Posting photographs of pupils on personal accounts.
            - Sharing confidential minutes of meetings.
            """
        let found = clauses(text)
        #expect(found.map { summary($0.rule) } == [
            "governors must-not post-images to:pupils in:personal-account",
            "governors must-not disclose-confidential",
        ])
    }

    @Test func itemsInheritAModalLeadInAndKeepTheirOwnNegation() {
        let text = """
            Volunteers must ensure that they:
            - Do not share pupils' personal information.
            - Report any concerns to the safeguarding lead.
            """
        let found = clauses(text)
        #expect(found.map { summary($0.rule) } == [
            "volunteers must-not disclose-confidential to:pupils",
            "volunteers must report to:safeguarding-lead",
        ])
    }

    @Test func roleBulletsGiveTheSubjectOfTheItemsBelowThem() {
        let text = """
            Responsibilities
            • Headteacher
            • Approving new school accounts
            • Network manager
            • Storing account passwords securely
            """
        let found = clauses(text)
        #expect(found.map(\.rule.subject) == [[.headteacher], [.administrator]])
        #expect(found.map(\.rule.action) == [.approve, .storeSecurely])
        #expect(found.allSatisfy { $0.rule.modality == .must })
    }

    @Test func imperativesTakeTheirForceFromTheHeading() {
        let text = """
            Tips for staff

            - Check your privacy settings every term.
            - Don't accept friend requests from parents.

            Rules for staff

            - Use a disclaimer on personal blogs.
            - Never share pupil data.
            """
        let found = clauses(text)
        #expect(found.map(\.rule.modality) == [.should, .shouldNot, .must, .mustNot])
        #expect(found.map(\.rule.action) == [.setPrivacy, .befriend, .addDisclaimer, .discloseConfidential])
        #expect(found.allSatisfy { $0.rule.subject == [.staff] })
    }

    @Test func aConditionLeadInGivesItsRuleToEachCondition() {
        let text = """
            The school may take action against a parent if their post:
            - Threatens a member of staff.
            - Identifies a pupil.
            """
        let found = clauses(text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.rule.subject == [.school] && $0.rule.action == .takeAction && $0.rule.modality == .may })
    }

    @Test func purposeListsAreNotClauses() {
        let text = """
            The aims of this policy are to:
            - Protect pupils from harm.
            - Ensure staff understand their duties.
            """
        #expect(clauses(text).isEmpty)
    }

    @Test func aNestedLeadInPassesOnItsParentsForce() {
        let text = """
            Staff must not:
            1.1. share passwords;
            1.2. do anything that could harm a pupil, for example by:
            1.2.1. posting photographs of pupils;
            1.2.2. messaging pupils privately.
            """
        let found = clauses(text)
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.rule.modality == .mustNot && $0.rule.subject == [.staff] })
        #expect(found.suffix(2).map(\.rule.action) == [.postImages, .contact])
    }

    @Test func aLaterSentenceThatRefersBackAddsToTheItem() {
        let text = """
            The following are not acceptable:
            - The use of the school logo without approval from the headteacher. This includes letterheads.
            """
        let found = clauses(text)
        #expect(found.count == 1)
        #expect(found.first?.rule.action == .useBranding)
        #expect(found.first?.rule.exceptions == [.withApproval])
    }

    @Test func lettersAreKeptButNotRead() {
        let text = """
            Dear Parent
            Please do not post photographs of other children online.
            Yours sincerely
            Parents must not post photographs of other children online.
            """
        let found = clauses(text)
        #expect(found.count == 1)
        #expect(found.first?.line == 4)
    }

    @Test func aValueStatedImpersonallyBindsNoOne() {
        #expect(clauses("It is important to protect pupils from harm online.").isEmpty)
        #expect(clauses("It is important for staff to protect their privacy settings.").map(\.rule.subject) == [[.staff]])
    }

    @Test func aLeadInThatIsOnlyARoleBindsItsItems() {
        let text = "Parents:\n- Do not post photos of other children.\n- Report concerns to the class teacher.\n"
        #expect(clauses(text).map(\.rule.subject) == [[.parents], [.parents]])
    }

    @Test(arguments: ["We never...", "We never…"])
    func aLeadInMayEndInAnEllipsis(_ leadIn: String) {
        let text = """
            Pupils' promises

            \(leadIn)
            - share our passwords
            - meet up with someone we only know online
            """
        #expect(clauses(text).map { "\($0.rule.subject.map(\.rawValue).joined()) \($0.rule.modality.rawValue)" } == ["pupils must-not", "pupils must-not"])
    }
}
