import Testing
@testable import ConcordKit

/// A block the export wrote twice, a blank line between, is read once.
@Suite struct RepeatedBlocksTests {
    @Test func aRepeatedParagraphIsReadOnce() {
        let text = "Keeping children safe is everyone's job.\n\nKeeping children safe is everyone's job.\n\nStaff must report concerns.\n"
        let outline = OutlineBuilder().build(SourceText(name: "t", text: text))
        #expect(outline.blocks.map(\.text) == ["Keeping children safe is everyone's job.", "Staff must report concerns."])
        #expect(outline.diagnostics.contains { $0.id == "outline.repeated-block" })
    }

    @Test func shortRepeatsStay() {
        let text = "Yes\n\nYes\n"
        #expect(OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.count == 2)
    }
}
