import Foundation
import Testing
@testable import ConcordKit

/// `schemas/policy.schema.json` describes the JSON of a whole policy.
@Suite struct PolicySchemaTests {
    static let schemaURL = PolicyCorpus.root.appendingPathComponent("schemas/policy.schema.json")

    func validator() throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: Self.schemaURL))
    }

    func json(_ document: PolicyDocument) throws -> Any {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSONSerialization.jsonObject(with: encoder.encode(document))
    }

    @Test(arguments: PolicyCorpus.names)
    func corpusJSONMatchesTheSchema(name: String) throws {
        #expect(try validator().validate(json(PolicyCorpus.document(name))) == [])
    }

    @Test func generatedPoliciesMatchTheSchema() throws {
        var generator = PolicyGenerator(seed: 7)
        let validator = try validator()
        for number in 0..<50 {
            #expect(validator.validate(try json(generator.document(number))) == [])
        }
    }

    @Test func aMergedPolicyWithAlternativesMatchesTheSchema() throws {
        let merged = PolicyMerger(strategy: .strictest).merge(PolicyCorpus.names.map(PolicyCorpus.document)).document
        #expect(merged.clauses.contains { !$0.alternatives.isEmpty })
        let object = try json(merged)
        #expect(try validator().validate(object) == [])
        let decoded = try JSONDecoder().decode(PolicyDocument.self, from: JSONEncoder().encode(merged))
        #expect(decoded == merged)
    }

    @Test func reportsWhatIsWrong() throws {
        var object = try json(PolicyCorpus.document("todwick")) as! [String: Any]
        object["name"] = nil
        object["title"] = 12
        object["extra"] = "x"
        var sections = object["sections"] as! [[String: Any]]
        sections[0]["items"] = [["clause": ["id": "x"]], ["passage": ["kind": "poem", "text": "t", "line": -1]]]
        object["sections"] = sections
        let problems = try validator().validate(object)
        #expect(problems.contains("$: missing required key 'name'"))
        #expect(problems.contains("$.title: expected string, found integer"))
        #expect(problems.contains("$: unexpected key 'extra'"))
        #expect(problems.contains("$.sections[0].items[0]: matches 0 of the oneOf schemas, not exactly one"))
        #expect(problems.contains("$.sections[0].items[1]: matches 0 of the oneOf schemas, not exactly one"))
    }

    @Test func enumsNameEveryVocabularyId() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as! [String: Any]
        let defs = schema["$defs"] as! [String: Any]
        func ids(_ name: String) -> [String] { (defs[name] as! [String: Any])["enum"] as! [String] }
        #expect(ids("role") == Role.allCases.map(\.rawValue))
        #expect(ids("modality") == Modality.allCases.map(\.rawValue))
        #expect(ids("action") == Action.allCases.map(\.rawValue))
        #expect(ids("context") == Context.allCases.map(\.rawValue))
        #expect(ids("exception") == Exception.allCases.map(\.rawValue))
    }
}
