import Testing
@testable import ConcordKit

/// The facts a token keeps of its text instead of the text.
@Suite struct TokenFactsTests {
    @Test func lengthCountsCharactersOfTheLowercasedWord() {
        // An accented letter opens a word of its own; a possessive is a mark.
        let tokens = Tokenizer.tokenize("Sent café's x")
        #expect(Tokenizer.texts("Sent café's x") == ["sent", "caf", "é", "'s", "x"])
        #expect(tokens.map(\.length) == [4, 3, 1, 2, 1])
    }

    @Test func suffixesOfFourBytesOrFewer() {
        let tokens = Tokenizer.tokenize("Reported ED walking")
        #expect(tokens.map { $0.endsWith("ed") } == [true, true, false])
        #expect(tokens.map { $0.endsWith("rted") } == [true, false, false])
        #expect(tokens.map { $0.endsWith("king") } == [false, false, true])
        // Longer than the word, or than the four bytes kept.
        #expect(!tokens[1].endsWith("xed"))
        #expect(!tokens[2].endsWith("lking"))
    }

    @Test func numbersAreValuesOnlyWhenAllDigits() {
        let tokens = Tokenizer.tokenize("13 013 13th 123456 thirteen 7")
        #expect(tokens.map(\.number) == [13, 13, -2, Token.largeNumber, -1, 7])
    }

    @Test func marksHaveNoNumberAndAreNotWords() {
        let tokens = Tokenizer.tokenize("a, b – c")
        #expect(tokens.map(\.isWord) == [true, false, true, false, true])
        #expect(tokens.allSatisfy { $0.number == -1 })
        #expect(tokens[3].endsWith("-"))
    }
}

@Suite struct PrefixTableTests {
    /// A token keeps only its longest prefix; phrases of the shorter ones
    /// still match it, whichever prefix the vocabulary met first.
    @Test func shorterPrefixesMatchThroughTheLinks() {
        for order in [["photograph* taken", "photo* taken"], ["photo* taken", "photograph* taken"]] {
            var vocabulary = Vocabulary()
            let long = PhraseMatcher<String>([(order[0], "first")], vocabulary: &vocabulary)
            let short = PhraseMatcher<String>([(order[1], "second")], vocabulary: &vocabulary)
            let tokens = Tokenizer.tokenize("photographs taken, photos taken", vocabulary: vocabulary)
            let photograph = vocabulary.prefixID("photograph")
            #expect(tokens[0].prefix == photograph)
            #expect(long.scan(tokens).count + short.scan(tokens).count == 3)
        }
    }

    /// A word is looked up for prefixes only when its first three bytes open
    /// one; a prefix shorter than three bytes turns that filter off.
    @Test func prefixesAreFoundWhateverTheirLength() {
        for prefixes in [["photo", "social"], ["photo", "so"], ["ph", "social"]] {
            var vocabulary = Vocabulary()
            let ids = prefixes.map { vocabulary.prefixID($0) }
            let tokens = Tokenizer.tokenize("Photos SOCIALLY so ph phone pho sociable photo", vocabulary: vocabulary)
            let starts = { (id: Int32) in tokens.map { vocabulary.prefixes.token($0, startsWith: id) } }
            let expected = { (prefix: String) in
                ["photos", "socially", "so", "ph", "phone", "pho", "sociable", "photo"].map { $0.hasPrefix(prefix) }
            }
            for (prefix, id) in zip(prefixes, ids) {
                #expect(starts(id) == expected(prefix), "\(prefixes): \(prefix)")
            }
        }
    }

    /// Copies of a vocabulary share one prefix table, so ids never diverge.
    @Test func copiesOfAVocabularyShareTheirPrefixes() {
        var first = Vocabulary()
        var second = first
        #expect(first.prefixID("photo") == 0)
        #expect(second.prefixID("photograph") == 1)
        #expect(first.prefixID("photograph") == 1)
        let tokens = Tokenizer.tokenize("photographs", vocabulary: first)
        #expect(tokens[0].prefix == 1 && first.prefixes.token(tokens[0], startsWith: 0))
    }

    @Test func aPrefixLinksToTheLongestShorterOne() {
        let links = PrefixTable()
        #expect(["stud", "studentship", "s", "student", "stud"].map(links.id) == [0, 1, 2, 3, 0])
        #expect(links.shorter == [2, 3, -1, 0])
        #expect(links.lengths == [false, true, false, false, true, false, false, true, false, false, false, true])
        var token = Token(start: 0, end: 0, isWord: true)
        token.prefix = 1
        #expect([0, 1, 2, 3].map { links.token(token, startsWith: $0) } == [true, true, true, true])
        token.prefix = 0
        #expect([0, 1, 2, 3].map { links.token(token, startsWith: $0) } == [true, false, true, false])
        token.prefix = -1
        #expect(!links.token(token, startsWith: 2))
    }
}

@Suite struct RuleWordsTests {
    /// Every single word the rules name is the id of its own token, and no
    /// two share one.
    @Test func eachRuleWordIsItsOwnToken() {
        let lexicon = Lexicon.standard
        let words = lexicon.wordLists.words
        // The prefix ids are of another table; the word ids must all differ.
        let ids = Mirror(reflecting: words).children
            .filter { !($0.label ?? "").hasSuffix("Prefix") }
            .compactMap { $0.value as? Int32 }
        #expect(ids.count >= 38)
        #expect(ids.allSatisfy { $0 >= 0 })
        #expect(Set(ids).count == ids.count)
        let spelled: [(String, Int32)] = [(",", words.comma), (".", words.period), ("?", words.question), ("–", words.dash),
                                          ("(", words.openBracket), (")", words.closeBracket), ("of", words.of), ("in", words.in),
                                          ("Is", words.is), ("ESSENTIAL", words.essential)]
        for (text, id) in spelled {
            #expect(lexicon.tokenize(text).map(\.word) == [id], "\(text)")
        }
        #expect(lexicon.tokenize("the school's")[2].is(words.possessive))
    }
}
