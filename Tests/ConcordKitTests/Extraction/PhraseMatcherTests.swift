import Testing
@testable import ConcordKit

/// Phrases that share a first word and differ after it: the matcher passes
/// over a candidate by its second word, and `longest` must give what
/// `matches` lists first.
@Suite struct PhraseMatcherTests {
    static let phrases = [
        ("is required to", "required"), ("is * to", "any"), ("is ... expected", "gap"), ("is not", "not"),
        ("Is it", "capital"), ("photo*", "photo"), ("photograph* of", "photograph of"), ("is", "bare"),
    ]

    func matcher() -> (PhraseMatcher<String>, Vocabulary) {
        var vocabulary = Vocabulary()
        let matcher = PhraseMatcher<String>(Self.phrases, vocabulary: &vocabulary)
        return (matcher, vocabulary)
    }

    func payloads(_ text: String, at index: Int, limit: Int = .max) -> [String] {
        let (matcher, vocabulary) = matcher()
        return matcher.matches(in: Tokenizer.tokenize(text, vocabulary: vocabulary), at: index, limit: limit).map(\.payload)
    }

    @Test func candidatesSharingAFirstWordAreToldApartAfterIt() {
        // Longest first; equal lengths in the order the phrases were given.
        #expect(payloads("It is required to act", at: 1) == ["required", "any", "bare"])
        #expect(payloads("It is not allowed", at: 1) == ["not", "bare"])
        #expect(payloads("This is strongly expected", at: 1) == ["gap", "bare"])
        #expect(payloads("Pupils is to", at: 1) == ["any", "bare"])
        #expect(payloads("Is it so", at: 0) == ["capital", "bare"])
        #expect(payloads("so is it", at: 1) == ["bare"])
        #expect(payloads("It is", at: 1) == ["bare"])
        #expect(payloads("It is required to act", at: 1, limit: 3) == ["bare"])
    }

    @Test func prefixesOpenPhrasesThroughTheirLinks() {
        #expect(payloads("photographs of pupils", at: 0) == ["photograph of", "photo"])
        #expect(payloads("photos of pupils", at: 0) == ["photo"])
        #expect(payloads("phone of pupils", at: 0) == [])
    }

    @Test func longestIsWhatMatchesListsFirst() {
        let (matcher, vocabulary) = matcher()
        for text in ["It is required to act", "This is strongly expected", "Is it so", "photographs of pupils",
                     "is is is not", "It is", "nothing here at all", "is required to is * to"] {
            let tokens = Tokenizer.tokenize(text, vocabulary: vocabulary)
            for index in tokens.indices {
                for limit in [index + 1, index + 2, Int.max] {
                    let first = matcher.matches(in: tokens, at: index, limit: limit).first
                    let longest = matcher.longest(in: tokens, at: index, limit: limit)
                    #expect(longest?.payload == first?.payload && longest?.end == first?.end, "\(text) at \(index), limit \(limit)")
                }
            }
        }
    }

    /// One array of every token's matches, appended in turn, holds what
    /// `matches` gives at each token, in the same order.
    @Test func appendedMatchesAreEachTokensMatches() {
        let (matcher, vocabulary) = matcher()
        for text in ["It is required to act", "photographs of photos is not", "Is it is * to", "nothing here"] {
            let tokens = Tokenizer.tokenize(text, vocabulary: vocabulary)
            var all: [PhraseMatcher<String>.Match] = []
            for index in tokens.indices {
                let start = all.count
                matcher.appendMatches(in: tokens, at: index, to: &all)
                let expected = matcher.matches(in: tokens, at: index)
                #expect(all[start...].map(\.payload) == expected.map(\.payload), "\(text) at \(index)")
                #expect(all[start...].map(\.end) == expected.map(\.end), "\(text) at \(index)")
            }
        }
    }

    /// A word that opens many phrases looks up those with a second word by
    /// the pair. With every word so indexed, with none, and at the
    /// threshold used, a matcher must find the same phrases: those of the
    /// standard lexicon's contexts, roles and actions ("school" opens 44
    /// contexts), in texts made of their words.
    @Test func pairsFindWhatTheFirstWordAloneFinds() {
        let data = Lexicon.standard.data
        var phrases: [(phrase: String, payload: String)] = []
        for groups in [data.contexts ?? [:], data.roles ?? [:]] {
            for (id, list) in groups.sorted(by: { $0.key < $1.key }) {
                for phrase in list { phrases.append((phrase, id)) }
            }
        }
        for entry in data.actions ?? [] {
            for phrase in entry.phrases { phrases.append((phrase, entry.action.rawValue)) }
        }
        var vocabulary = Vocabulary()
        let matchers = [Int.max, 1, 2, PhraseMatcher<String>.pairThreshold].map {
            PhraseMatcher(phrases, vocabulary: &vocabulary, pairThreshold: $0)
        }
        // Texts of whole phrases, their prefixes and wildcards written out,
        // run together with joins; a word cut off ("School") or a phrase
        // begun and not finished makes near misses.
        let renderings = phrases.map { phrase, _ in
            phrase.split(separator: " ").map { word in
                word == "*" ? "new" : word == "..." ? "the" : word.hasSuffix("*") ? word.dropLast() + "s" : String(word)
            }
        }
        let joins = ["", ",", "and", "the", "/", "'s", "School", "of"]
        var generator = SeededGenerator(seed: 11)
        var compared = 0
        for _ in 0..<300 {
            var words: [String] = []
            for _ in 0..<5 {
                let rendering = renderings[Int.random(in: 0..<renderings.count, using: &generator)]
                words += rendering.prefix(Int.random(in: 1...rendering.count + 1, using: &generator))
                words.append(joins[Int.random(in: 0..<joins.count, using: &generator)])
            }
            let text = words.joined(separator: " ")
            let tokens = Tokenizer.tokenize(text, vocabulary: vocabulary)
            let reference = matchers[0]
            for matcher in matchers.dropFirst() {
                #expect(matcher.scan(tokens).map { [$0.start, $0.end, $0.order] } == reference.scan(tokens).map { [$0.start, $0.end, $0.order] }, "\(text)")
                #expect(matcher.first(in: tokens, 2..<tokens.count)?.end == reference.first(in: tokens, 2..<tokens.count)?.end, "\(text)")
                for index in tokens.indices {
                    let expected = reference.matches(in: tokens, at: index)
                    #expect(matcher.matches(in: tokens, at: index).map(\.order) == expected.map(\.order), "\(text) at \(index)")
                    #expect(matcher.longest(in: tokens, at: index, limit: index + 2)?.order
                        == reference.longest(in: tokens, at: index, limit: index + 2)?.order, "\(text) at \(index)")
                    compared += expected.count
                }
            }
        }
        // The texts must hold phrases for the comparison to mean anything.
        #expect(compared > 3_000)
    }
}
