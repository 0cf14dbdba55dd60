import Testing
@_spi(Benchmark) @testable import ConcordKit

/// The benchmark's tokenizing floor counts the tokens of every sentence of
/// every block, headings and list items too, each once.
@Suite struct LexiconBenchmarkTests {
    @Test func countsTheTokensOfEverySentenceOfEveryBlock() {
        let outline = Outline(name: "t", blocks: [
            OutlineBlock(kind: .heading, text: "Mobile phones", line: 1),
            OutlineBlock(kind: .paragraph, text: "Pupils must not use phones. Staff may.", line: 2),
            OutlineBlock(kind: .listItem(depth: 1), text: "Don't post photos", line: 3),
        ])
        // 2 + (6 + 3) + 3: "don't" is one word.
        #expect(Lexicon.standard.tokenCount(of: outline) == 14)
        #expect(Lexicon.standard.tokenCount(of: Outline(name: "t", blocks: [])) == 0)
    }

    @Test func agreesWithTheTokenizerSentenceBySentence() {
        let text = "Staff must never add pupils as friends. Parents/carers should ask first! Photos: only with consent"
        let outline = Outline(name: "t", blocks: [OutlineBlock(kind: .paragraph, text: text, line: 1)])
        let expected = SentenceSplitter.split(text).reduce(0) { count, range in
            let sentence = String(decoding: Array(text.utf8)[range], as: UTF8.self)
            return count + Tokenizer.tokenize(sentence).count
        }
        #expect(expected > 0)
        #expect(Lexicon.standard.tokenCount(of: outline) == expected)
    }
}
