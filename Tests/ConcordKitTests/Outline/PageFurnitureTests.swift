import Testing
@testable import ConcordKit

/// Page numbers, running headers and footers go wherever they fall; lines
/// that only look like them stay.
@Suite struct PageFurnitureTests {
    @Test(arguments: [
        "Page 3 of 7", "   Page 12", "page 2 of 14", "3 of 7", "- 4 -",
        "Hill Top Academy | Behaviour Policy | Page 2 of 9",
        "Approved May 2024                                Page 1 of 3",
        "Hill Top Academy – Phones Policy – v2             Page 10 of 14",
        "                                                                  Page 2 of 3",
    ])
    func pageNumberLines(_ line: String) {
        #expect(PageFurniture.isPageNumberLine(line))
    }

    @Test(arguments: ["see page 4", "Staff must read page 4 of the handbook", "Chapter 3", "2024", "Version 4 of 7 drafts", "1.2 Phones"])
    func linesThatOnlyMentionPages(_ line: String) {
        #expect(!PageFurniture.isPageNumberLine(line))
    }

    func read(_ text: String) -> [String] {
        let lines = SourceText(name: "t", text: text).lines
        let layout = LineLayout(lines: lines)
        return lines.indices.filter { !layout.skipped[$0] && layout.widths[$0] > 0 }.map { lines[$0] }
    }

    @Test func aRunningHeaderAfterEachFooterGoesAndTheTitleStays() {
        let text = """
            Hill Top Academy          Mobile Phones

            Pupils hand their phones in at the

            Page 1 of 2

            Hill Top Academy          Mobile Phones

            office each morning.
            Page 2 of 2
            """
        #expect(read(text) == ["Hill Top Academy          Mobile Phones", "Pupils hand their phones in at the", "office each morning."])
    }

    @Test func aColumnHeaderRepeatedWithoutPageNumbersGoes() {
        let header = "RIVERSIDE SCHOOL         ONLINE SAFETY"
        let text = [header, "Rules for staff.", header, "More rules.", header, "Last rules."].joined(separator: "\n")
        #expect(read(text) == [header, "Rules for staff.", "More rules.", "Last rules."])
    }

    @Test func repeatedHeadingsWithoutColumnsStay() {
        let text = "Staff\nRules for staff.\nStaff\nMore rules.\nStaff\nLast rules."
        #expect(read(text).count == 6)
    }

    @Test func aLineRepeatedByTheExportIsReadOnce() {
        let text = "Staff must not share passwords.\nStaff must not share passwords.\nYes\nYes\n"
        #expect(read(text) == ["Staff must not share passwords.", "Yes", "Yes"])
    }

    @Test func theSentenceAroundAFooterIsRejoined() {
        let text = "Pupils must hand their phones in at the\n\nSchool name | Page 1 of 3\n\noffice each morning.\n"
        let outline = OutlineBuilder().build(SourceText(name: "t", text: text))
        #expect(outline.blocks.map(\.text) == ["Pupils must hand their phones in at the office each morning."])
        #expect(outline.diagnostics.contains { $0.id == "outline.page-furniture" })
    }
}
