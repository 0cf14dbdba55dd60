/// Turns the paragraphs of a Word document's body into outline blocks,
/// then runs the passes of `OutlineBuilder` that read structure rather than
/// lines: the table of contents, headings the styles do not mark, the
/// front matter and the title and school.
struct DocxOutlineBuilder {
    var styles: WordStyles
    var numbering: WordNumbering
    /// Each style's outline level and numbering, followed along `basedOn`
    /// once per style rather than once per paragraph.
    private var resolvedStyles: [String: (outlineLevel: Int?, numbering: WordNumbering.Reference?)] = [:]
    /// The style looked up last: a run of paragraphs mostly shares one,
    /// and its ID is compared without hashing.
    private var lastResolved: (id: String, style: (outlineLevel: Int?, numbering: WordNumbering.Reference?))?

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    mutating func build(_ body: WordBody, name: String) -> Outline {
        var blocks: [OutlineBlock] = []
        var history: [HistoryEntry] = []
        var diagnostics: [Diagnostic] = []
        var versionTable: VersionTableReader?
        var styledHeadings = false
        var lastRow = -1
        for paragraph in body.paragraphs {
            if let (row, _) = paragraph.cell {
                guard row != lastRow else { continue }
                lastRow = row
                let cells = body.rows[row].map { numbers in
                    numbers.compactMap { number in body.paragraphs.indices.contains(number - 1) ? body.paragraphs[number - 1].text : nil }
                        .filter { !$0.isEmpty }.joined(separator: " ")
                }
                guard cells.contains(where: { !$0.isEmpty }) else { continue }
                var line = cells.joined(separator: "\t")
                let handled = line.withUTF8 { bytes -> Bool in
                    if var table = versionTable, table.read(bytes, number: paragraph.number) {
                        versionTable = table
                        return true
                    }
                    if let table = versionTable {
                        history += table.entries
                        diagnostics += table.diagnostics
                        versionTable = nil
                    }
                    if let header = VersionTableReader(header: bytes, number: paragraph.number) {
                        versionTable = header
                        return true
                    }
                    return false
                }
                if handled { continue }
                let kept = cells.filter { !$0.isEmpty }
                blocks.append(OutlineBlock(kind: kept.count >= 2 ? .tableRow(cells: kept) : .paragraph, text: kept.joined(separator: " "),
                                           line: paragraph.number, page: paragraph.page))
                continue
            }
            if let table = versionTable {
                history += table.entries
                diagnostics += table.diagnostics
                versionTable = nil
            }
            guard !paragraph.lineStarts.isEmpty else { continue }
            var block = self.block(paragraph)
            if case .heading = block.kind { styledHeadings = true }
            // A byte search: the generic `utf8.contains` cost a quarter of building the outline.
            if case .paragraph = block.kind, block.text.withUTF8({ ByteSearch.next(in: $0, from: 0, UInt8(ascii: ":")) < $0.count }) {
                if let entry = block.text.withUTF8({ VersionTableReader.metadataEntry($0, number: paragraph.number) }) {
                    history.append(entry)
                    continue
                }
            }
            if case .paragraph = block.kind, block.lineStarts.count == 1 { Self.readTypedMarker(&block) }
            blocks.append(consume block)
        }
        if let table = versionTable {
            history += table.entries
            diagnostics += table.diagnostics
        }
        var outline = Outline(name: name, history: consume history, blocks: consume blocks, diagnostics: consume diagnostics)
        var contents = ContentsList()
        contents.mark(&outline.blocks)
        // A document that marks its headings with styles has them all
        // there; one that does not has them in short lines, found as the
        // text reader finds them.
        HeadingClassifier.classify(&outline.blocks, markdown: styledHeadings)
        contents.promote(&outline.blocks)
        FrontMatter.mark(&outline.blocks)
        MetadataFinder.fill(&outline)
        return outline
    }

    /// The block of a paragraph outside a table: a heading by its outline
    /// level, a list item by its numbering, else a paragraph.
    ///
    /// The block is made once its kind and label are known, not changed
    /// after: made first and then changed, it was copied once more.
    private mutating func block(_ paragraph: WordParagraph) -> OutlineBlock {
        var style: (outlineLevel: Int?, numbering: WordNumbering.Reference?)?
        if let id = paragraph.styleID { style = resolved(id) }
        var reference = paragraph.numbering
        if let own = reference, own.id < 0 { reference = style?.numbering.map { .init(id: $0.id, level: own.level) } }
        if reference == nil { reference = style?.numbering }
        let label = reference.flatMap { numbering.label(for: $0) }
        let level = paragraph.outlineLevel.flatMap { $0 <= 8 ? $0 : nil } ?? style?.outlineLevel
        var kind = OutlineBlock.Kind.paragraph
        if level != nil {
            kind = .heading
        } else if label != nil, let reference {
            kind = .listItem(depth: reference.level + 1)
        }
        var block = OutlineBlock(kind: kind, text: paragraph.text, marker: label?.marker, number: label?.number,
                                 line: paragraph.number, lineStarts: paragraph.lineStarts, page: paragraph.page)
        if level != nil, label == nil { Self.readTypedMarker(&block, headingOnly: true) }
        return block
    }

    private mutating func resolved(_ id: String) -> (outlineLevel: Int?, numbering: WordNumbering.Reference?) {
        if let last = lastResolved, last.id == id { return last.style }
        let style: (outlineLevel: Int?, numbering: WordNumbering.Reference?)
        if let known = resolvedStyles[id] {
            style = known
        } else {
            style = (styles.outlineLevel(of: id), styles.numbering(of: id))
            resolvedStyles[id] = style
        }
        lastResolved = (id, style)
        return style
    }

    /// A number typed at the start of the text ("3.2 Staff …", "b) …"), as
    /// the text reader reads it: the block becomes a list item (a heading
    /// keeps its kind), the number its marker.
    private static func readTypedMarker(_ block: inout OutlineBlock, headingOnly: Bool = false) {
        var text = block.text
        guard let marker = text.withUTF8({ ListMarker.parse($0) }) else { return }
        if headingOnly, marker.style == .bullet { return }
        block.marker = marker.text
        block.number = marker.number
        block.text = String(decoding: Array(block.text.utf8)[marker.contentOffset...], as: UTF8.self)
        if !headingOnly { block.kind = .listItem(depth: marker.depth) }
    }
}
