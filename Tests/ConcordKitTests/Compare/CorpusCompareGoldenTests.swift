import Foundation
import Testing
@testable import ConcordKit

/// The five corpus schools through every compare writer. The extractor is
/// still improving, so these are re-recorded (`CONCORD_RECORD=1 swift test
/// --filter CorpusCompareGoldenTests`) when its output changes.
@Suite struct CorpusCompareGoldenTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    static let matrix: ComparisonMatrix = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        let reader = PolicyReader()
        let documents = names.compactMap { name -> PolicyDocument? in
            guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path) else { return nil }
            return try? reader.read([UInt8](data), name: String(name.dropLast(4))).get().document
        }
        return ComparisonMatrix(comparing: documents)
    }()

    @Test func readsTheFiveSchools() {
        #expect(Self.matrix.documents.count == 5)
        #expect(!Self.matrix.rows.isEmpty)
    }

    @Test func text() {
        var out = ""
        CompareTextWriter(width: 100).write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "corpus.txt")
    }

    @Test func markdown() {
        var out = ""
        CompareMarkdownWriter.write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "corpus.md")
    }

    @Test func csv() {
        var out = ""
        CompareCSVWriter.write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "corpus.csv")
    }

    @Test func json() {
        var out = ""
        CompareJSONWriter.write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "corpus.json")
    }

    @Test func html() {
        var out = ""
        CompareHTMLWriter.write(Self.matrix, to: &out)
        GoldenFile.compare.check(out, against: "corpus.html")
    }

    @Test func baselineJSON() {
        var out = ""
        CompareJSONWriter.write(Self.matrix.deviations(from: 0), to: &out)
        GoldenFile.compare.check(out, against: "corpus-baseline.json")
    }
}
