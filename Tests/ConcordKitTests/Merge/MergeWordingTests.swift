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
/// again, states the whole position the report says was chosen (modality,
/// age, settings and exceptions) on every topic whose clause is not marked
/// for review as written: a setting or a party a school's heading or the
/// text around a sentence gave it is given by the merged policy's heading
/// too, or the clause says it is not.
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
            #expect(merged.edit.map { merged.review?.hasPrefix($0) == true } == true)
            #expect(merged.edit?.hasPrefix("edited: ") == true)
        }
    }

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
        for choice in result.choices where !AmbiguousAudience.isOpen(choice.row.key) {
            guard let merged = result.clause(for: choice.row.key), merged.review == merged.edit else { continue }
            let cell = matrix.rows.first { $0.key == choice.row.key }?.cells[0]
            let positions = cell?.clauses.map { Position($0.rule, on: choice.row.key) } ?? []
            let chosen = choice.chosen.position
            if !positions.contains(where: { $0.agrees(with: chosen) }) {
                mismatches.append("\(choice.row.key.id): \(cell.map { CellNotation.words($0.position) } ?? "missing") for \(CellNotation.words(choice.chosen.position))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(result.choices.count):\n\(mismatches.joined(separator: "\n"))")
    }

    /// A clause marked for review as reading otherwise where it is placed
    /// ("under 'Monitoring and review', the sentence reads as …, which its
    /// school's heading … gave it and no heading here does") reads so under
    /// every heading of the outline: the mark is no way round placing it.
    @Test(arguments: cases)
    func marksAPlacementOnlyWhereNoHeadingGivesThePosition(set: String, strategy: MergeStrategy) {
        let result = Self.merge(set, strategy)
        let check = ProseCheck(reader: PolicyReader())
        for merged in result.clauses where merged.review?.contains("under '") == true {
            for section in OutlineSection.allCases where section != .toPlace {
                let readings = check.readings(
                    of: merged.clause.rule, text: merged.clause.text,
                    at: ProseCheck.Placement(title: result.document.title, heading: section.heading, leadIn: merged.leadIn))
                #expect(
                    !ProseCheck.agree(readings, with: merged.clause.rule, on: merged.topics),
                    "clause \(merged.clause.id) is marked '\(merged.review!)', but reads as its rule under '\(section.heading)'")
            }
        }
    }
}
