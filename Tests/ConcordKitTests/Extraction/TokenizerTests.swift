import Testing
@testable import ConcordKit

@Suite struct TokenizerTests {
    @Test func wordsMarksPossessivesAndHyphens() {
        let text = "The school’s ex-pupils don't, e.g. Parents/Carers."
        let tokens = Tokenizer.tokenize(text)
        #expect(Tokenizer.texts(text) == ["the", "school", "'s", "ex", "pupils", "don't", ",", "e", ".", "g", ".", "parents", "/", "carers", "."])
        #expect(tokens.count == 15)
        #expect(tokens.map(\.isWord) == [true, true, false, true, true, true, false, true, false, true, false, true, false, true, false])
        #expect(tokens.indices.filter { tokens[$0].isCapitalized } == [0, 11, 13])
    }

    /// Runs of letters and digits in any case are one lowercased word; a
    /// word is capitalized by its first letter only.
    @Test func mixedCaseAndDigitRunsAreOneWord() {
        let text = "ABC123def 9Am x2-Y3 [Q]@`z{"
        #expect(Tokenizer.texts(text) == ["abc123def", "9am", "x2", "y3", "[", "q", "]", "@", "`", "z", "{"])
        #expect(Tokenizer.tokenize(text).map(\.isCapitalized) == [true, false, false, true, false, true, false, false, false, false, false])
        #expect(Tokenizer.tokenize("13th YEAR").map(\.number) == [-2, -1])
    }

    @Test func offsetsPointIntoTheText() {
        let text = "Staff must – never"
        let tokens = Tokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        #expect(tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["Staff", "must", "–", "never"])
    }

    @Test func phraseMatcherPrefersTheLongestPhrase() {
        var vocabulary = Vocabulary()
        let matcher = PhraseMatcher<String>([("staff", "short"), ("member* of staff", "member"), ("senior member of staff", "senior"),
                                             ("post* ... photo*", "gap"), ("Friends", "capital")], vocabulary: &vocabulary)
        let tokens = Tokenizer.tokenize("a senior member of staff posted two old photos; friends and Friends", vocabulary: vocabulary)
        #expect(matcher.scan(tokens).map(\.payload) == ["senior", "gap", "capital"])
    }

