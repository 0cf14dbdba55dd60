import Testing
@testable import ConcordKit

@Suite struct WordScannerTests {
    @Test func wordsSplitAtWhiteSpaceAndNoBreakSpaces() {
        #expect(WordScanner.words("  Staff\tmust\u{00A0}not\n post. ") == ["Staff", "must", "not", "post."])
        #expect(WordScanner.words("") == [])
    }

    @Test func termsAreLowerCasedLettersAndDigits() {
        #expect(WordScanner.terms("Staff’s ‘friends’ (under 16), e-mail") == ["staff", "s", "friends", "under", "16", "e", "mail"])
        #expect(WordScanner.terms("café naïve") == ["café", "naïve"])
    }

    @Test(arguments: ["4.1.", "6.10.", "b)", "(iii)", "(a)", "·", "-", "12"])
    func listMarkersAreDropped(_ marker: String) {
        #expect(WordScanner.wordsWithoutMarker("\(marker) Staff must not") == ["Staff", "must", "not"])
    }

    @Test(arguments: ["", " ", "Staff", "  Staff  ", "4.1 Staff", "  4.1\tStaff must ", "·\u{00A0}Staff", "a\u{00A0}\u{00A0} b", "x\ny", "café\u{00A0}", "B. Use of"])
    func firstWordIsTheFirstOfTheWords(_ text: String) {
        let words = WordScanner.words(text)
        guard let (first, rest) = WordScanner.firstWord(of: text) else {
            #expect(words.count < 2)
            return
        }
        #expect(words.count >= 2)
        #expect(first == words.first)
        #expect(WordScanner.words(rest) == Array(words.dropFirst()))
        #expect(rest.utf8.first.map { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0xC2 } == true)
    }

    @Test(arguments: ["Staff", "I", "a", "(including", "16)."])
    func wordsAreNotMarkers(_ word: String) {
        #expect(!WordScanner.isMarker(word))
    }
}

@Suite struct StemTests {
    @Test(arguments: [
        ("tagging", "tag"), ("tag", "tag"), ("posts", "post"), ("posting", "post"), ("adding", "ad"), ("add", "ad"),
        ("class", "class"), ("comments", "comment"), ("reported", "report"), ("all", "all"), ("café", "café"), ("16", "16"),
    ])
    func stems(_ pair: (String, String)) {
        #expect(WordScanner.stem(pair.0) == pair.1)
    }
}
