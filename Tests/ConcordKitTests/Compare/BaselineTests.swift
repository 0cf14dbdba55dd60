import Testing
@testable import ConcordKit

@Suite struct BaselineTests {
    static let template = CompareFixture.school("template", [
        ("Staff must not befriend ex-pupils under 18.", StrictnessTests.befriending(.mustNot, age: CompareFixture.underAge(18))),
        ("Staff must not infringe copyright.", Rule(subject: [.staff], modality: .mustNot, action: .infringeCopyright)),
    ])

    @Test func reportsOnlyDeviations() {
        let matrix = ComparisonMatrix(comparing: [
            Self.template,
            CompareFixture.school("alder", [
                ("…under 16.", StrictnessTests.befriending(.mustNot, age: CompareFixture.underAge(16))),
                ("…copyright.", Rule(subject: [.staff], modality: .mustNot, action: .infringeCopyright)),
            ]),
            CompareFixture.school("birch", [
                ("…under 18.", StrictnessTests.befriending(.mustNot, age: CompareFixture.underAge(18))),
                ("…copyright.", Rule(subject: [.staff], modality: .mustNot, action: .infringeCopyright)),
                ("Parents may post images of their own children.", Rule(subject: [.parents], modality: .may, action: .postImages, audience: [.pupils])),
            ]),
        ]).deviations(from: 0)
        #expect(matrix.baseline == 0)
        #expect(matrix.rows.map(\.key.id) == ["staff/befriend/ex-pupils", "parents/post-images/pupils"])
        #expect(matrix.rows.map(\.status) == [.differ, .gap])
    }

    @Test func aConflictWithTheTemplateIsReported() throws {
        let matrix = ComparisonMatrix(comparing: [
            Self.template,
            CompareFixture.school("alder", [("Staff may befriend ex-pupils.", StrictnessTests.befriending(.may))]),
        ]).deviations(from: 0)
        let row = try #require(matrix.rows.first)
        #expect(row.status == .conflict)
        #expect(row.conflicting == [0, 1])
    }

    @Test func onlyKeepsRowsWithAnyOfTheFindings() {
        let matrix = ComparisonMatrix(comparing: [
            CompareFixture.school("alder", [
                ("…", StrictnessTests.befriending(.mustNot, age: CompareFixture.underAge(16))),
                ("…", Rule(subject: [.staff], modality: .mustNot, action: .infringeCopyright)),
                ("…", Rule(subject: [.staff], modality: .must, action: .setPrivacy)),
            ]),
            CompareFixture.school("birch", [
                ("…", StrictnessTests.befriending(.mustNot, age: CompareFixture.underAge(18))),
                ("…", Rule(subject: [.staff], modality: .mustNot, action: .infringeCopyright)),
            ]),
        ])
        #expect(matrix.only([.gap]).rows.map(\.key.action) == [.setPrivacy])
        #expect(matrix.only([.differ]).rows.map(\.key.action) == [.befriend])
        #expect(matrix.only([.agree]).rows.map(\.key.action) == [.infringeCopyright])
        #expect(matrix.only([.conflict]).rows.isEmpty)
    }
}

extension BaselineTests {
    @Test func textMarksPositionsThatMatchTheTemplate() {
        let matrix = ComparisonMatrix(comparing: [
            Self.template,
            CompareFixture.school("alder", [("…", StrictnessTests.befriending(.mustNot, age: CompareFixture.underAge(18)))]),
            CompareFixture.school("birch", [("…", StrictnessTests.befriending(.shouldNot, age: CompareFixture.underAge(18)))]),
        ]).deviations(from: 0)
        var text = ""
        CompareTextWriter(width: 100).write(matrix, to: &text)
        let row = text.split(separator: "\n").first { $0.hasPrefix("Staff befriending ex-pupils") }
        #expect(row?.split(separator: " ").prefix(7) == ["Staff", "befriending", "ex-pupils", "▼<18", "=", "▽<18", "differ"])
        #expect(text.contains("= as the baseline"))
    }
}
