import Foundation
import Testing
@testable import ConcordKit

/// The JSON writer against `schemas/compare.schema.json`: every object has
/// the properties the schema requires and no others.
@Suite struct CompareSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas/compare.schema.json")

    static func definition(_ schema: [String: Any], _ name: String) -> (required: Set<String>, allowed: Set<String>) {
        let definitions = schema["$defs"] as? [String: Any] ?? [:]
        let object = (name == "" ? schema : definitions[name]) as? [String: Any] ?? [:]
        let required = Set(object["required"] as? [String] ?? [])
        let allowed = Set((object["properties"] as? [String: Any] ?? [:]).keys)
        return (required, allowed)
    }

    static func check(_ object: Any?, against shape: (required: Set<String>, allowed: Set<String>), _ what: String) {
        guard let object = object as? [String: Any] else {
            Issue.record("\(what) is not an object")
            return
        }
        let keys = Set(object.keys)
        #expect(shape.required.isSubset(of: keys), "\(what) misses \(shape.required.subtracting(keys))")
        #expect(keys.isSubset(of: shape.allowed), "\(what) has unknown \(keys.subtracting(shape.allowed))")
    }

    /// The documents' counts of notes against the schema's `document`
    /// definition (the topics use `allOf`, which `JSONSchemaValidator` does
    /// not check).
    @Test func unreadCountsValidateAndTheSchemaHoldsThemExactly() throws {
        let validator = try JSONSchemaValidator(schema: Data(contentsOf: Self.schemaURL), definition: "document")
        var json = ""
        CompareJSONWriter.write(CompareWriterTests.noted, to: &json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        for document in documents { #expect(validator.validate(document) == []) }
        var unread = try #require(documents[0]["unread"] as? [String: Any])
        unread["total"] = -1
        unread["no-clause"] = nil
        unread["unknown"] = 1
        unread["guessed-subject"] = 1.5
        documents[0]["unread"] = unread
        #expect(Set(validator.validate(documents[0])) == [
            "$.unread.total: -1 is below the minimum 0",
            "$.unread: missing required key 'no-clause'",
            "$.unread: unexpected key 'unknown'",
            "$.unread.guessed-subject: expected integer, found number",
        ])
        documents[1]["unread"] = nil
        #expect(validator.validate(documents[1]) == ["$: missing required key 'unread'"])
    }

    @Test func writerOutputHasTheSchemasShape() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.schemaURL.path))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var json = ""
        CompareJSONWriter.write(CompareWriterTests.hostile, to: &json)
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        Self.check(root, against: Self.definition(schema, ""), "root")
        for document in root?["documents"] as? [Any] ?? [] {
            Self.check(document, against: Self.definition(schema, "document"), "document")
        }
        let topics = root?["topics"] as? [[String: Any]] ?? []
        #expect(!topics.isEmpty)
        for topic in topics {
            Self.check(topic, against: Self.definition(schema, "topic"), "topic")
            Self.check(topic["strictest"], against: (["modality", "age", "context", "exceptions", "documents"], ["modality", "age", "context", "exceptions", "documents"]), "strictest")
            for case let cell as [String: Any] in (topic["cells"] as? [String: Any] ?? [:]).values {
                Self.check(cell, against: Self.definition(schema, "cell"), "cell")
                for clause in cell["clauses"] as? [Any] ?? [] {
                    Self.check(clause, against: Self.definition(schema, "clause"), "clause")
                }
            }
        }
    }
}
