import Foundation
import Testing
@testable import ConcordKit

/// `docs/policy-language.md` documents every diagnostic, and its example
/// parses cleanly.
@Suite struct PolicyDocumentationTests {
    static let docs = (try? String(contentsOf: PolicyCorpus.root.appendingPathComponent("docs/policy-language.md"), encoding: .utf8)) ?? ""

    static var diagnosticIDs: [String] {
        let folder = PolicyCorpus.root.appendingPathComponent("Sources/ConcordKit/Language")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var ids: Set<String> = ["policy.unknown-role", "policy.unknown-modality", "policy.unknown-action", "policy.unknown-context", "policy.unknown-exception"]
        for file in files {
            let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
            for piece in text.components(separatedBy: "\"policy.").dropFirst() {
                let id = piece.prefix { $0.isLetter || $0 == "-" }
                if !id.isEmpty, piece.dropFirst(id.count).first == "\"" { ids.insert("policy." + id) }
            }
        }
        return ids.sorted()
    }

    @Test func documentsEveryDiagnostic() {
        #expect(Self.diagnosticIDs.count > 25)
        for id in Self.diagnosticIDs { #expect(Self.docs.contains("| `\(id)` |"), "\(id) is not documented") }
    }

    @Test func theExampleParsesCleanly() throws {
        let blocks = Self.docs.components(separatedBy: "```")
        let example = try #require(blocks.dropFirst().first)
        let file = PolicyParser(reader: nil).parse(example, name: "example")
        #expect(file.diagnostics == [])
        #expect(file.document.clauses.count == 2)
        #expect(PolicyLinter().lint(file.document, sourceMap: file.sourceMap) == [])
    }
}
