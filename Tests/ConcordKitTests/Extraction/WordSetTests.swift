import Testing
@testable import ConcordKit

@Suite struct WordSetTests {
    @Test func containsTheTokensOfItsWordsOnly() {
        var vocabulary = Vocabulary()
        let set = WordSet(["and", "or", ",", "can't", "'s"], vocabulary: &vocabulary)
        let text = "Staff AND pupils, or the school's staff can’t; android"
        let tokens = Tokenizer.tokenize(text, vocabulary: vocabulary)
        let texts = Tokenizer.texts(text)
        #expect(tokens.indices.filter { set.contains(tokens[$0]) }.map { texts[$0] } == ["and", ",", "or", "'s", "can't"])
    }

    /// Ids belong to one vocabulary: a token not encoded with it, or a word
    /// it does not hold, is in no set.
    @Test func unencodedAndUnknownTokensAreNotContained() {
        var vocabulary = Vocabulary()
        let set = WordSet(["staff"], vocabulary: &vocabulary)
        #expect(!Tokenizer.tokenize("staff").contains(where: set.contains))
        let tokens = Tokenizer.tokenize("staff and pupils", vocabulary: vocabulary)
        #expect(tokens.map(\.word) == [0, -1, -1])
        #expect(tokens.map(set.contains) == [true, false, false])
    }

    @Test func theSetsOfOneVocabularyDoNotMix() {
        var vocabulary = Vocabulary()
        let first = WordSet(["who", "which"], vocabulary: &vocabulary)
        let second = WordSet(["which", "that"], vocabulary: &vocabulary)
        let tokens = Tokenizer.tokenize("who which that", vocabulary: vocabulary)
        #expect(tokens.map(first.contains) == [true, true, false])
        #expect(tokens.map(second.contains) == [false, true, true])
    }

    /// Every word of every rule list is found in text: a word the
    /// tokenizer would split ("and/or") could never match, and a list
    /// built after the lexicon seals its vocabulary would match nothing.
    @Test func everyRuleWordMatchesItsOwnToken() {
        let lexicon = Lexicon.standard
        let lists = Mirror(reflecting: lexicon.wordLists).children.compactMap { child in
            (child.value as? WordSet).map { (child.label ?? "?", $0) }
        }
        #expect(lists.count > 50)
        var misses: [String] = []
        for (name, set) in lists {
            #expect(!set.words.isEmpty, "\(name) is empty")
            for word in set.words {
                // A possessive is only a token after a word.
                let text = word.hasPrefix("'") ? "staff" + word : word
                let tokens = Array(lexicon.tokenize(text).dropFirst(word.hasPrefix("'") ? 1 : 0))
                let texts = Array(Tokenizer.texts(text).dropFirst(word.hasPrefix("'") ? 1 : 0))
                if tokens.count != 1 || texts != [word] || !set.contains(tokens[0]) { misses.append("\(name): \(word)") }
            }
        }
        #expect(misses.isEmpty)
    }

    @Test func tokenSuffixesCompareBytes() {
        let tokens = Tokenizer.tokenize("quickly ly y reported")
        #expect(tokens.map { $0.endsWith("ly") } == [true, true, false, false])
        #expect(tokens.map { $0.endsWith("ed") } == [false, false, false, true])
        #expect(tokens.map { $0.endsWith("") } == [true, true, true, true])
    }
}
