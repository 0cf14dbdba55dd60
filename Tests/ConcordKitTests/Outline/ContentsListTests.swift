import Testing
@testable import ConcordKit

/// A table of contents is notes; its entries, met again below, are
/// headings.
@Suite struct ContentsListTests {
    func kinds(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.map { block in
            switch block.kind {
            case .heading: return "H:\(block.text)"
            case .note: return "N:\(block.text)"
            case .listItem: return "L:\(block.text)"
            default: return "P:\(block.text)"
            }
        }
    }

    @Test func entriesAreNotesAndTheirTitlesHeadings() {
        let text = """
            Contents
            1. Why we have this policy
            2. What the school will do\t3
            3. Pupils ........ 4

            1. Why we have this policy

            Phones are part of everyday life for our families.

            2. What the school will do

            The school will teach every class about online safety.

            3. Pupils

            · Pupils
            Pupils must hand phones in at the office.
            """
        #expect(kinds(text) == [
            "N:Contents", "N:Why we have this policy", "N:What the school will do\t3", "N:Pupils ........ 4",
            "H:Why we have this policy", "P:Phones are part of everyday life for our families.",
            "H:What the school will do", "P:The school will teach every class about online safety.",
            "H:Pupils", "L:Pupils", "P:Pupils must hand phones in at the office.",
        ])
    }

    @Test func entryTitlesLoseNumbersAndPages() {
        #expect(ContentsList.title("4.2 Staff accounts ..... 12") == "staff accounts")
        #expect(ContentsList.title("Introduction\t2") == "introduction")
    }
}
