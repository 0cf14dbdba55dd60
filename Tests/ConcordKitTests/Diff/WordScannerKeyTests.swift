import Testing
@testable import ConcordKit

/// `WordScanner.key` scans bytes (with a fast path for text already spaced
/// by single spaces); it must give exactly the words without a marker,
/// joined by single spaces.
@Suite struct WordScannerKeyTests {
    @Test(arguments: [
        "Staff must not post.", "4.1. Staff must not post.", "  Staff\tmust\u{00A0}not\n post. ", "· Staff must", "b) Staff",
        "(iii) Staff  must", "4.1.", "Staff", "", " ", "- - Staff", "Staff's ‘friends’ (under 16)", "a b", "A) Staff", "12 pupils",
        "(including pupils) must", "café naïve ok", "Staff\u{00A0}must", "x\u{01}y z",
    ])
    func keyIsTheWordsWithoutMarkerJoined(_ text: String) {
        #expect(WordScanner.key(text) == WordScanner.wordsWithoutMarker(text).joined(separator: " "))
    }

    @Test func termsCanBeVisitedWithoutStrings() {
        var seen: [String] = []
        WordScanner.forEachTerm(in: "Tagging POSTS, adding café", stemmed: true, into: &seen) {
            $0.append(String(decoding: $1, as: UTF8.self))
        }
        #expect(seen == ["tag", "post", "ad", "café"])
        #expect(seen == WordScanner.terms("Tagging POSTS, adding café", stemmed: true))
    }
}

@Suite struct TermTableTests {
    @Test func sameBytesSameIDInOrderOfFirstSight() {
        var table = TermTable(capacity: 2)
        func id(_ term: String) -> Int {
            Array(term.utf8).withUnsafeBufferPointer { table.id(of: $0) }
        }
        let words = (0..<500).map { "term\($0)" }
        for (index, word) in words.enumerated() { #expect(id(word) == index) }
        for (index, word) in words.enumerated().reversed() { #expect(id(word) == index) }
        #expect(id("") == 500)
        #expect(id("") == 500)
        #expect(table.count == 501)
    }

    @Test func existingIDsAreFoundWithoutAddingOthers() {
        var table = TermTable(capacity: 2)
        for word in ["staff", "must", "not"] { _ = Array(word.utf8).withUnsafeBufferPointer { table.id(of: $0) } }
        func existing(_ term: String) -> Int? {
            Array(term.utf8).withUnsafeBufferPointer { table.existingID(of: $0) }
        }
        #expect(existing("must") == 1)
        #expect(existing("mus") == nil)
        #expect(existing("musts") == nil)
        #expect(table.count == 3)
    }
}
