import Testing
@testable import ConcordKit

@Suite struct ListMarkerTests {
    @Test(arguments: [
        ("- item", "-", 1), ("· item", "·", 1), ("• item", "•", 1), ("o item", "o", 1), ("– item", "–", 1),
        ("* item", "*", 1), ("1. item", "1.", 1), ("1) item", "1)", 1), ("4.6.1. item", "4.6.1.", 3),
        ("3.1 item", "3.1", 2), ("(a) item", "(a)", 1), ("A. item", "A.", 1), ("•\titem", "•", 1),
    ])
    func markers(line: String, marker: String, depth: Int) {
        let parsed = ListMarker.parse(line)
        #expect(parsed?.text == marker)
        #expect(parsed?.depth == depth)
    }

    @Test(arguments: ["2018 was a good year", "e.g. Facebook", "I am here", "-no space", "Mr. Smith", "", "   "])
    func notMarkers(line: String) {
        #expect(ListMarker.parse(line) == nil)
    }
}
