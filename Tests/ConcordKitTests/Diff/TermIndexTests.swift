import Testing
@testable import ConcordKit

/// `TermIndex` keeps its postings end to end and adds up scores in a dense
/// array; it must rank exactly as adding up in a dictionary does.
@Suite struct TermIndexTests {
    /// A fingerprint of random terms out of `vocabulary`, with `weights`.
    static func print(_ generator: inout SeededGenerator, vocabulary: Int, weights: [Double]) -> ClauseFingerprint {
        var print = ClauseFingerprint(key: "")
        let ids = Set((0..<Int.random(in: 0...12, using: &generator)).map { _ in Int32.random(in: 0..<Int32(vocabulary), using: &generator) })
        print.termIDs = ids.sorted()
        print.termCounts = print.termIDs.map { _ in Int32.random(in: 1...3, using: &generator) }
        print.weights = weights
        return print
    }

    /// The ranking as a dictionary of scores gives it.
    static func reference(_ entries: [(index: Int, print: ClauseFingerprint)], _ query: ClauseFingerprint, commonLimit: Int, limit: Int) -> [Int] {
        var postings: [Int32: [Int]] = [:]
        for entry in entries { for id in entry.print.termIDs { postings[id, default: []].append(entry.index) } }
        var shared: [Int: Double] = [:]
        for (position, id) in query.termIDs.enumerated() {
            guard let list = postings[id], list.count <= commonLimit else { continue }
            for index in list { shared[index, default: 0] += query.weight(at: position) }
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(limit).map(\.key)
    }

    @Test func ranksAsADictionaryOfScores() {
        var generator = SeededGenerator(seed: 41)
        for round in 0..<40 {
            let vocabulary = Int.random(in: 1...60, using: &generator)
            // Few distinct weights, so that ties are common.
            let weights = (0..<vocabulary).map { _ in Double(Int.random(in: 1...4, using: &generator)) / 2 }
            // Indexed clauses need not be numbered 0, 1, 2, …
            var entries: [(index: Int, print: ClauseFingerprint)] = []
            var index = 0
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                index += Int.random(in: 1...3, using: &generator)
                entries.append((index, Self.print(&generator, vocabulary: vocabulary, weights: weights)))
            }
            let commonLimit = Int.random(in: 1...10, using: &generator), limit = Int.random(in: 1...8, using: &generator)
            var termIndex = TermIndex(entries, vocabulary: vocabulary, commonLimit: commonLimit)
            for _ in 0..<10 {
                let query = Self.print(&generator, vocabulary: vocabulary, weights: weights)
                let expected = Self.reference(entries, query, commonLimit: commonLimit, limit: limit)
                #expect(termIndex.candidates(for: query, limit: limit) == expected, "round \(round)")
                // The scratch is left clean: the same lookup again, the same answer.
                #expect(termIndex.candidates(for: query, limit: limit) == expected, "round \(round), again")
            }
        }
    }

    @Test func aTermOutsideTheVocabularyFindsNothing() {
        var entry = ClauseFingerprint(key: "")
        entry.termIDs = [0, 1]
        entry.termCounts = [1, 1]
        entry.weights = [1, 1, 1, 1]
        var index = TermIndex([(0, entry)], vocabulary: 2, commonLimit: 5)
        var query = entry
        query.termIDs = [3]
        query.termCounts = [1]
        #expect(index.candidates(for: query, limit: 8).isEmpty)
        #expect(index.candidates(for: entry, limit: 8) == [0])
    }
}

/// `ClauseFingerprint.make` keeps each clause's distinct terms with their
/// counts, one shared table of weights, and a mass that adds up every
/// occurrence's weight.
@Suite struct ClauseFingerprintTests {
    static func clause(_ text: String) -> Clause {
        Clause(id: "1", text: text, line: 1, section: nil, rule: Rule(subject: [], modality: .must, action: .other))
    }

    @Test func termsCountsWeightsAndMass() {
        var generator = SeededGenerator(seed: 8)
        let words = ["staff", "Pupils", "posting", "posts", "the", "café", "16", "must", "not", "(b)", "parents'", "tagging"]
        let texts = (0..<60).map { _ in
            (0..<Int.random(in: 0...14, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
        }
        let old = texts[..<25].map(Self.clause), new = texts[25...].map(Self.clause)
        let (oldPrints, newPrints, vocabulary) = ClauseFingerprint.make(old: Array(old), new: Array(new))
        let prints = oldPrints + newPrints
        #expect(prints.count == texts.count)
        // Every clause's terms, as the scanner gives them.
        let terms = texts.map { WordScanner.terms(WordScanner.key($0), stemmed: true) }
        #expect(vocabulary == Set(terms.joined()).count)
        var documentFrequency: [String: Int] = [:]
        for clauseTerms in terms { for term in Set(clauseTerms) { documentFrequency[term, default: 0] += 1 } }
        // Ids count up in order of first sight, over OLD then NEW.
        var termOf: [Int32: String] = [:]
        for term in terms.joined() where !termOf.values.contains(term) { termOf[Int32(termOf.count)] = term }
        for (print, clauseTerms) in zip(prints, terms) {
            var counts: [Int32: Int32] = [:]
            for term in clauseTerms { counts[termOf.first { $0.value == term }!.key, default: 0] += 1 }
            #expect(print.termIDs == counts.keys.sorted())
            #expect(print.termCounts == print.termIDs.map { counts[$0]! })
            var mass = 0.0
            for (position, count) in print.termCounts.enumerated() { for _ in 0..<count { mass += print.weight(at: position) } }
            #expect(print.mass == mass)
            #expect(print.weights.count == vocabulary)
        }
        // A rarer term weighs more.
        for (a, termA) in termOf { for (b, termB) in termOf where documentFrequency[termA]! < documentFrequency[termB]! {
            #expect(prints[0].weights[Int(a)] > prints[0].weights[Int(b)])
        } }
        // The same words, the same fingerprint: similarity 1.
        let twin = ClauseFingerprint.make(old: [Self.clause("Staff must not post")], new: [Self.clause("4.1 staff  must not posting")])
        #expect(twin.old[0].similarity(to: twin.new[0]) == 1)
    }
}
