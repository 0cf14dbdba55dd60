import Testing
@testable import ConcordKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsAtClosingPunctuationBeforeACapital() {
        #expect(sentences("Staff must not. Pupils may! Why? Because.") == ["Staff must not.", "Pupils may!", "Why?", "Because."])
    }

    @Test func keepsAbbreviationsNumbersAndAddresses() {
        #expect(sentences("Use sites (e.g. Facebook) with care. See section 1.5 of www.example.org. Then stop.")
            == ["Use sites (e.g. Facebook) with care.", "See section 1.5 of www.example.org.", "Then stop."])
    }

    @Test func lowerCaseAfterAFullStopDoesNotSplit() {
        #expect(sentences("Write to Mr. smith today.").count == 1)
    }
}
