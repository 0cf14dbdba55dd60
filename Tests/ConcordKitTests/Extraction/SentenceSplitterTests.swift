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

    /// An abbreviation keeps a capital after it in the sentence, whatever
    /// its case; a longer word with the same ending, or one past eight
    /// letters, ends the sentence.
    @Test func abbreviationsAreMatchedAsWholeWordsInAnyCase() {
        for abbreviation in SentenceSplitter.abbreviations {
            for written in [abbreviation, abbreviation.uppercased()] {
                #expect(sentences("Write to \(written). Smith today.").count == 1, "\(written)")
            }
            let longer = "xy" + abbreviation
            if !SentenceSplitter.abbreviations.contains(longer) {
                #expect(sentences("Write to \(longer). Smith today.").count == 2, "\(longer)")
            }
        }
        #expect(sentences("It is approximately. Then stop.").count == 2)
        #expect(sentences("Ask MRS. Jones. Then stop.") == ["Ask MRS. Jones.", "Then stop."])
    }

    @Test func anInitialAfterATitleEndsNoSentence() {
        let text = "Concerns go to Mrs K. Balogun, our DSL. Staff must tell Mr T. J. Achebe at once. We are in Year 6 class B. Then it ends."
        #expect(SentenceSplitter.split(text).count == 4)
    }
}
