/// The WordprocessingML elements the body reader acts on, known from the
/// bytes of a tag's local name without making a string of it.
enum WordElement {
    case paragraph, paragraphProperties, paragraphStyle, listLevel, listID, outlineLevel, pageBreakBefore
    case text, tab, noBreakHyphen, lineBreak, lastRenderedPageBreak, fieldCharacter
    case inserted, table, row, cell
    /// Deleted or moved-away content: dropped, and a tracked change.
    case deleted
    /// Content that is never shown text: properties, drawings, field instructions, references.
    case hidden
    case other

    init(_ name: UnsafeBufferPointer<UInt8>) {
        guard name.count < Self.byLength.count else { self = .other; return }
        for (word, element) in Self.byLength[name.count] where name.elementsEqual(word) {
            self = element
            return
        }
        self = .other
    }

    /// The names, by length, so that a name is compared with a few at most.
    private static let byLength: [[([UInt8], WordElement)]] = {
        let names: [(String, WordElement)] = [
            ("p", .paragraph), ("pPr", .paragraphProperties), ("pStyle", .paragraphStyle), ("ilvl", .listLevel),
            ("numId", .listID), ("outlineLvl", .outlineLevel), ("pageBreakBefore", .pageBreakBefore),
            ("t", .text), ("tab", .tab), ("ptab", .tab), ("noBreakHyphen", .noBreakHyphen), ("br", .lineBreak), ("cr", .lineBreak),
            ("lastRenderedPageBreak", .lastRenderedPageBreak), ("fldChar", .fieldCharacter),
            ("ins", .inserted), ("moveTo", .inserted), ("tbl", .table), ("tr", .row), ("tc", .cell),
            ("del", .deleted), ("moveFrom", .deleted),
        ] + [
            "instrText", "delText", "drawing", "pict", "object", "AlternateContent", "rPr",
            "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "numberingChange",
            "sdtPr", "sdtEndPr", "footnoteReference", "endnoteReference", "commentReference", "tblPr", "tblGrid",
            "trPr", "tcPr", "sectPr", "fldData", "delInstrText", "bookmarkStart",
        ].map { ($0, WordElement.hidden) }
        var table = [[([UInt8], WordElement)]](repeating: [], count: 22)
        for (name, element) in names { table[name.utf8.count].append((Array(name.utf8), element)) }
        return table
    }()
}
