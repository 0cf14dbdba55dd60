/// Drops a block that repeats, word for word, the block just before it (a
/// paragraph or heading an export wrote twice, a blank line between). The
/// first is kept; the repeat's lines stay in the source.
enum RepeatedBlocks {
    static func drop(_ outline: inout Outline) {
        guard outline.blocks.count > 1 else { return }
        var kept: [OutlineBlock] = []
        kept.reserveCapacity(outline.blocks.count)
        for block in outline.blocks {
            if let last = kept.last, last.kind == block.kind, last.text.utf8.count == block.text.utf8.count,
               last.text.utf8.count >= 12, last.text == block.text {
                outline.diagnostics.append(Diagnostic(
                    .note, "outline.repeated-block", "dropped a repeat of the block on line \(last.line)",
                    at: SourceLocation(line: block.line, column: 1)))
                continue
            }
            kept.append(block)
        }
        outline.blocks = kept
    }
}
