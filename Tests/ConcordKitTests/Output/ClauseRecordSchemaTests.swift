import Foundation
import Testing
@testable import ConcordKit

/// Every clause record `concord extract --format jsonl` prints for the
/// corpus conforms to `schemas/clause.schema.json`, and the bundled lexicon
/// to `schemas/lexicon.schema.json`.
@Suite struct ClauseRecordSchemaTests {
    func validator(_ name: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: Repository.schemas.appendingPathComponent(name)))
    }

    @Test func corpusRecordsConformToTheClauseSchema() throws {
        let schema = try validator("clause.schema.json")
        var records = 0
        for name in Repository.seedNames {
            let document = try PolicyReader().read(Repository.corpusBytes(name), name: name).get().document
            var out = ""
            ClauseRecordWriter.writeJSONLines(document, to: &out)
            for line in out.split(separator: "\n") {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8))
                #expect(schema.validate(record) == [], "\(name): \(line)")
                records += 1
            }
        }
        #expect(records > 250)
    }

    @Test func theSchemaRejectsABrokenRecord() throws {
        let schema = try validator("clause.schema.json")
        let broken: [String: Any] = [
            "doc": "x", "id": "1", "section": NSNull(), "line": 1, "text": "t", "subject": ["staf"], "modality": "must",
            "action": "befriend", "audience": [], "age": ["comparator": "under", "years": 16], "context": [], "exceptions": [],
        ]
        let problems = schema.validate(broken)
        #expect(problems.contains { $0.contains("subject[0]") })
        #expect(problems.contains { $0.contains("age") })
    }

    @Test func recordsEscapeTextAsJSON() throws {
        let clause = Clause(id: "A.1", text: "Say \"no\"\\\tnow\n", line: 3, section: "A",
                            rule: Rule(subject: [.staff], modality: .must, action: .other))
        var out = ""
        ClauseRecordWriter.writeRecord(clause, document: "d", to: &out)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(object["text"] as? String == clause.text)
        #expect(object["age"] is NSNull)
    }

    @Test func bundledLexiconConformsToItsSchema() throws {
        let schema = try validator("lexicon.schema.json")
        let lexicon = try JSONSerialization.jsonObject(with: Data(contentsOf: Repository.root.appendingPathComponent("Sources/ConcordKit/Resources/lexicon.json")))
        #expect(schema.validate(lexicon) == [])
    }
}
