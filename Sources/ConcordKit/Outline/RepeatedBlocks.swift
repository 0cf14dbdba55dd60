/// Drops a block that repeats, word for word, the block just before it (a
/// paragraph or heading an export wrote twice, a blank line between). The
/// first is kept; the repeat's lines stay in the source.
enum RepeatedBlocks {
    static func drop(_ outline: inout Outline) {
        // Most documents repeat nothing: they are read, not copied.
        guard outline.blocks.indices.dropFirst().contains(where: { isRepeat(outline.blocks[$0], of: outline.blocks[$0 - 1]) }) else { return }
        var kept: [OutlineBlock] = []
        kept.reserveCapacity(outline.blocks.count)
        for block in outline.blocks {
            if let last = kept.last, isRepeat(block, of: last) {
                outline.diagnostics.append(Diagnostic(
                    .note, "outline.repeated-block", "dropped a repeat of the block on line \(last.line)",
                    at: SourceLocation(line: block.line, column: 1)))
                continue
            }
            kept.append(block)
        }
        outline.blocks = kept
    }

    private static func isRepeat(_ block: OutlineBlock, of before: OutlineBlock) -> Bool {
        before.text.utf8.count == block.text.utf8.count && block.text.utf8.count >= 12 && before.kind == block.kind && before.text == block.text
    }
}
