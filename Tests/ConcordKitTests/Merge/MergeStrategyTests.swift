import Testing
@testable import ConcordKit

/// The strategies on small policies built in code, so that they do not
/// depend on what the extractor makes of real documents.
@Suite struct MergeStrategyTests {
    typealias F = CompareFixture

    static func befriend(_ modality: Modality, age: AgeThreshold? = nil, exceptions: [Exception] = []) -> Rule {
        Rule(subject: [.staff], modality: modality, action: .befriend, audience: [.exPupils], age: age, context: [.personalAccount], exceptions: exceptions)
    }

    /// Three schools on one topic (staff befriending ex-pupils).
    static let schools = [
        F.school("alpha", [("Staff should not add former pupils as friends on personal accounts.", befriend(.shouldNot))]),
        F.school("beta", [("Staff must not befriend former pupils under 16 on their personal accounts.", befriend(.mustNot, age: F.underAge(16)))]),
        F.school("gamma", [("Staff should not befriend former pupils on personal accounts.", befriend(.shouldNot))]),
    ]

    func merged(_ strategy: MergeStrategy, _ documents: [PolicyDocument] = schools) -> MergeResult {
        PolicyMerger(strategy: strategy).merge(documents)
    }

    @Test(arguments: [
        ("strictest", MergeStrategy.strictest), ("majority", .majority), ("prefer:gamma", .prefer("gamma")),
    ])
    func readsStrategies(text: String, strategy: MergeStrategy) {
        #expect(MergeStrategy(text) == strategy)
        #expect(strategy.name == text)
    }

    @Test func refusesUnknownStrategies() {
        #expect(MergeStrategy("strict") == nil)
        #expect(MergeStrategy("prefer:") == nil)
    }

    @Test func strictestTakesTheStrongestModality() {
        let result = merged(.strictest)
        #expect(result.choices.count == 1)
        #expect(result.choices[0].chosen.position.modality == .mustNot)
        #expect(result.choices[0].chosen.holders == [1])
        #expect(result.choices[0].alternatives.map(\.holders) == [[0, 2]])
        #expect(result.choices[0].reason == "the strictest of 2 positions")
    }

    @Test func strictestPrefersNoAgeLimitThenTheHighestAge() {
        let documents = [
            F.school("a", [("Staff must not befriend former pupils under 16 on personal accounts.", Self.befriend(.mustNot, age: F.underAge(16)))]),
            F.school("b", [("Staff must not befriend former pupils under 18 on personal accounts.", Self.befriend(.mustNot, age: F.underAge(18)))]),
        ]
        #expect(merged(.strictest, documents).choices[0].chosen.position.age?.years == 18)
        let none = documents + [F.school("c", [("Staff must not befriend former pupils on personal accounts.", Self.befriend(.mustNot))])]
        #expect(merged(.strictest, none).choices[0].chosen.position.age == nil)
    }

    @Test func strictestPrefersFewerExceptions() {
        let documents = [
            F.school("a", [("Staff must not befriend former pupils on personal accounts unless the headteacher has given prior approval.", Self.befriend(.mustNot, exceptions: [.withApproval]))]),
            F.school("b", [("Staff must not befriend former pupils on personal accounts.", Self.befriend(.mustNot))]),
        ]
        let choice = merged(.strictest, documents).choices[0]
        #expect(choice.chosen.position.exceptions.isEmpty)
        #expect(choice.chosen.holders == [1])
    }

    @Test func majorityTakesTheMostCommon() {
        let choice = merged(.majority).choices[0]
        #expect(choice.chosen.position.modality == .shouldNot)
        #expect(choice.chosen.holders == [0, 2])
        #expect(choice.reason == "held by 2 of the 3 schools that cover it")
    }

    @Test func majorityTiesGoToTheStrictest() {
        let choice = merged(.majority, Array(Self.schools.prefix(2))).choices[0]
        #expect(choice.chosen.position.modality == .mustNot)
        #expect(choice.reason.hasPrefix("2 positions tie at 1 school each"))
    }

    @Test func preferTakesThatSchoolsPosition() {
        let choice = merged(.prefer("gamma")).choices[0]
        #expect(choice.chosen.holders == [0, 2])
        #expect(choice.reason == "the preferred school (gamma) holds it")
        let clause = merged(.prefer("gamma")).clauses[0]
        #expect(clause.source == Provenance(document: "gamma", clause: "A.1"))
        #expect(clause.clause.provenance.first == Provenance(document: "gamma", clause: "A.1"))
    }

    @Test func preferFallsBackToTheStrictestWhereTheSchoolIsSilent() {
        let documents = Self.schools + [F.school("delta", [("Parents must not post images of pupils.", Rule(subject: [.parents], modality: .mustNot, action: .postImages, audience: [.pupils]))])]
        let choice = merged(.prefer("delta"), documents).choices.first { $0.row.key.subjectClass == .staff }!
        #expect(choice.chosen.position.modality == .mustNot)
        #expect(choice.reason == "delta says nothing here; the strictest of 2 positions")
    }

    @Test func preferMatchesTheSchoolNameToo() {
        #expect(MergeStrategy.document(named: "Beta School", in: Self.schools) == 1)
        #expect(MergeStrategy.document(named: "BETA", in: Self.schools) == 1)
        #expect(MergeStrategy.document(named: "omega", in: Self.schools) == nil)
    }
}
