/// Builds the outline of a document from its lines.
///
/// ```
/// document   = { blank | table-row | metadata | block }
/// block      = (list-item | recovered-item | paragraph) { continuation }
/// list-item  = indent? marker (space | tab)+ text
/// continuation, recovered-item: see OutlineBuilder+Continuation.swift
/// ```
/// Short unpunctuated single-line paragraphs, and numbered or lettered lines
/// that read as titles outside a list, become headings. Page headers and
/// footers, and a line or block the export wrote twice, are dropped, and
/// the sentence around them rejoined. Tab-separated rows become table rows; a
/// table whose header names a version becomes the version history.
public struct OutlineBuilder {
    public init() {}

    public func build(_ source: SourceText) -> Outline {
        var source = source
        // Markdown saved as plain text is read as Markdown.
        if !source.isMarkdown, MarkdownSniffer.isMarkdown(source.lines) {
            source = SourceText(name: source.name, lines: source.lines.map(DebrisStripper.stripMarkdownEmphasis),
                                encoding: source.encoding, isMarkdown: true)
        }
        let layout = source.isMarkdown ? LineLayout(unread: source.lines.count) : LineLayout(lines: source.lines)
        var state = State(source: source, layout: layout)
        for (index, line) in source.lines.enumerated() where !layout.skipped[index] {
            state.consume(line, number: index + 1)
        }
        let holdsInlineBullet = state.holdsInlineBullet
        var outline = state.finish(diagnostics: layout.diagnostics)
        if holdsInlineBullet { InlineList.split(&outline.blocks) }
        RepeatedBlocks.drop(&outline)
        PageHeaderJoiner.rejoin(&outline)
        WebDebris.mark(&outline.blocks)
        if !source.isMarkdown { PlainTable.mark(&outline.blocks, lines: source.lines, mayHoldCells: layout.mayHoldCells) }
        var contents = ContentsList()
        contents.mark(&outline.blocks)
        HeadingClassifier.classify(&outline.blocks, markdown: source.isMarkdown)
        contents.promote(&outline.blocks)
        FrontMatter.mark(&outline.blocks)
        MetadataFinder.fill(&outline)
        return outline
    }
}

extension OutlineBuilder {
    struct State {
        let source: SourceText
        var blocks: [OutlineBlock] = []
        var history: [HistoryEntry] = []
        var diagnostics: [Diagnostic] = []
        let layout: LineLayout
        /// Whether the last of `blocks` is still open: the lines that
        /// continue it are joined to it where it stands, never copied.
        var isPending = false
        /// Where the text of the pending block's first line starts: its
        /// blanks, or its marker and the blanks around it.
        var pendingIndent = 0
        var afterBlank = true
        /// The width of the last line read into the pending block.
        var previousWidth = 0
        var versionTable: VersionTableReader?
        /// Whether a line holds a bullet after its text (" • "): a list
        /// written inline, for `InlineList`.
        var holdsInlineBullet = false
        var hyphens: HyphenJoiner

        init(source: SourceText, layout: LineLayout) {
            self.source = source
            self.layout = layout
            self.hyphens = HyphenJoiner(lines: source.lines)
        }

        /// Reads one line of the document. The line is read as bytes,
        /// trimmed on the right (`rightTrimmedEnd`); strings are made
        /// only of what a block keeps.
        mutating func consume(_ raw: String, number: Int) {
            var bytes = raw
            bytes.withUTF8 { bytes in
                consume(line: UnsafeBufferPointer(rebasing: bytes[..<rightTrimmedEnd(bytes)]), of: raw, number: number)
            }
        }

