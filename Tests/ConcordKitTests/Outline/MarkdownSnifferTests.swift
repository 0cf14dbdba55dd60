import Testing
@testable import ConcordKit

/// Markdown saved with a plain-text name is read as Markdown.
@Suite struct MarkdownSnifferTests {
    @Test func markdownSyntaxIsSniffed() {
        #expect(MarkdownSniffer.isMarkdown(["# Hill Top School", "", "## Phones", "Text"]))
        #expect(MarkdownSniffer.isMarkdown(["| Lead | Mr Brown |", "|---|:--:|"]))
        #expect(!MarkdownSniffer.isMarkdown(["# 1 Introduction", "Staff must be kind.", "| a | b |"]))
    }

    @Test func aPlainTextFileInMarkdownIsReadAsMarkdown() {
        let outline = OutlineBuilder().build(SourceText(name: "t", text: "# Hill Top School\n\n## Phones\n\nPupils must hand phones in.\n"))
        #expect(outline.blocks.map(\.kind) == [.heading, .heading, .paragraph])
    }
}
