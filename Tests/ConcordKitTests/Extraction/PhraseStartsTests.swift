import Testing
@testable import ConcordKit

/// A sentence's `PhraseStarts` bits let the rules skip a matcher that
/// cannot match in it: they must never skip one that can.
@Suite struct PhraseStartsTests {
    let lexicon = Lexicon.standard

    /// Each matcher of the standard lexicon, as whether it finds a phrase
    /// anywhere in the tokens and whether the bits let it look.
    var matchers: [(name: String, finds: ([Token]) -> Bool, mayMatch: (UInt64) -> Bool)] {
        func entry<Payload>(_ name: String, _ matcher: PhraseMatcher<Payload>) -> (name: String, finds: ([Token]) -> Bool, mayMatch: (UInt64) -> Bool) {
            (name, { tokens in tokens.indices.contains { !matcher.matches(in: tokens, at: $0).isEmpty } }, { matcher.mayMatch(startingWith: $0) })
        }
        let lexicon = self.lexicon
        return [
            entry("roles", lexicon.roles), entry("modals", lexicon.modals), entry("notModal", lexicon.notModal),
            entry("possibilityAfterMay", lexicon.possibilityAfterMay), entry("actions", lexicon.actions),
            entry("contexts", lexicon.contexts), entry("channels", lexicon.channels),
            entry("complaintChannels", lexicon.complaintChannels), entry("exceptionTriggers", lexicon.exceptionTriggers),
            entry("exceptions", lexicon.exceptions), entry("consequences", lexicon.consequences),
            entry("breachTerms", lexicon.breachTerms), entry("reminders", lexicon.reminders),
            entry("nonDeontic", lexicon.nonDeontic), entry("passiveReport", lexicon.passiveReport),
            entry("ageWords", lexicon.ageWords), entry("ageSuffixes", lexicon.ageSuffixes),
            entry("imageNouns", lexicon.imageNouns), entry("postingVerbs", lexicon.postingVerbs),
            entry("notRoles", lexicon.notRoles), entry("notContexts", lexicon.notContexts),
        ]
    }

    func bits(_ text: String) -> (tokens: [Token], bits: UInt64) {
        let tokens = lexicon.tokenize(text)
        return (tokens, lexicon.vocabulary.starts.bits(of: tokens, prefixes: lexicon.vocabulary.prefixes))
    }

    /// Texts made of the lexicon's own phrases, their prefixes written out
    /// and cut short at random, so that some phrases of most matchers are
    /// in them and many are only begun: whenever a matcher finds a phrase,
    /// the text's bits must let it look.
    @Test func aMatcherThatFindsAPhraseIsNeverSkipped() {
        let data = lexicon.data
        var phrases: [String] = []
        for groups in [data.roles, data.modals, data.contexts, data.exceptions, data.ageWords, data.ageSuffixes] {
            for (_, list) in (groups ?? [:]).sorted(by: { $0.key < $1.key }) { phrases += list }
        }
        for entry in data.actions ?? [] { phrases += entry.phrases + (entry.negated ?? []) }
        for list in [data.notModal, data.possibilityAfterMay, data.channels, data.complaintChannels, data.exceptionTriggers,
                     data.consequences, data.breachTerms, data.reminders, data.nonDeontic, data.passiveReport,
                     data.imageNouns, data.postingVerbs, data.notRoles, data.notContexts] {
            phrases += list ?? []
        }
        let renderings = phrases.map { phrase in
            phrase.split(separator: " ").map { word in
                word == "*" ? "new" : word == "..." ? "the" : word.hasSuffix("*") ? word.dropLast() + "s" : String(word)
            }
        }
        let matchers = self.matchers
        var generator = SeededGenerator(seed: 23)
        var found = Set<String>()
        for _ in 0..<2000 {
            var words: [String] = []
            for _ in 0..<3 {
                let rendering = renderings[Int.random(in: 0..<renderings.count, using: &generator)]
                words += rendering.prefix(Int.random(in: 1...rendering.count, using: &generator))
                words.append(["", ",", "and", "13", "/"][Int.random(in: 0..<5, using: &generator)])
            }
            let text = words.joined(separator: " ")
            let (tokens, bits) = bits(text)
            for matcher in matchers where matcher.finds(tokens) {
                found.insert(matcher.name)
                #expect(matcher.mayMatch(bits), "\(matcher.name) in \(text)")
            }
        }
        // Every matcher must have found something for the test to mean anything.
        #expect(found.count == matchers.count, "found: \(found.sorted())")
    }

    /// The bits do skip: words that open no phrase let no matcher look.
    @Test func wordsThatOpenNoPhraseLetNoMatcherLook() {
        let none = bits("zebra quartz xylophone, 42").bits
        #expect(none == 0)
        for matcher in matchers {
            #expect(!matcher.mayMatch(none), "\(matcher.name)")
        }
    }

    /// A matcher past the 64 bits has none, and may match anywhere.
    @Test func aMatcherWithoutABitMayMatchAnywhere() {
        var vocabulary = Vocabulary()
        let matchers = (0..<70).map { PhraseMatcher([("word\($0)", true)], vocabulary: &vocabulary) }
        #expect(matchers[63].mayMatch(startingWith: 1 << 63))
        #expect(!matchers[63].mayMatch(startingWith: 1))
        #expect(matchers[64].mayMatch(startingWith: 0))
        #expect(matchers[69].mayMatch(startingWith: 0))
    }

    /// A phrase whose second piece is a prefix ("school account*") is
    /// dropped on the token after its first word before it is matched.
    @Test func aSecondPrefixMustOpenTheNextToken() {
        var vocabulary = Vocabulary()
        let matcher = PhraseMatcher([("school account*", "account"), ("school acc", "short"), ("school", "school")], vocabulary: &vocabulary)
        func found(_ text: String) -> [String] {
            matcher.matches(in: Tokenizer.tokenize(text, vocabulary: vocabulary), at: 0).map(\.payload)
        }
        #expect(found("school accounts") == ["account", "school"])
        #expect(found("school account") == ["account", "school"])
        #expect(found("school acc") == ["short", "school"])
        #expect(found("school books") == ["school"])
        #expect(found("school") == ["school"])
    }
}
