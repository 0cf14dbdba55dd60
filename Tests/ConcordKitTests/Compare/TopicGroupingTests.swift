import Testing
@testable import ConcordKit

@Suite struct TopicGroupingTests {
    @Test func sameRuleInOppositeWordsAgrees() throws {
        let rule = Rule(subject: [.staff], modality: .mustNot, action: .infringeCopyright)
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("Staff must respect copyright.", rule)]),
            CompareFixture.school("birch", [("Staff must not breach copyright or trademarks.", rule)]),
        ])
        let row = try #require(matrix.rows.onlyElement)
        #expect(row.key == TopicKey(subjectClass: .staff, action: .infringeCopyright))
        #expect(row.label == "Staff infringing copyright")
        #expect(row.status == .agree)
        #expect(row.findings == [.agree])
        #expect(row.strictestHolders == [0, 1])
        #expect(row.loosestHolders.isEmpty)
    }

    @Test func subjectsOfOneClassShareATopic() throws {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("Staff must not …", Rule(subject: [.staff, .governors], modality: .mustNot, action: .postOffensive))]),
            CompareFixture.school("birch", [("Volunteers must not …", Rule(subject: [.volunteers], modality: .mustNot, action: .postOffensive))]),
        ])
        #expect(matrix.rows.map(\.key.id) == ["staff/post-offensive"])
        #expect(matrix.rows.first?.status == .agree)
    }

    @Test func eachSubjectClassIsItsOwnTopic() {
        let rule = Rule(subject: [.staff, .parents], modality: .mustNot, action: .postImages, audience: [.pupils])
        let matrix = ComparisonMatrix(comparing: [CompareFixture.school("alder", [("Staff and parents must not …", rule)])])
        #expect(matrix.rows.map(\.label) == ["Staff posting images of pupils", "Parents posting images of pupils"])
    }

    @Test func relationalActionsSplitByAudienceAndKeepTheirOwnAge() throws {
        let rule = Rule(
            subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils, .exPupils],
            age: CompareFixture.underAge(16), context: [.personalAccount])
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("Staff and Governors must never add pupils as 'friends' (including past pupils under 16).", rule)])
        ])
        #expect(matrix.rows.map(\.label) == ["Staff befriending pupils", "Staff befriending ex-pupils"])
        let pupils = try #require(matrix.rows[0].cells[0])
        let exPupils = try #require(matrix.rows[1].cells[0])
        #expect(pupils.position.age == nil)
        #expect(exPupils.position.age?.years == 16)
        #expect(matrix.rows[1].audience == [.exPupils])
    }

    @Test func audienceOfOtherActionsDoesNotSplit() {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("…", Rule(subject: [.staff], modality: .mustNot, action: .postOffensive, audience: [.pupils, .parents]))]),
            CompareFixture.school("birch", [("…", Rule(subject: [.staff], modality: .mustNot, action: .postOffensive))]),
        ])
        #expect(matrix.rows.count == 1)
        #expect(matrix.rows.first?.status == .agree)
    }

    @Test func aSchoolWithSeveralClausesShowsItsStrongest() throws {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [
                ("Staff should not use social media at work.", Rule(subject: [.staff], modality: .shouldNot, action: .accessSocialMedia)),
                ("Staff must not use social media in lessons.", Rule(subject: [.staff], modality: .mustNot, action: .accessSocialMedia, context: [.lessonTime])),
            ])
        ])
        let cell = try #require(matrix.rows.onlyElement?.cells[0])
        #expect(cell.position.modality == .mustNot)
        #expect(cell.clauses.map(\.id) == ["A.2", "A.1"])
        #expect(cell.strongest.line == 3)
    }

    @Test func otherActionsAreCountedNotCompared() {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("Safeguarding is everyone's job.", Rule(subject: [.everyone], modality: .must, action: .other))])
        ])
        #expect(matrix.rows.isEmpty)
        #expect(matrix.documents[0].uncompared == 1)
    }

    @Test func repeatedDocumentNamesAreMadeUnique() {
        let matrix = ComparisonMatrix(comparing: [CompareFixture.school("alder", []), CompareFixture.school("alder", [])])
        #expect(matrix.documents.map(\.name) == ["alder", "alder-2"])
    }

    @Test func groupingManySchoolsStaysLinear() {
        let rule = Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.exPupils], age: CompareFixture.underAge(18))
        let schools = (0..<500).map { CompareFixture.school("school-\($0)", [("…", rule)]) }
        let matrix = ComparisonMatrix(comparing: schools)
        #expect(matrix.rows.count == 1)
        #expect(matrix.rows[0].status == .agree)
        #expect(matrix.documents.allSatisfy { $0.summary.coverage == 1 })
    }
}

extension Array {
    /// The one element, or nil when there are none or several.
    var onlyElement: Element? { count == 1 ? first : nil }
}
