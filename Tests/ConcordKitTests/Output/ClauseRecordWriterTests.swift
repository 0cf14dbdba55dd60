import Foundation
import Testing
@testable import ConcordKit

/// Clause records decode back to the clause, are the same as bytes and as a
/// `String`, fit the room the writer sizes for them, and are byte for byte
/// what the writer wrote before it wrote bytes.
@Suite struct ClauseRecordWriterTests {
    /// A record as `schemas/clause.schema.json` describes it.
    struct Record: Decodable, Equatable {
        struct Age: Decodable, Equatable {
            var comparator: AgeThreshold.Comparator
            var years: Int
            var appliesTo: Role
        }

        var doc: String
        var id: String
        var section: String?
        var line: Int
        var text: String
        var subject: [Role]
        var modality: Modality
        var action: Action
        var audience: [Role]
        var age: Age?
        var context: [Context]
        var exceptions: [Exception]
    }

    /// Every list as long as it can be, an age, and strings that need every escape.
    static let fullest = Clause(
        id: "\"A\".1", text: "Quote \" backslash \\ newline \n return \r tab \t control \u{01}\u{1F} café — 😀 👨‍👩‍👧",
        line: 1_234_567, section: "A \\ B",
        rule: Rule(subject: Role.allCases, modality: .shouldNot, action: .registerSocialMedia, audience: Role.allCases,
                   age: AgeThreshold(comparator: .under, years: 16, appliesTo: .exPupils),
                   context: Context.allCases, exceptions: Exception.allCases))
    static let plainest = Clause(id: "1", text: "", line: 1, section: nil, rule: Rule(subject: [], modality: .may, action: .other))
    static let controls = Clause(
        id: "c", text: String(decoding: (0..<0x20).map { UInt8($0) } + (0..<0x20).map { UInt8($0) }, as: UTF8.self),
        line: 2, section: "\u{00}", rule: Rule(subject: [.staff], modality: .must, action: .comply))

    func record(_ clause: Clause, document: String = "d") -> String {
        var out = ""
        ClauseRecordWriter.writeRecord(clause, document: document, to: &out)
        return out
    }

    @Test(arguments: [fullest, plainest, controls])
    func aRecordDecodesToTheClause(_ clause: Clause) throws {
        let decoded = try JSONDecoder().decode(Record.self, from: Data(record(clause, document: "doc \"x\"").utf8))
        let rule = clause.rule
        let age = rule.age.map { Record.Age(comparator: $0.comparator, years: $0.years, appliesTo: $0.appliesTo) }
        #expect(decoded == Record(
            doc: "doc \"x\"", id: clause.id, section: clause.section, line: clause.line, text: clause.text,
            subject: rule.subject, modality: rule.modality, action: rule.action, audience: rule.audience, age: age,
            context: rule.context, exceptions: rule.exceptions))
    }

    @Test(arguments: [fullest, plainest, controls])
    func bytesStringAndTheEarlierWriterAgree(_ clause: Clause) {
        var bytes: [UInt8] = []
        ClauseRecordWriter.writeRecord(clause, document: "d\t1", to: &bytes)
        let expected = Self.earlierRecord(clause, document: "d\t1")
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(record(clause, document: "d\t1") == expected)
        #expect(bytes.count <= ClauseRecordWriter.maximumSize(of: clause, document: "d\t1"))
    }

    @Test func theCorpusIsWrittenAsTheEarlierWriterWroteIt() throws {
        for name in Repository.seedNames {
            let document = try PolicyReader().read(Repository.corpusBytes(name), name: name).get().document
            var lines = ""
            ClauseRecordWriter.writeJSONLines(document, to: &lines)
            var bytes: [UInt8] = []
            ClauseRecordWriter.writeJSONLines(document, to: &bytes)
            let expected = document.clauses.map { Self.earlierRecord($0, document: name) + "\n" }.joined()
            #expect(!document.clauses.isEmpty)
            #expect(lines == expected, "\(name)")
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(name)")
        }
    }

    @Test func linesFollowWhatIsAlreadyThereAndSkipPassages() {
        let document = PolicyDocument(name: "p", sections: [
            Section(id: "A", heading: "A", line: 1, items: [.clause(Self.plainest), .passage(Passage(kind: .note, text: "n", line: 2))]),
            Section(id: "B", heading: nil, line: nil, items: []),
            Section(id: "C", heading: "C", line: 3, items: [.clause(Self.controls), .clause(Self.fullest)]),
        ])
        var out = Array("first\n".utf8)
        ClauseRecordWriter.writeJSONLines(document, to: &out)
        let expected = "first\n" + [Self.plainest, Self.controls, Self.fullest].map { Self.earlierRecord($0, document: "p") + "\n" }.joined()
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }

    @Test func everyNameIsItsRawValueInQuotes() {
        func names<Name: CaseIterable & RawRepresentable<String>>(_ table: JSONNameTable<Name>) -> [String] {
            Name.allCases.map { name in
                [UInt8](unsafeUninitializedCapacity: table.longest) { buffer, count in
                    var cursor = UTF8Cursor(buffer)
                    table.write(name, to: &cursor)
                    count = cursor.count
                }
            }.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(names(ClauseRecordWriter.roles) == Role.allCases.map { "\"\($0.rawValue)\"" })
        #expect(names(ClauseRecordWriter.modalities) == Modality.allCases.map { "\"\($0.rawValue)\"" })
        #expect(names(ClauseRecordWriter.actions) == Action.allCases.map { "\"\($0.rawValue)\"" })
        #expect(names(ClauseRecordWriter.contexts) == Context.allCases.map { "\"\($0.rawValue)\"" })
        #expect(names(ClauseRecordWriter.exceptions) == Exception.allCases.map { "\"\($0.rawValue)\"" })
        #expect(names(ClauseRecordWriter.comparators) == AgeThreshold.Comparator.allCases.map { "\"\($0.rawValue)\"" })
        #expect(ClauseRecordWriter.longestName == "\"register-social-media\"".utf8.count)
    }

    /// `ClauseRecordWriter.writeRecord` as it was before records were written
    /// as bytes: `String` appends, interpolations and `rawValue` arrays.
    static func earlierRecord(_ clause: Clause, document: String) -> String {
        func string(_ text: String) -> String { JSONStringTests.earlierEscape(text) }
        func array(_ items: [String]) -> String { "[" + items.map(string).joined(separator: ",") + "]" }
        let rule = clause.rule
        var out = "{\"doc\":" + string(document) + ",\"id\":" + string(clause.id) + ",\"section\":"
        out += clause.section.map(string) ?? "null"
        out += ",\"line\":\(clause.line),\"text\":" + string(clause.text) + ",\"subject\":" + array(rule.subject.map(\.rawValue))
        out += ",\"modality\":\"\(rule.modality.rawValue)\",\"action\":\"\(rule.action.rawValue)\",\"audience\":"
        out += array(rule.audience.map(\.rawValue)) + ",\"age\":"
        if let age = rule.age {
            out += "{\"comparator\":\"\(age.comparator.rawValue)\",\"years\":\(age.years),\"appliesTo\":\"\(age.appliesTo.rawValue)\"}"
        } else {
            out += "null"
        }
        out += ",\"context\":" + array(rule.context.map(\.rawValue)) + ",\"exceptions\":" + array(rule.exceptions.map(\.rawValue)) + "}"
        return out
    }
}
