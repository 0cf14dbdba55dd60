import Testing
@testable import ConcordKit

@Suite struct PolicyLexerTests {
    func lex(_ line: String) -> PolicyLexer.Line {
        PolicyLexer().lex(Array(line.utf8)[...])
    }

    @Test func splitsWordsStringsCommasAndLineMarkers() {
        let line = lex("  clause B.1 \"Staff, \\\"all\\\" of them\" @12 # a note")
        #expect(line.tokens.map(\.kind) == [.word, .word, .string, .lineMarker(12)])
        #expect(line.tokens.map(\.text) == ["clause", "B.1", "Staff, \"all\" of them", "@12"])
        #expect(line.tokens.map(\.start) == [2, 9, 13, 38])
        #expect(line.comment == " a note")
        #expect(line.indent == 2)
        #expect(line.problems == [])
        #expect(lex("rule staff,governors must").tokens.map(\.display) == ["rule", "staff", ",", "governors", "must"])
    }

    @Test(arguments: [
        (#""a\nb\tc\rd\\e\"f""#, "a\nb\tc\rd\\e\"f"),
        (#""\u{1F600} \u{E9}""#, "😀 é"),
        (#""日本語 {{school}}""#, "日本語 {{school}}"),
        (#""""#, ""),
    ])
    func resolvesEscapes(source: String, value: String) {
        let line = lex(source)
        #expect(line.tokens.map(\.text) == [value])
        #expect(line.problems == [])
    }

    @Test func reportsBadEscapesAndUnterminatedStrings() {
        #expect(lex(#""\q""#).problems.map(\.id) == ["policy.bad-escape"])
        #expect(lex(#""\u{110000}""#).problems.map(\.id) == ["policy.bad-escape"])
        let open = lex(#"text "runs on \"#)
        #expect(open.tokens.last?.text == "runs on \\")
        #expect(open.problems.map(\.id) == ["policy.unterminated-string"])
        #expect(open.problems.first?.offset == 5)
    }

    @Test func aHashInsideAStringIsText() {
        let line = lex(##"text "#1 rule" # comment"##)
        #expect(line.tokens.map(\.text) == ["text", "#1 rule"])
        #expect(line.comment == " comment")
    }

    @Test func aBadLineMarkerIsAWord() {
        let line = lex("text \"a\" @1x")
        #expect(line.tokens.last?.kind == .word)
        #expect(line.problems.map(\.id) == ["policy.bad-line-marker"])
    }

    @Test func suggestsByEditDistance() {
        #expect(Suggestion.closest(to: "befrend", among: Action.allCases.map(\.rawValue)) == "befriend")
        #expect(Suggestion.closest(to: "Section", among: PolicyKeyword.names) == "section")
        #expect(Suggestion.closest(to: "zzzzzz", among: PolicyKeyword.names) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }
}
