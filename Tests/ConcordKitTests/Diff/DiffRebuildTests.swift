import Foundation
import Testing
@testable import ConcordKit

/// A lossless diff: from `--format json` alone each version's words are
/// rebuilt, in order (title, school, trust, the version table's rows, then
/// every heading with its number, passage and clause with its list marker
/// at its place), and
/// equal the words of the document the diff was made from. Checked on the
/// revision pairs of the fixtures and the development set, every corpus
/// and development document against itself, and pairs made by random
/// edits (words inserted, deleted and replaced, paragraphs moved, lines
/// re-wrapped).
@Suite struct DiffRebuildTests {
    /// The words of a document in reading order, as the diff must keep them.
    static func words(of document: PolicyDocument) -> [String] {
        var words = metadataWords(title: document.title, school: document.school, trust: document.trust,
                                  history: document.history.map { [$0.version, $0.date, $0.purpose, $0.lead] })
        for section in document.sections {
            if let heading = section.heading {
                if let number = DocumentOrder.number(of: section.id) { words.append(number) }
                words += WordScanner.words(heading)
            }
            for item in section.items {
                switch item {
                case .clause(let clause): words += (clause.marker.map { [$0] } ?? []) + WordScanner.words(clause.text)
                case .passage(let passage): words += (passage.marker.map { [$0] } ?? []) + WordScanner.words(passage.text)
                }
            }
        }
        return words
    }

    static func metadataWords(title: String?, school: String?, trust: String?, history: [[String?]]) -> [String] {
        ([title, school, trust] + history.flatMap { $0 }).compactMap { $0 }.flatMap { WordScanner.words($0) }
    }

    /// The words of one side (`old` or `new`) rebuilt from the diff's JSON.
    static func rebuild(_ json: [String: Any], side: String) -> [String] {
        let document = json[side] as! [String: Any]
        func string(_ value: Any?) -> String? { value as? String }
        let history = (document["history"] as! [[String: Any]]).map { row in
            [string(row["version"]), string(row["date"]), string(row["purpose"]), string(row["lead"])]
        }
        let words = metadataWords(title: string(document["title"]), school: string(document["school"]),
                                  trust: string(document["trust"]), history: history)
        var placed: [(at: Int, words: [String])] = []
        for change in json["changes"] as! [[String: Any]] {
            let places = change["\(side)At"] as! [Int]
            let clauses = (change["\(side)Parts"] as? [[String: Any]]) ?? [change[side] as? [String: Any]].compactMap { $0 }
            let markers = (change["\(side)Markers"] as? [Any]) ?? places.map { _ in NSNull() }
            for (at, (clause, marker)) in zip(places, zip(clauses, markers)) {
                placed.append((at, [string(marker)].compactMap { $0 } + WordScanner.words(clause["text"] as! String)))
            }
        }
        for change in json["prose"] as! [[String: Any]] {
            let pieces = (change["\(side)Parts"] as? [[String: Any]]) ?? [change[side] as? [String: Any]].compactMap { $0 }
            for piece in pieces {
                let number = [string(piece["number"]), string(piece["marker"])].compactMap { $0 }
                placed.append((piece["at"] as! Int, number + WordScanner.words(piece["text"] as! String)))
            }
        }
        placed.sort { $0.at < $1.at }
        for index in placed.indices.dropFirst() { precondition(placed[index].at != placed[index - 1].at, "two pieces at one place") }
        return words + placed.flatMap(\.words)
    }

    /// Diffs the two documents, writes the JSON, rebuilds both sides.
    static func expectRebuilt(_ old: PolicyDocument, _ new: PolicyDocument, _ label: String,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var out = ""
        DiffJSONWriter().write(PolicyDiffer().diff(old, new), to: &out)
        let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        #expect(rebuild(json, side: "old") == words(of: old), "old words of \(label)", sourceLocation: sourceLocation)
        #expect(rebuild(json, side: "new") == words(of: new), "new words of \(label)", sourceLocation: sourceLocation)
    }

    static func read(_ url: URL) throws -> PolicyDocument {
        let bytes = [UInt8](try Data(contentsOf: url))
        return try read(bytes, name: url.deletingPathExtension().lastPathComponent, isMarkdown: url.pathExtension == "md")
    }

    static func read(_ bytes: [UInt8], name: String, isMarkdown: Bool) throws -> PolicyDocument {
        try PolicyReader().read(bytes, name: name, isMarkdown: isMarkdown).get().document
    }

    /// The development set's documents and the corpus's texts.
    static func sources() throws -> [URL] {
        let devset = Repository.fixtures.appendingPathComponent("devset")
        let names = try FileManager.default.contentsOfDirectory(atPath: devset.path).sorted()
        let devsetFiles = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { devset.appendingPathComponent($0) }
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Repository.corpus.path).sorted()
            .filter { $0.hasSuffix(".txt") }.map { Repository.corpus.appendingPathComponent($0) }
        return devsetFiles + corpus
    }

    @Test func revisionPairsRebuild() throws {
        var tried = 0
        for pair in DiffFixtures.pairs {
            let (old, new) = try DiffFixtures.documents(pair)
            try Self.expectRebuilt(old, new, pair)
            tried += 1
        }
        let devset = Repository.fixtures.appendingPathComponent("devset")
        for school in RevisionPairTests.schools {
            let old = try Self.read(devset.appendingPathComponent("\(school)-2024.txt"))
            let new = try Self.read(devset.appendingPathComponent("\(school)-2025.txt"))
            try Self.expectRebuilt(old, new, school)
            try Self.expectRebuilt(new, old, school + " reversed")
            tried += 2
        }
        print("diff rebuild: \(tried) revision pairs")
    }

    @Test func documentsAgainstThemselvesAndRandomEditsRebuild() throws {
        var generator = SeededGenerator(seed: 25)
        var tried = 0
        for url in try Self.sources() {
            let bytes = [UInt8](try Data(contentsOf: url))
            let name = url.deletingPathExtension().lastPathComponent
            let isMarkdown = url.pathExtension == "md"
            let document = try Self.read(bytes, name: name, isMarkdown: isMarkdown)
            try Self.expectRebuilt(document, document, name)
            tried += 1
            for round in 0..<2 {
                let edited = RandomEdits.apply(to: String(decoding: bytes, as: UTF8.self), using: &generator)
                let other = try Self.read(Array(edited.utf8), name: name + "-edited", isMarkdown: isMarkdown)
                try Self.expectRebuilt(document, other, "\(name) edit \(round)")
                tried += 1
            }
        }
        print("diff rebuild: \(tried) document pairs (each against itself and two random edits)")
        #expect(tried >= 150)
    }
}
