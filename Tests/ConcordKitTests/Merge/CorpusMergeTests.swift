import Foundation
import Testing
@testable import ConcordKit

/// The five corpus schools merged with each strategy: the policy and the
/// report are golden files (`Fixtures/merge/corpus-STRATEGY.policy`,
/// `.md`), re-recorded with `CONCORD_RECORD=1 swift test --filter
/// CorpusMergeTests` when the extractor's output changes. Whatever it
/// reads, every merged file must parse back, check clean and render with
/// no placeholder left.
@Suite struct CorpusMergeTests {
    static let documents: [PolicyDocument] = {
        let corpus = Repository.corpus
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        let reader = PolicyReader()
        return names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path) else { return nil }
            return try? reader.read([UInt8](data), name: String(name.dropLast(4))).get().document
        }
    }()

    static let strategies: [(String, MergeStrategy)] = [
        ("strictest", .strictest), ("majority", .majority), ("prefer-milverton", .prefer("milverton")),
    ]

    static func merge(_ strategy: MergeStrategy) -> MergeResult {
        let settings = MergeSettings(title: "Social Media Policy", trust: "Learn to Live Federation", lead: "Policy Author", version: "1.0", date: "2025-09")
        return PolicyMerger(strategy: strategy, settings: settings).merge(documents)
    }

    @Test func readsTheFiveSchools() {
        #expect(Self.documents.count == 5)
    }

    @Test(arguments: strategies)
    func matchesTheGoldenFiles(name: String, strategy: MergeStrategy) {
        let result = Self.merge(strategy)
        GoldenFile.merge.check(PolicyPrinter().print(result.document, comments: result.comments), against: "corpus-\(name).policy")
        var report = ""
        MergeReportWriter.write(result, to: &report)
        GoldenFile.merge.check(report, against: "corpus-\(name).md")
    }

    @Test(arguments: strategies)
    func checksCleanAndParsesBack(name: String, strategy: MergeStrategy) {
        let result = Self.merge(strategy)
        let text = PolicyPrinter().print(result.document, comments: result.comments)
        let file = PolicyParser().parse(text, name: "merged")
        #expect(!file.hasErrors)
        #expect(file.document == result.document)
        #expect(PolicyPrinter().print(file.document, comments: file.comments) == text, "fmt leaves a merged file as it is")
        let diagnostics = PolicyLinter().lint(file.document, sourceMap: file.sourceMap)
        #expect(diagnostics.filter { $0.id == "policy.rule-disagrees" }.isEmpty, "\(diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test(arguments: strategies)
    func keepsEveryTopicAndRecordsProvenance(name: String, strategy: MergeStrategy) {
        let result = Self.merge(strategy)
        let matrix = ComparisonMatrix(comparing: Self.documents)
        #expect(result.choices.map(\.row.key) == matrix.rows.map(\.key))
        for row in matrix.rows { #expect(result.clause(for: row.key) != nil, "\(row.key.id)") }
        for merged in result.clauses {
            #expect(!merged.clause.provenance.isEmpty)
            #expect(!merged.clause.text.contains("Kingsthorpe"))
            #expect(!merged.clause.text.contains("Milverton"))
        }
    }

    @Test(arguments: strategies)
    func rendersWithNoPlaceholderLeft(name: String, strategy: MergeStrategy) {
        let document = Self.merge(strategy).document
        let filler = PlaceholderFiller(values: PlaceholderFiller.values(for: document, given: ["school": "Oak Primary School"]))
        let (filled, missing) = filler.fill(document)
        #expect(missing.isEmpty)
        for format in RenderFormat.allCases {
            let out = PolicyRenderer(format: format).render(filled)
            #expect(!out.contains("{{"), "\(format)")
            #expect(out.contains("Oak Primary School"))
        }
    }
}

extension CorpusMergeTests {
    /// Compared with its sources, the merged policy holds the chosen
    /// position on every topic. A clause that names no audience for an
    /// action that needs one is placed by its words (`AmbiguousAudience`),
    /// so topics without an audience are not held to this, and a cell may
    /// hold such a clause beside the merged one.
    @Test(arguments: strategies)
    func comparesAsTheChosenPositions(name: String, strategy: MergeStrategy) {
        let result = Self.merge(strategy)
        let matrix = ComparisonMatrix(comparing: [result.document] + Self.documents)
        var mismatches: [String] = []
        for choice in result.choices where !AmbiguousAudience.isOpen(choice.row.key) {
            guard let row = matrix.rows.first(where: { $0.key == choice.row.key }), let cell = row.cells[0] else {
                mismatches.append("\(choice.row.key.id): missing")
                continue
            }
            // A clause of an open topic may be placed here by its words, so
            // the merged clause for this topic need not be the cell's strongest.
            let positions = cell.clauses.map { Position($0.rule, on: choice.row.key) }
            if !positions.contains(where: { $0.agrees(with: choice.chosen.position) }) {
                mismatches.append("\(choice.row.key.id): \(CellNotation.words(cell.position)) for \(CellNotation.words(choice.chosen.position))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