    /// A phrase's words are read as the tokenizer reads text: hyphens split,
    /// apostrophes kept, capitals marked on the first part only.
    @Test func phrasePiecesAreTheTokenizersWords() {
        var vocabulary = Vocabulary()
        let pieces = PhraseMatcher<Bool>.pieces(of: "  Ex-pupils  don't * ... 13 Café photo* ", vocabulary: &vocabulary)
        let id = { (word: String) in vocabulary.id(of: word) }
        #expect(pieces == [.word(id("ex"), capital: true), .word(id("pupils"), capital: false), .word(id("don't"), capital: false),
                           .any, .gap, .word(id("13"), capital: false), .word(id("caf"), capital: true), .word(id("é"), capital: false),
                           .prefix(vocabulary.prefixID("photo"))])
    }

    @Test func encodingWhileScanningEqualsEncodingAfter() {
        let lexicon = Lexicon.standard
        let text = "Staff’s ex-pupils MUST NOT post photographs of Pupils aged 13 or over – unless the Headteacher's consent is given, e.g. “on” café trips."
        let fused = Tokenizer.tokenize(text, vocabulary: lexicon.vocabulary)
        // Each token encoded afterwards from its own text.
        var after = Tokenizer.tokenize(text)
        let texts = Tokenizer.texts(text)
        #expect(texts.count == after.count)
        for index in after.indices {
            var text = texts[index]
            text.withUTF8 { lexicon.vocabulary.encode(&after[index], $0) }
        }
        #expect(fused == after)
        #expect(fused.contains { $0.prefix >= 0 })
        #expect(fused[0].word >= 0 && fused[0].is(lexicon.vocabulary.id(of: "staff")))
    }

    /// The same over generated texts: words that open as prefixes do and
    /// as none does, apostrophes and hyphens that join words or do not,
    /// curly quotes and dashes, accents, digits, and text that ends inside
    /// a word. With the standard lexicon, and with a vocabulary whose
    /// two-byte prefix turns the openings filter off.
    @Test func encodingWhileScanningEqualsEncodingAfterOnGeneratedTexts() {
        var small = Vocabulary()
        for word in ["staff", "photos", "13"] { _ = small.wordID(word) }
        for prefix in ["ph", "social"] { _ = small.prefixID(prefix) }
        let pieces = ["Staff", "photo", "graphs", "social", "MEDIA", "pupil", "s", "13", "2nd", "x", "café",
                      "'", "’", "‘", "-", "–", "—", " ", " ", " ", ",", ".", "\"", "“", "e", "don", "t", "É"]
        var generator = SeededGenerator(seed: 5)
        var compared = 0
        for vocabulary in [Lexicon.standard.vocabulary, small] {
            for _ in 0..<400 {
                let count = Int.random(in: 1...12, using: &generator)
                let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
                let fused = Tokenizer.tokenize(text, vocabulary: vocabulary)
                var after = Tokenizer.tokenize(text)
                let texts = Tokenizer.texts(text)
                guard texts.count == after.count else {
                    Issue.record("texts and tokens differ in number: \(text)")
                    continue
                }
                for index in after.indices {
                    var text = texts[index]
                    text.withUTF8 { vocabulary.encode(&after[index], $0) }
                }
                #expect(fused == after, "\(text)")
                compared += fused.count
            }
        }
        #expect(compared > 2_000)
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

    /// A single quote opens a quotation after a space or a bracket; inside
    /// a word it is an apostrophe.
    @Test func tellsAnOpeningSingleQuoteFromAnApostrophe() {
        #expect(DefinitionFinder.opensSingleQuote("referred to as 'staff'"))
        #expect(DefinitionFinder.opensSingleQuote("’staff’ means"))
        #expect(DefinitionFinder.opensSingleQuote("('you')"))
        #expect(!DefinitionFinder.opensSingleQuote("the school's page and don’t post"))
        #expect(!DefinitionFinder.opensSingleQuote("café's menu"))
        #expect(!DefinitionFinder.opensSingleQuote(""))
    }

    /// One pass tells which groups of needles a text holds.
    @Test func tellsTheGroupsFound() {
        let needles = DefinitionFinder.Needles([(["appl", "cover"], 1), (["\"", "“"], 2), (["Zz"], 4)])
        #expect(DefinitionFinder.groups(in: "It Covers \"staff\"", of: needles) == 3)
        #expect(DefinitionFinder.groups(in: "“Staff” means", of: needles) == 2)
        #expect(DefinitionFinder.groups(in: "APPLIES", of: needles) == 1)
        #expect(DefinitionFinder.groups(in: "coverage of appl zz", of: needles) == 1)
        #expect(DefinitionFinder.groups(in: "ap pl co ver", of: needles) == 0)
    }

    /// Over generated texts, the groups found are those of the needles the
    /// text, its ASCII letters lowered, holds: a pair of bytes opening a
    /// needle or only its first byte, a one-byte needle last, both cases.
    @Test func groupsAreThoseOfTheNeedlesTheTextHolds() {
        let groups: [(needles: [String], group: UInt8)] = [(["appl", "cover", "is for"], 1), (["\"", "“", "”"], 2)]
        let needles = DefinitionFinder.Needles(groups)
        let pieces = ["a", "ap", "pl", "APPL", "c", "Co", "ver", "i", "Is", "is f", "or", "\"", "“", "”", "’", "x", " "]
        var generator = SeededGenerator(seed: 3)
        var found = 0
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            let lowered = Array(String(text.map { $0.isASCII ? Character($0.lowercased()) : $0 }).utf8)
            let holds = { (needle: String) in lowered.indices.contains { lowered[$0...].starts(with: needle.utf8) } }
            var expected: UInt8 = 0
            for (list, group) in groups where list.contains(where: holds) {
                expected |= group
            }
            #expect(DefinitionFinder.groups(in: text, of: needles) == expected, "\(text)")
            found += expected == 0 ? 0 : 1
        }
        #expect(found > 100)
    }

    @Test func marksTheBlocksThatMayDefineOrStateScope() {
        let outline = OutlineBuilder().build(SourceText(name: "t", text: "# Scope\n\nThis policy applies to staff.\n\n\"Staff\" means everyone.\n\nNothing here.\n", isMarkdown: true))
        let cues = DefinitionFinder.cues(in: outline)
        let texts = outline.blocks.map(\.text)
        #expect(outline.blocks.indices.filter(cues.mayStateScope).map { texts[$0] } == ["This policy applies to staff."])
        #expect(outline.blocks.indices.filter(cues.mayDefine).map { texts[$0] } == ["\"Staff\" means everyone."])
    }
}
