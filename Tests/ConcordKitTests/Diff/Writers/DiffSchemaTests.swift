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
    }

    @Test func goldenJSONHasTheRequiredKeys() throws {
        let required = ["old", "new", "same", "summary", "document", "changes"]
        for pair in DiffFixtures.pairs {
            let url = DiffFixtures.folder.appendingPathComponent("\(pair)/golden.json")
            guard let data = try? Data(contentsOf: url) else { continue }
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(required.allSatisfy { object[$0] != nil }, "\(pair)")
        }
    }
}
