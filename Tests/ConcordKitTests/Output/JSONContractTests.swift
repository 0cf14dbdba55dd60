import Foundation
import Testing
@testable import ConcordKit

/// Every JSON output of the corpus validates against its schema in
/// `schemas/`: `compare` (with and without a baseline) and `diff` on the
/// prose documents, on their `.policy` files, and on `.policy` files
/// written by hand (no `@N`), whose clauses take their own lines; and the
/// schemas reject what no output holds.
@Suite struct JSONContractTests {
    static func validator(_ name: String) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: Data(contentsOf: Repository.schemas.appendingPathComponent(name)))
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    static let prose: [PolicyDocument] = Repository.seedNames.map { PolicyCorpus.document($0) }

    /// The corpus's `.policy` files as `diff`, `compare` and `extract` read
    /// them; `handWritten` drops every `@N` first.
    static func policies(handWritten: Bool) -> [PolicyDocument] {
        Repository.seedNames.map { name in
            var text = String(decoding: PolicyCorpus.bytes(name, "policy"), as: UTF8.self)
            if handWritten { text = withoutLineMarkers(text) }
            return PolicyParser().parse(text, name: name).documentWithOwnLines
        }
    }

    /// The text with the `  @N` that ends a line taken off.
    static func withoutLineMarkers(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard let at = line.range(of: "  @", options: .backwards),
                  !line[at.upperBound...].isEmpty, line[at.upperBound...].allSatisfy(\.isNumber) else { return line }
            return line[..<at.lowerBound]
        }.joined(separator: "\n")
    }

    static func compareJSON(_ documents: [PolicyDocument], baseline: Int? = nil) -> String {
        var matrix = ComparisonMatrix(comparing: documents)
        if let baseline { matrix = matrix.deviations(from: baseline) }
        var out = ""
        CompareJSONWriter.write(matrix, to: &out)
        return out
    }

    static func diffJSON(_ old: PolicyDocument, _ new: PolicyDocument) -> String {
        var out = ""
        DiffJSONWriter().write(PolicyDiffer().diff(old, new), to: &out)
        return out
    }

    @Test(arguments: ["prose", "policy", "hand-written"])
    func compareOutputsValidate(_ source: String) throws {
        let schema = try Self.validator("compare.schema.json")
        let documents = source == "prose" ? Self.prose : Self.policies(handWritten: source == "hand-written")
        let problems = schema.validate(try Self.json(Self.compareJSON(documents)))
        #expect(problems.count == 0, "\(problems.prefix(5))")
        for baseline in documents.indices {
            let problems = schema.validate(try Self.json(Self.compareJSON(documents, baseline: baseline)))
            #expect(problems.count == 0, "baseline \(baseline): \(problems.prefix(5))")
        }
    }

    @Test(arguments: DiffFixtures.pairs)
    func diffOutputsOfTheFixturesValidate(_ pair: String) throws {
        let schema = try Self.validator("diff.schema.json")
        let (old, new) = try DiffFixtures.documents(pair)
        let problems = schema.validate(try Self.json(Self.diffJSON(old, new)))
        #expect(problems.count == 0, "\(problems.prefix(5))")
    }

    @Test(arguments: [false, true])
    func diffOutputsOfPolicyFilesValidate(_ handWritten: Bool) throws {
        let schema = try Self.validator("diff.schema.json")
        let documents = Self.policies(handWritten: handWritten)
        for (old, new) in zip(documents, documents.dropFirst() + [documents[0]]) {
            let problems = schema.validate(try Self.json(Self.diffJSON(old, new)))
            #expect(problems.count == 0, "\(old.name) → \(new.name): \(problems.prefix(5))")
        }
    }

    @Test func extractRecordsOfHandWrittenPolicyFilesValidate() throws {
        let schema = try Self.validator("clause.schema.json")
        for document in Self.policies(handWritten: true) {
            var out = ""
            ClauseRecordWriter.writeJSONLines(document, to: &out)
            for line in out.split(separator: "\n") {
                let problems = schema.validate(try Self.json(String(line)))
                #expect(problems.count == 0, "\(document.name): \(line): \(problems)")
            }
        }
    }

    /// A clause with no `@N` is at its own line of the `.policy` file.
    @Test func aHandWrittenClauseHasItsLineInTheFile() {
        let file = PolicyParser().parse("section A\n\n  clause A.1 \"Staff must report concerns.\"\n  clause A.2 \"Staff must not befriend pupils.\"  @40\n", name: "x")
        #expect(file.document.clauses.map(\.line) == [0, 40])
        #expect(file.documentWithOwnLines.clauses.map(\.line) == [3, 40])
    }

    @Test func theSchemasRejectWhatNoOutputHolds() throws {
        let compare = try Self.validator("compare.schema.json")
        var root = try #require(try Self.json(Self.compareJSON(Self.prose)) as? [String: Any])
        var topics = try #require(root["topics"] as? [[String: Any]])
        let index = try #require(topics.firstIndex { ($0["status"] as? String) == "differ" })
        topics[index]["status"] = "agree"
        topics[index]["strictest"] = nil
        var cells = try #require(topics[index]["cells"] as? [String: Any])
        let key = try #require(cells.first { !($0.value is NSNull) }?.key)
        var cell = try #require(cells[key] as? [String: Any])
        var clauses = try #require(cell["clauses"] as? [[String: Any]])
        clauses[0]["line"] = 0
        clauses[0]["subject"] = ["teachers"]
        cell["clauses"] = clauses
        cell["context"] = ["in-the-pub"]
        cells[key] = cell
        topics[index]["cells"] = cells
        root["topics"] = topics
        let problems = compare.validate(root).joined(separator: "\n")
        for expected in [
            ".status: agree is not differ", "missing required key 'strictest'", ".line: 0 is below the minimum 1",
            ".subject[0]: teachers is not one of the allowed values", ".context[0]: in-the-pub is not one of the allowed values",
        ] {
            #expect(problems.contains(expected), "\(expected) not found in:\n\(problems)")
        }

        let diff = try Self.validator("diff.schema.json")
        let (old, new) = try DiffFixtures.documents("todwick")
        var diffRoot = try #require(try Self.json(Self.diffJSON(old, new)) as? [String: Any])
        diffRoot["summary"] = [String: Any]()
        var changes = try #require(diffRoot["changes"] as? [[String: Any]])
        let changeIndex = try #require(changes.firstIndex { $0["new"] is [String: Any] })
        var clause = try #require(changes[changeIndex]["new"] as? [String: Any])
        clause["line"] = 0
        clause["action"] = "frolic"
        clause["age"] = ["comparator": "under", "years": -3, "appliesTo": "pupils"]
        changes[changeIndex]["new"] = clause
        diffRoot["changes"] = changes
        let diffProblems = diff.validate(diffRoot).joined(separator: "\n")
        for expected in ["summary: missing required key 'unchanged'", ".line: 0 is below the minimum 1", "frolic", "years: -3 is below the minimum 0"] {
            #expect(diffProblems.contains(expected), "\(expected) not found in:\n\(diffProblems)")
        }
    }

    /// With a baseline every school's counts are against it, and the line
    /// above the table is their sum.
    @Test(arguments: Repository.seedNames.indices)
    func baselineCountsAddUpToTheHeadline(_ baseline: Int) {
        let matrix = ComparisonMatrix(comparing: Self.prose).deviations(from: baseline)
        var conflicts = 0
        for row in matrix.rows {
            conflicts += row.conflicting.filter { $0 != baseline }.count
        }
        #expect(matrix.documents.map(\.summary.conflicts).reduce(0, +) == conflicts)
        #expect(matrix.documents[baseline].summary.conflicts == 0)
        let stricter = matrix.documents.map(\.summary.strictest).reduce(0, +)
        let looser = matrix.documents.map(\.summary.loosest).reduce(0, +)
        #expect(CompareSummary.headline(matrix).hasSuffix("school by school, \(conflicts) conflict, \(stricter) stricter, \(looser) looser"))
        var text = "", markdown = "", html = ""
        CompareTextWriter(width: 120).write(matrix, to: &text)
        CompareMarkdownWriter.write(matrix, to: &markdown)
        CompareHTMLWriter.write(matrix, to: &html)
        #expect(text.contains("conflicts   stricter   looser\n"))
        #expect(markdown.contains("| conflicts | stricter | looser |"))
        #expect(html.contains("<th>Conflicts</th><th>Stricter</th><th>Looser</th>"))
    }
}
