import Testing
@testable import ConcordKit

@Suite struct TokenizerTests {
    @Test func wordsMarksPossessivesAndHyphens() {
        let tokens = Tokenizer.tokenize("The school’s ex-pupils don't, e.g. Parents/Carers.")
        #expect(tokens.map(\.text) == ["the", "school", "'s", "ex", "pupils", "don't", ",", "e", ".", "g", ".", "parents", "/", "carers", "."])
        #expect(tokens.first { $0.text == "parents" }?.isCapitalized == true)
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Staff must – never"
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        #expect(tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["Staff", "must", "–", "never"])
    }

    @Test func phraseMatcherPrefersTheLongestPhrase() {
        var matcher = PhraseMatcher<String>()
        var vocabulary = Vocabulary()
        matcher.add("staff", "short", vocabulary: &vocabulary)
        matcher.add("member* of staff", "member", vocabulary: &vocabulary)
        matcher.add("senior member of staff", "senior", vocabulary: &vocabulary)
        matcher.add("post* ... photo*", "gap", vocabulary: &vocabulary)
        matcher.add("Friends", "capital", vocabulary: &vocabulary)
        var tokens = Tokenizer.tokenize("a senior member of staff posted two old photos; friends and Friends")
        vocabulary.encode(&tokens)
        #expect(matcher.scan(tokens).map(\.payload) == ["senior", "gap", "capital"])
    }
}
