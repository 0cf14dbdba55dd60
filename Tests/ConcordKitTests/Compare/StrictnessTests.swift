import Testing
@testable import ConcordKit

@Suite struct StrictnessTests {
    static func befriending(_ modality: Modality, age: AgeThreshold? = nil, context: [Context] = [], exceptions: [Exception] = []) -> Rule {
        Rule(subject: [.staff], modality: modality, action: .befriend, audience: [.exPupils], age: age, context: context, exceptions: exceptions)
    }

    @Test func under18IsStricterThanUnder16() throws {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("Staff must not befriend ex-pupils under 16.", Self.befriending(.mustNot, age: CompareFixture.underAge(16)))]),
            CompareFixture.school("birch", [("Staff must not befriend ex-pupils under 18.", Self.befriending(.mustNot, age: CompareFixture.underAge(18)))]),
        ])
        let row = try #require(matrix.rows.onlyElement)
        #expect(row.status == .differ)
        #expect(row.strictest.age?.years == 18)
        #expect(row.strictestHolders == [1])
        #expect(row.loosestHolders == [0])
        #expect(matrix.documents[1].summary.strictest == 1)
        #expect(matrix.documents[0].summary.loosest == 1)
    }

    @Test func noAgeLimitIsStricterStill() throws {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("… under 18.", Self.befriending(.mustNot, age: CompareFixture.underAge(18)))]),
            CompareFixture.school("birch", [("… any ex-pupil.", Self.befriending(.mustNot))]),
        ])
        let row = try #require(matrix.rows.onlyElement)
        #expect(row.strictest.age == nil)
        #expect(row.strictestHolders == [1])
    }

    static let orderedLoosestFirst: [(Position, Position)] = [
        (Position(modality: .may), Position(modality: .should)),
        (Position(modality: .should), Position(modality: .must)),
        (Position(modality: .shouldNot), Position(modality: .mustNot)),
        (Position(modality: .must), Position(modality: .mustNot)),
        (Position(modality: .mustNot, age: CompareFixture.underAge(16)), Position(modality: .mustNot, age: CompareFixture.underAge(18))),
        (Position(modality: .mustNot, age: CompareFixture.underAge(18)), Position(modality: .mustNot)),
        (Position(modality: .mustNot, exceptions: [.withApproval]), Position(modality: .mustNot)),
        (Position(modality: .mustNot, context: [.personalAccount]), Position(modality: .mustNot)),
        (Position(modality: .may), Position(modality: .may, exceptions: [.withApproval])),
        (Position(modality: .may, age: AgeThreshold(comparator: .over, years: 13, appliesTo: .pupils)),
         Position(modality: .may, age: AgeThreshold(comparator: .over, years: 16, appliesTo: .pupils))),
    ]

    @Test(arguments: orderedLoosestFirst)
    func strictnessOrder(looser: Position, stricter: Position) {
        #expect(looser.strictness < stricter.strictness)
        #expect(!(stricter.strictness < looser.strictness))
    }

    @Test func forbiddingWhatAnotherPermitsIsAConflict() throws {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("Staff may follow ex-pupils.", Self.befriending(.may))]),
            CompareFixture.school("birch", [("Staff must not follow ex-pupils.", Self.befriending(.mustNot))]),
            CompareFixture.school("cedar", []),
        ])
        let row = try #require(matrix.rows.onlyElement)
        #expect(row.status == .conflict)
        #expect(row.findings == [.conflict, .differ, .gap])
        #expect(row.conflicting == [0, 1])
        #expect(matrix.documents.map(\.summary.conflicts) == [1, 1, 0])
    }

    @Test func discouragingWhatAnotherPermitsOnlyDiffers() {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("…", Self.befriending(.may))]),
            CompareFixture.school("birch", [("…", Self.befriending(.shouldNot))]),
        ])
        #expect(matrix.rows.first?.status == .differ)
    }

    @Test func opposingRulesInSeparateContextsOnlyDiffer() {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("…", Self.befriending(.must, context: [.schoolAccount]))]),
            CompareFixture.school("birch", [("…", Self.befriending(.mustNot, context: [.personalAccount]))]),
        ])
        #expect(matrix.rows.first?.status == .differ)
    }

    @Test func silenceIsAGap() throws {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [("…", Self.befriending(.mustNot))]),
            CompareFixture.school("birch", []),
        ])
        let row = try #require(matrix.rows.onlyElement)
        #expect(row.status == .gap)
        #expect(row.cells[1] == nil)
        #expect(matrix.documents.map(\.summary.coverage) == [1, 0])
    }
}
