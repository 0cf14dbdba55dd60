import Foundation
import Testing
@testable import ConcordKit

/// `schemas/diff.schema.json` stays in step with the kinds the code knows.
@Suite struct DiffSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas/diff.schema.json")

    @Test func kindsMatchTheSchema() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schema)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let definitions = try #require(object["$defs"] as? [String: Any])
        let clauseKinds = try #require((definitions["clauseKind"] as? [String: Any])?["enum"] as? [String])
        #expect(clauseKinds == ChangeKind.allCases.map(\.rawValue))
        let documentKinds = try #require((definitions["documentKind"] as? [String: Any])?["enum"] as? [String])
        #expect(documentKinds == DocumentChange.Kind.allCases.map(\.rawValue))
        let proseKinds = try #require((definitions["proseKind"] as? [String: Any])?["enum"] as? [String])
        #expect(proseKinds == ProseChange.Kind.allCases.map(\.rawValue))
        let proseSummaryKinds = try #require((definitions["proseSummaryKind"] as? [String: Any])?["enum"] as? [String])
        #expect(proseSummaryKinds == ProseChange.Kind.allCases.map { "prose-" + $0.rawValue })
    }

    @Test func goldenJSONHasTheRequiredKeys() throws {
        let required = ["old", "new", "same", "summary", "document", "changes", "prose"]
        for pair in DiffFixtures.pairs {
            let url = DiffFixtures.folder.appendingPathComponent("\(pair)/golden.json")
            guard let data = try? Data(contentsOf: url) else { continue }
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(required.allSatisfy { object[$0] != nil }, "\(pair)")
            for side in ["old", "new"] {
                #expect((object[side] as? [String: Any])?["unread"] is [String: Int], "\(pair) \(side)")
            }
        }
    }

    @Test func unreadCountsValidateAndTheSchemaHoldsThemExactly() throws {
        let validator = try JSONSchemaValidator(schema: Data(contentsOf: Self.schema))
        var json = ""
        DiffJSONWriter().write(DiffUnreadTests().diff, to: &json)
        var root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(validator.validate(root) == [])
        var old = try #require(root["old"] as? [String: Any])
        var unread = try #require(old["unread"] as? [String: Any])
        unread["total"] = -1
        unread["guessed-subject"] = nil
        unread["unknown"] = 1
        old["unread"] = unread
        root["old"] = old
        var new = try #require(root["new"] as? [String: Any])
        new["unread"] = nil
        root["new"] = new
        #expect(Set(validator.validate(root)) == [
            "$.old.unread.total: -1 is below the minimum 0",
            "$.old.unread: missing required key 'guessed-subject'",
            "$.old.unread: unexpected key 'unknown'",
            "$.new: missing required key 'unread'",
        ])
    }
}
