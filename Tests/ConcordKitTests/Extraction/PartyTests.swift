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
