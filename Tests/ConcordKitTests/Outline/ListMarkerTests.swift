import Testing
@testable import ConcordKit

@Suite struct ListMarkerTests {
    @Test(arguments: [
        ("- item", "-", 1), ("· item", "·", 1), ("• item", "•", 1), ("o item", "o", 1), ("– item", "–", 1),
        ("* item", "*", 1), ("1. item", "1.", 1), ("1) item", "1)", 1), ("4.6.1. item", "4.6.1.", 3),
        ("3.1 item", "3.1", 2), ("(a) item", "(a)", 1), ("A. item", "A.", 1), ("•\titem", "•", 1),
        ("\u{F0B7} item", "\u{F0B7}", 1), ("\u{F0A7}\titem", "\u{F0A7}", 1), ("§ item", "§", 1), ("(iv) item", "(iv)", 1),
        ("iv. item", "iv.", 1), ("(12) item", "(12)", 1),
    ])
    func markers(line: String, marker: String, depth: Int) {
        let parsed = ListMarker.parse(line)
        #expect(parsed?.text == marker)
        #expect(parsed?.depth == depth)
    }

    @Test(arguments: ["2018 was a good year", "e.g. Facebook", "I am here", "-no space", "Mr. Smith", "", "   ",
                       "£50 is the fine", "\u{A0}Indented by a no-break space", "ab. text", "(ab) text", "(x text"])
    func notMarkers(line: String) {
        #expect(ListMarker.parse(line) == nil)
    }

    /// Every bullet is written out: an empty one would match every line.
    @Test func everyBulletHasBytes() {
        #expect(ListMarker.bullets.allSatisfy { !$0.isEmpty })
    }

    /// A bullet is compared by its first three bytes at most.
    @Test func everyBulletIsAtMostThreeBytes() {
        #expect(ListMarker.bullets.allSatisfy { $0.count <= 3 })
    }
}
