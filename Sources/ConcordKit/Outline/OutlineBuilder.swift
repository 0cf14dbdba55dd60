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
        state.finish()
        var outline = Outline(name: source.name, history: state.history, blocks: state.blocks,
                              diagnostics: layout.diagnostics + state.diagnostics)
        RepeatedBlocks.drop(&outline)
        PageHeaderJoiner.rejoin(&outline)
        WebDebris.mark(&outline.blocks)
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
        var pending: OutlineBlock?
        var pendingBytes = 0
        var afterBlank = true
        /// The width of the last line read into the pending block.
        var previousWidth = 0
        var versionTable: VersionTableReader?
        var hyphens: HyphenJoiner

        init(source: SourceText, layout: LineLayout) {
            self.source = source
            self.layout = layout
            self.hyphens = HyphenJoiner(lines: source.lines)
        }

        mutating func consume(_ raw: String, number: Int) {
            let line = trimmedRight(raw)
            // What the tests below ask of the bytes: blank means spaces, tabs
            // and no-break spaces (C2 A0) only; tabs and colons are searched
            // for eight bytes at a time.
            var bytes = line
            let (blank, hasTab, hasColon) = bytes.withUTF8 { bytes in
                let blank = bytes.allSatisfy { $0 == 32 || $0 == 9 || $0 == 0xC2 || $0 == 0xA0 }
                let hasTab = ByteSearch.next(in: bytes, from: 0, 9, 9, 9) < bytes.count
                let colon = UInt8(ascii: ":")
                let hasColon = ByteSearch.next(in: bytes, from: 0, colon, colon, colon) < bytes.count
                return (blank, hasTab, hasColon)
            }
            if blank {
                flush()
                afterBlank = true
                return
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
            if source.isMarkdown, let heading = markdownHeading(line, number: number) {
                flush()
                blocks.append(heading)
                return
            }
            if source.isMarkdown, let row = markdownTableRow(line) {
                flush()
                if !row.isEmpty {
                    blocks.append(OutlineBlock(kind: .tableRow(cells: row), text: row.joined(separator: " "), line: number))
                }
                return
            }
            if let marker = ListMarker.parse(line) {
                flush()
                var copy = line
                let text = copy.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[marker.contentOffset...]), as: UTF8.self) }
                pending = OutlineBlock(kind: .listItem(depth: marker.depth), text: text, marker: marker.text, number: marker.number, line: number)
                return
            }
            if hasTab, case let cells = tableCells(line), cells.count >= 2 {
                flush()
                blocks.append(OutlineBlock(kind: .tableRow(cells: cells), text: cells.joined(separator: " "), line: number))
                return
            }
            if isContinuation(line, number: number) {
                append(line, number: number)
                return
            }
            let kind = recoveredItemKind(line) ?? .paragraph
            flush()
            pending = OutlineBlock(kind: kind, text: trimmedLeft(line), line: number)
        }

        mutating func flush() {
            // Moved out, not copied and then released.
            if var block = pending.take() {
                block.text = trimmedRight(block.text)
                if !block.text.isEmpty { blocks.append(block) }
            }
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
    mutating func finish() {
        flush()
        if let table = versionTable { finishTable(table) }
    }
}

/// The text without trailing blanks (spaces, tabs, vertical tabs, form
/// feeds, no-break spaces); the same string when it has none.
func trimmedRight(_ text: String) -> String {
    var copy = text
    let trimmed: String? = copy.withUTF8 { bytes in
        var end = bytes.count
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 32 || byte == 9 || byte == 11 || byte == 12 { end -= 1; continue }
            if byte == 0xA0, end >= 2, bytes[end - 2] == 0xC2 { end -= 2; continue }
            break
        }
        return end == bytes.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
    return trimmed ?? text
}

/// The text without leading spaces, tabs and no-break spaces; the same
/// string when it has none.
func trimmedLeft(_ text: String) -> String {
    var copy = text
    let trimmed: String? = copy.withUTF8 { bytes in
        var start = 0
        while start < bytes.count {
            let byte = bytes[start]
            if byte == 32 || byte == 9 { start += 1; continue }
            if byte == 0xC2, start + 1 < bytes.count, bytes[start + 1] == 0xA0 { start += 2; continue }
            break
        }
        return start == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }
    return trimmed ?? text
}

/// The non-empty cells of a tab-separated line; one cell when it has no tab.
func tableCells(_ line: String) -> [String] {
    var copy = line
    return copy.withUTF8 { bytes in
        guard bytes.contains(9) else { return [line] }
        var cells: [String] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 9 { end += 1 }
            // Trimmed of blanks and no-break spaces, as trimmedLeft and trimmedRight do.
            var first = start, last = end
            while first < last {
                if bytes[first] == 32 { first += 1; continue }
                if bytes[first] == 0xC2, first + 1 < last, bytes[first + 1] == 0xA0 { first += 2; continue }
                break
            }
            while last > first {
                let byte = bytes[last - 1]
                if byte == 32 || byte == 11 || byte == 12 { last -= 1; continue }
                if byte == 0xA0, last - 2 >= first, bytes[last - 2] == 0xC2 { last -= 2; continue }
                break
            }
            if last > first { cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)) }
            start = end + 1
        }
        return cells
    }
}
