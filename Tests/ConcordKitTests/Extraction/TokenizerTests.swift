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
        let tokens = Tokenizer.tokenize("a senior member of staff posted two old photos; friends and Friends", vocabulary: vocabulary)
        #expect(matcher.scan(tokens).map(\.payload) == ["senior", "gap", "capital"])
    }

    @Test func encodingWhileScanningEqualsEncodingAfter() {
        let lexicon = Lexicon.standard
        let text = "Staff’s ex-pupils MUST NOT post photographs of Pupils aged 13 or over – unless the Headteacher's consent is given, e.g. “on” café trips."
        let fused = Tokenizer.tokenize(text, vocabulary: lexicon.vocabulary)
        // Each token encoded afterwards from its own text.
        var after = Tokenizer.tokenize(text)
        for index in after.indices { lexicon.vocabulary.encode(&after[index], after[index].text.utf8) }
        #expect(fused == after)
        #expect(fused.contains { !$0.prefixes.isEmpty })
        #expect(fused.first { $0.text == "staff" }?.word ?? -1 >= 0)
    }
}

@Suite struct DefinitionNeedleTests {
    @Test func findsAnyNeedleFoldingCase() {
        let needles = DefinitionFinder.Needles(["appl", "is for", "“"])
        #expect(DefinitionFinder.contains("This policy APPLIES to staff", anyOf: needles))
        #expect(DefinitionFinder.contains("The code Is For everyone", anyOf: needles))
        #expect(DefinitionFinder.contains("a “term”", anyOf: needles))
        #expect(DefinitionFinder.contains("ends with appl", anyOf: needles))
        #expect(!DefinitionFinder.contains("ends with app", anyOf: needles))
        #expect(!DefinitionFinder.contains("is fo", anyOf: needles))
        #expect(!DefinitionFinder.contains("", anyOf: needles))
    }
}
