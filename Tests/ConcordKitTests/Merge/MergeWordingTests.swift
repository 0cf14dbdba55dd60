import Foundation
import Testing
@testable import ConcordKit

/// A merge writes only sentences the schools wrote: the corpus and a trust
/// family of the development set (two academies that adapted one model),
/// merged with every strategy. Every clause's text (and the lead-in above
/// it), with the names a school's document states put back in place of the
/// placeholders, is in that school's document — compared without
/// whitespace, as the document may wrap it — or the clause is marked as
/// edited with the edit named. And the merged policy, rendered and read
/// again, states the modality and age the report says were chosen on every
/// topic whose clause is not marked for review as written (contexts are
/// left out: a source's heading, "Personal use", can give its clauses a
/// context their sentences do not state).
@Suite struct MergeWordingTests {
    struct Source {
        var document: PolicyDocument
        var text: String
    }

    static func read(_ folder: URL, _ names: [String]) -> [Source] {
        names.compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name + ".txt").path),
                let document = try? PolicyReader().read([UInt8](data), name: name).get().document
            else { return nil }
            return Source(document: document, text: String(decoding: data, as: UTF8.self))
        }
    }

    static let corpus = read(Repository.corpus, Repository.seedNames)
    static let family = read(
        Repository.fixtures.appendingPathComponent("devset"),
        ["wrenhollow-primary-academy-social-media", "gorsemere-primary-academy-social-media"])

    static let cases: [(String, MergeStrategy)] = [
        ("corpus", .strictest), ("corpus", .majority), ("corpus", .prefer("milverton")),
        ("family", .strictest), ("family", .majority), ("family", .prefer("gorsemere-primary-academy-social-media")),
    ]

    static func sources(_ set: String) -> [Source] { set == "corpus" ? corpus : family }

    static func merge(_ set: String, _ strategy: MergeStrategy) -> MergeResult {
        PolicyMerger(strategy: strategy, settings: MergeSettings(trust: "Wyvern Oak Learning Trust")).merge(sources(set).map(\.document))
    }

    /// Without spaces, tabs, line breaks or the asterisks of emphasis
    /// (which reading drops: "**must not**").
    static func squeezed(_ text: String) -> String {
        String(decoding: text.utf8.filter { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 42 }, as: UTF8.self)
    }

    @Test func readsTheSources() {
        #expect(Self.corpus.count == 5)
        #expect(Self.family.count == 2)
    }

    @Test(arguments: cases)
    func writesOnlyTheSchoolsSentencesOrMarksTheEdit(set: String, strategy: MergeStrategy) {
        let sources = Self.sources(set)
        let result = Self.merge(set, strategy)
        let schools = sources.map { $0.document.school ?? PolicyMerger.displayName($0.document.name) }
        // The source with its names made placeholders, as the merge makes
        // them: the same as the clause with the source's names put back.
        let placeholders = NamePlaceholders(
            schools: schools,
            trusts: ["Wyvern Oak Learning Trust"] + sources.compactMap(\.document.trust) + sources.flatMap { TrustName.find(in: $0.document) },
            headteachers: sources.flatMap { HeadteacherName.find(in: $0.document) })
        let texts = Dictionary(uniqueKeysWithValues: sources.map { ($0.document.name, Self.squeezed(placeholders.apply($0.text))) })
        #expect(!result.clauses.isEmpty)
        for merged in result.clauses {
            let source = texts[merged.source.document]!
            if let leadIn = merged.leadIn { #expect(source.contains(Self.squeezed(leadIn)), "lead-in '\(leadIn)'") }
            if source.contains(Self.squeezed(merged.clause.text)) { continue }
            #expect(merged.edit != nil, "clause \(merged.clause.id) '\(merged.clause.text)' is not in \(merged.source.document)")
            #expect(merged.review == merged.edit)
            #expect(merged.edit?.hasPrefix("edited: ") == true)
        }
    }

    /// Corpus topics whose sentence reads as its rule on its own but not
    /// where the merged policy puts it: a passive or a pronoun whose party
    /// the text around it sets ("they must delete it", "School policies
    /// will be followed").
    static let readInContext: Set<String> = ["staff/remove-content", "school/take-action/pupils", "school/take-action/staff", "school/comply"]

    @Test(arguments: cases)
    func rendersTextThatReadsBackAsTheChosenPositions(set: String, strategy: MergeStrategy) {
        let result = Self.merge(set, strategy)
        let filler = PlaceholderFiller(values: PlaceholderFiller.values(for: result.document, given: ["school": "Oak Primary School"]))
        let (filled, missing) = filler.fill(result.document)
        #expect(missing.isEmpty)
        let rendered = PolicyRenderer(format: .txt).render(filled)
        let reread = PolicyReader().read(SourceText(name: "rendered", text: rendered)).document
        let matrix = ComparisonMatrix(comparing: [reread])
        var mismatches: [String] = []
        for choice in result.choices where !AmbiguousAudience.isOpen(choice.row.key) && !Self.readInContext.contains(choice.row.key.id) {
            guard let merged = result.clause(for: choice.row.key), merged.review == nil || merged.edit != nil else { continue }
            let cell = matrix.rows.first { $0.key == choice.row.key }?.cells[0]
            let positions = cell?.clauses.map { Position($0.rule, on: choice.row.key) } ?? []
            let chosen = choice.chosen.position
            // Settings are left out: a clause placed under another heading than
            // its school's loses the setting that heading gave it.
            if !positions.contains(where: { $0.modality == chosen.modality && $0.age?.years == chosen.age?.years && $0.exceptions == chosen.exceptions }) {
                mismatches.append("\(choice.row.key.id): \(cell.map { CellNotation.words($0.position) } ?? "missing") for \(CellNotation.words(choice.chosen.position))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(result.choices.count):\n\(mismatches.joined(separator: "\n"))")
    }
}
