import Foundation
import Testing
@testable import ConcordKit

/// The comparison of the hand-made gold clauses of the five corpus schools
/// (`Fixtures/gold/*.jsonl`). Unlike the corpus goldens these do not move
/// when the extractor improves, so they pin grouping and strictness on real
/// policy language.
@Suite struct GoldCompareTests {
    static let gold = GoldenFile.compare.folder.deletingLastPathComponent().appendingPathComponent("gold")

    struct Record: Decodable {
        var line: Int
        var text: String
        var subject: [Role]
        var modality: Modality
        var action: Action
        var audience: [Role]
        var age: AgeThreshold?
        var context: [Context]
        var exceptions: [Exception]
    }

    static let documents: [PolicyDocument] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: gold.path)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        return names.map { name in
            let data = FileManager.default.contents(atPath: gold.appendingPathComponent(name).path) ?? Data()
            let records = data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(Record.self, from: Data($0)) }
            let clauses = records.enumerated().map { index, record in
                Section.Item.clause(Clause(
                    id: "g\(index + 1)", text: record.text, line: record.line, section: nil,
                    rule: Rule(
                        subject: record.subject, modality: record.modality, action: record.action, audience: record.audience,
                        age: record.age, context: record.context, exceptions: record.exceptions)))
            }
            return PolicyDocument(name: String(name.dropLast(6)), sections: [Section(id: "s1", heading: nil, line: nil, items: clauses)])
        }
    }()

    static let matrix = ComparisonMatrix(comparing: documents)

    static func row(_ id: String) -> TopicRow? { matrix.rows.first { $0.key.id == id } }

    @Test func readsAllGoldClauses() {
        #expect(Self.documents.map(\.name) == ["ashton-vale", "kingsthorpe-village", "learn-to-live-federation", "milverton", "todwick"])
        #expect(Self.documents.map(\.clauses.count).reduce(0, +) == 322)
    }

    @Test func befriendingExPupilsWithNoAgeLimitIsStrictest() throws {
        let row = try #require(Self.row("staff/befriend/ex-pupils"))
        let names = Self.matrix.documents.map(\.name)
        #expect(row.label == "Staff befriending ex-pupils")
        #expect(row.status == .differ)
        #expect(row.strictestHolders.map { names[$0] } == ["ashton-vale"])
        #expect(row.cells[1]?.position.age?.years == 16)
        #expect(row.cells[2]?.position.modality == .shouldNot)
    }

    @Test func contactingExPupilsUnder18() throws {
        let row = try #require(Self.row("staff/contact/ex-pupils"))
        #expect(row.cells[3]?.position.modality == .mustNot)
        #expect(row.cells[3]?.position.age?.years == 18)
        #expect(row.cells[3]?.clauses.count == 2)
    }

    @Test func parentsPostingImagesOfPupils() throws {
        let row = try #require(Self.row("parents/post-images/pupils"))
        #expect(row.label == "Parents posting images of pupils")
        let modalities = row.cells.compactMap { $0?.position.modality }
        #expect(!modalities.isEmpty)
        #expect(modalities.allSatisfy { $0.isProhibition })
    }

    @Test func text() {
        var out = ""
        CompareTextWriter(width: 100).write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "gold.txt")
    }

    @Test func json() {
        var out = ""
        CompareJSONWriter.write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "gold.json")
    }
}
