/// When a line goes on with the block before it, and when a line break is
/// a real break.
///
/// ```
/// continuation = indented line, unless it is a recovered item
///                  (no line laid out in columns, nor one after such a
///                  line, is a continuation; a rule, "------", neither
///                  goes on nor is gone on from)
///              | lower-case line after an open line that was wrapped
///              | line after an open line that ends mid-phrase
///              | upper-case line after an open line that was wrapped,
///                in a hard-wrapped document (or a name cut in two)
/// recovered-item = lower-case line that is no continuation, after a
///                  lead-in ending with ":" or after a list item
///                | line indented deeper than the text of a lead-in
///                  ending with ":" ("… by not:" / "    Accepting friend
///                  requests"), or beside such an item at its
///                  indentation and no continuation by the rules for
///                  unindented lines; a capitalised line less indented
///                  than such an item is none of it
/// ```
/// An open line has no closing punctuation. A line was wrapped when the
/// next line's first word would not have fitted on it (`LineLayout`); a
/// document whose paragraphs are one line each wraps nothing, so a short
/// lower-case line in it is an item whose bullet was lost ("Staff must
/// not:" / "give gifts to pupils" / "accept cash").
extension OutlineBuilder.State {
    func isContinuation(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Bool {
        guard isPending, !afterBlank else { return false }
        let pending = blocks.count - 1
        if case .tableRow = blocks[pending].kind { return false }
        if source.isMarkdown { return true }
        var next = line
        let indent = LineEnding.indentation(line)
        // A rule ("------") stands alone, and nothing goes on across it.
        if endsWithRuleByte(pending), isRule(pending) { return false }
        if let first = line.last, first == UInt8(ascii: "-") || first == UInt8(ascii: "=") || first == UInt8(ascii: "_") || first == 0x80,
           LineEnding.isRule(line) { return false }
        // Lines laid out in columns ("School      Policy v2", a table's
        // rows) are each their own, indented or not; an item's marker
        // and the gap after it ("1.1   In this Policy:") are no column,
        // and an indented line with no gap of its own goes on with the
        // cell above it ("Related:   Online Safety;" / "           Data
        // Protection").
        let inColumns = layout.columns[number - 1] || (blocks[pending].lineStarts.count == 1 && layout.columns[blocks[pending].line - 1])
        if indent > 0, layout.columns[number - 1], !blocks[pending].isListItem { return false }
        if isIndentedItem(pending) {
            // An item found by its indentation goes on deeper, and at
            // its indentation only as the rules below say (otherwise the
            // line is its sibling); a capital less indented starts the
            // text after it.
            if indent > pendingIndent { return true }
            if indent < pendingIndent, LineEnding.isUppercase(line[indent]) { return false }
            next = UnsafeBufferPointer(rebasing: line[indent...])
        } else if indent > 0 {
            // An indented line goes on with the block, except one indented
            // deeper than a lead-in's text, an item whose bullet was lost.
            return !(blocks[pending].text.utf8.last == UInt8(ascii: ":") && indent > pendingIndent)
        }
        var text = blocks[pending].text
        return text.withUTF8 { before in
            guard let first = next.first, let last = before.last else { return false }
            if LineEnding.isClosed(last) || inColumns { return false }
            let word = LineEnding.firstWordWidth(next)
            let wrapped = layout.reachesWrap(previousWidth, nextWord: word)
            if LineEnding.endsMidPhrase(before) { return true }
            if LineEnding.isLowercase(first) {
                return wrapped || LineEnding.opensWithConjunction(next)
            }
            guard layout.wrapWidth != nil, wrapped else { return false }
            if layout.isHardWrapped { return true }
            // A name cut by the wrap: "… the Designated" / "Safeguarding Lead".
            return (layout.wrapWidth ?? 0) <= 110 && LineEnding.endsWithCapitalisedWord(before) && LineEnding.isUppercase(first)
        }
    }

    /// The kind of a line that is no continuation and has no marker, when
    /// it is a list item whose bullet was lost: a lower-case line right
    /// after a lead-in ending with ":" (an item one level deeper) or right
    /// after a list item (a sibling). Nil for a paragraph.
    func recoveredItemKind(_ line: UnsafeBufferPointer<UInt8>) -> OutlineBlock.Kind? {
        guard !source.isMarkdown, !afterBlank, isPending, let first = line.first else { return nil }
        let indent = LineEnding.indentation(line)
        guard LineEnding.isLowercase(first) || indent > 0 else { return nil }
        let pending = blocks.count - 1
        let leadsIn = blocks[pending].text.utf8.last == UInt8(ascii: ":")
        switch blocks[pending].kind {
        case .listItem(let depth):
            if leadsIn, indent == 0 || indent > pendingIndent { return .listItem(depth: depth + 1) }
            return indent == 0 || (isIndentedItem(pending) && indent == pendingIndent) ? .listItem(depth: depth) : nil
        case .paragraph:
            return leadsIn ? .listItem(depth: 1) : nil
        default:
            return nil
        }
    }

    /// Whether the block's text may be a rule: it ends with "-", "=",
    /// "_" or the last byte of "─", which few texts do.
    private func endsWithRuleByte(_ index: Int) -> Bool {
        guard let last = blocks[index].text.utf8.last else { return false }
        return last == UInt8(ascii: "-") || last == UInt8(ascii: "=") || last == UInt8(ascii: "_") || last == 0x80
    }

    private func isRule(_ index: Int) -> Bool {
        var text = blocks[index].text
        return text.withUTF8 { LineEnding.isRule($0) }
    }

    /// Whether the block at `index` is an item whose bullet was lost,
    /// found by its indentation under a lead-in.
    private func isIndentedItem(_ index: Int) -> Bool {
        blocks[index].marker == nil && pendingIndent > 0 && blocks[index].isListItem
    }

    /// Joins a continuation to the pending block with one space; a word
    /// cut by a hyphen at the end of the line ("con-" / "nections") is
    /// joined whole, a hyphenated word ("e-" / "safety") keeps its hyphen.
    mutating func append(_ continuation: String, number: Int) {
        guard isPending, !continuation.isEmpty else { return }
        let pending = blocks.count - 1
        // In place: a copy of the block would share its text, and the
        // first append would copy the text too.
        switch hyphens.join(blocks[pending].text, continuation) {
        case .space:
            blocks[pending].text += " "
        case .hyphenKept:
            break
        case .hyphenDropped:
            blocks[pending].text.removeLast()
        }
        blocks[pending].lineStarts.append(.init(offset: blocks[pending].text.utf8.count, line: number))
        blocks[pending].text += continuation
    }
}