        /// Reads `line`, the bytes of `raw` up to its trailing blanks.
        private mutating func consume(line: UnsafeBufferPointer<UInt8>, of raw: String, number: Int) {
            // The line's text from `start`: `raw` itself, shared, when that is all of it.
            func text(from start: Int) -> String {
                start == 0 && line.count == raw.utf8.count ? raw : String(decoding: UnsafeBufferPointer(rebasing: line[start...]), as: UTF8.self)
            }
            // Blank means spaces, tabs and no-break spaces (C2 A0) only.
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 0xC2 || $0 == 0xA0 }) {
                flush()
                afterBlank = true
                return
            }
            // Tabs, colons and the last byte of "•" (A2) are searched for
            // eight bytes at a time, in one pass: an inline bullet is
            // noted for `InlineList`.
            let colon = UInt8(ascii: ":")
            var hasTab = false, hasColon = false
            var mark = ByteSearch.next(in: line, from: 0, 9, colon, 0xA2)
            while mark < line.count {
                switch line[mark] {
                case 9: hasTab = true
                case colon: hasColon = true
                default: if !holdsInlineBullet, LineEnding.isInlineBullet(line, at: mark) { holdsInlineBullet = true }
                }
                mark = ByteSearch.next(in: line, from: mark + 1, 9, colon, 0xA2)
            }
            defer {
                afterBlank = false
                previousWidth = layout.widths[number - 1]
            }
            if var table = versionTable {
                if table.read(line, number: number) {
                    versionTable = table
                    return
                }
                finishTable(table)
            }
            if hasTab, let header = VersionTableReader(header: line, number: number) {
                flush()
                versionTable = header
                return
            }
            if hasColon, let entry = VersionTableReader.metadataEntry(line, number: number) {
                flush()
                history.append(entry)
                return
            }
            if source.isMarkdown {
                let text = text(from: 0)
                if let heading = markdownHeading(text, number: number) {
                    flush()
                    blocks.append(heading)
                    return
                }
                if let row = markdownTableRow(text) {
                    flush()
                    if !row.isEmpty {
                        blocks.append(OutlineBlock(kind: .tableRow(cells: row), text: row.joined(separator: " "), line: number))
                    }
                    return
                }
            }
            if let marker = ListMarker.parse(line) {
                flush()
                let itemText = text(from: marker.contentOffset)
                open(OutlineBlock(kind: .listItem(depth: marker.depth), text: itemText, marker: marker.text, number: marker.number, line: number),
                     indent: marker.contentOffset)
                return
            }
            if hasTab, case let cells = tableCellRanges(line), cells.count >= 2 {
                flush()
                let cells = cells.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) }
                blocks.append(OutlineBlock(kind: .tableRow(cells: cells), text: cells.joined(separator: " "), line: number))
                return
            }
            if isContinuation(line, number: number) {
                append(text(from: leftTrimmedStart(line)), number: number)
                return
            }
            let kind = recoveredItemKind(line) ?? .paragraph
            flush()
            open(OutlineBlock(kind: kind, text: text(from: leftTrimmedStart(line)), line: number), indent: LineEnding.indentation(line))
        }

        /// Starts a block that the next lines may continue, the text of its
        /// first line indented by `indent` bytes (after its marker, if any).
        mutating func open(_ block: OutlineBlock, indent: Int = 0) {
            blocks.append(block)
            isPending = true
            pendingIndent = indent
        }

        /// Closes the pending block: trimmed, and dropped when empty.
        mutating func flush() {
            guard isPending else { return }
            isPending = false
            let last = blocks.count - 1
            blocks[last].text = trimmedRight(blocks[last].text)
            if blocks[last].text.isEmpty { blocks.removeLast() }
        }

        mutating func finishTable(_ table: VersionTableReader) {
            history += table.entries
            diagnostics += table.diagnostics
            versionTable = nil
        }

        /// The cells of a Markdown table row (`| a | b |`); empty for the
        /// `|---|---|` rule under the header; nil when the line is no row.
        func markdownTableRow(_ line: String) -> [String]? {
            let text = trimmedLeft(line)
            guard text.hasPrefix("|"), text.hasSuffix("|"), text.utf8.count > 1 else { return nil }
            let cells = text.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { trimmedLeft(trimmedRight(String($0))) }
            if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { return [] }
            return cells.filter { !$0.isEmpty }
        }

        func markdownHeading(_ line: String, number: Int) -> OutlineBlock? {
            let bytes = Array(line.utf8)
            var hashes = 0
            while hashes < bytes.count, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
            guard hashes > 0, hashes <= 6, hashes < bytes.count, bytes[hashes] == 32 else { return nil }
            var text = trimmedLeft(String(decoding: bytes[(hashes + 1)...], as: UTF8.self))
            while text.hasSuffix("#") { text.removeLast() }
            text = trimmedRight(text)
            var block = OutlineBlock(kind: .heading, text: text, marker: String(repeating: "#", count: hashes), line: number)
            if let marker = ListMarker.parse(text), marker.style != .bullet {
                block.number = marker.number
                block.text = String(decoding: Array(text.utf8)[marker.contentOffset...], as: UTF8.self)
            }
            return block
        }
    }
}

extension OutlineBuilder.State {
    /// The outline of the lines read, after `diagnostics` of their layout.
    /// Its blocks are moved out of the state, not shared with it, so that
    /// the passes after change them in place, with no copy of them all.
    mutating func finish(diagnostics layoutDiagnostics: [Diagnostic]) -> Outline {
        flush()
        if let table = versionTable { finishTable(table) }
        var moved: [OutlineBlock] = []
        swap(&moved, &blocks)
        return Outline(name: source.name, history: history, blocks: moved, diagnostics: layoutDiagnostics + diagnostics)
    }
}
