/// The WordprocessingML elements the body reader acts on, known from the
/// bytes of a tag's local name without making a string of it.
enum WordElement {
    case paragraph, paragraphProperties, paragraphStyle, listLevel, listID, outlineLevel, pageBreakBefore
    case text, tab, noBreakHyphen, lineBreak, lastRenderedPageBreak, fieldCharacter
    case inserted, table, row, cell
    /// A drawing (`w:drawing`, or VML's `w:pict`): passed over but for its text boxes.
    case drawing
    /// A text box's content (`w:txbxContent`): paragraphs of their own.
    case textBox
    /// Deleted or moved-away content: dropped, and a tracked change.
    case deleted
    /// Content that is never shown text: properties, field instructions,
    /// references, and a markup-compatibility fallback (`mc:Fallback`, the
    /// same content again for older readers).
    case hidden
    case other

    init(_ name: UnsafeBufferPointer<UInt8>) {
        // By length, then by bytes: a name is compared with a few at most.
        func equals(_ word: StaticString) -> Bool { name.isWord(word) }
        switch name.count {
        case 1: self = name[0] == UInt8(ascii: "p") ? .paragraph : name[0] == UInt8(ascii: "t") ? .text : .other
        case 2:
            self = equals("br") || equals("cr") ? .lineBreak : equals("tr") ? .row : equals("tc") ? .cell : .other
        case 3:
            self = equals("pPr") ? .paragraphProperties : equals("rPr") ? .hidden : equals("tab") ? .tab
                : equals("ins") ? .inserted : equals("del") ? .deleted : equals("tbl") ? .table : .other
        case 4: self = equals("ilvl") ? .listLevel : equals("ptab") ? .tab : equals("pict") ? .drawing : equals("tcPr") || equals("trPr") ? .hidden : .other
        case 5: self = equals("numId") ? .listID : equals("sdtPr") || equals("tblPr") ? .hidden : .other
        case 6: self = equals("pStyle") ? .paragraphStyle : equals("moveTo") ? .inserted : equals("object") || equals("sectPr") ? .hidden : .other
        case 7: self = equals("fldChar") ? .fieldCharacter : equals("drawing") ? .drawing : equals("delText") || equals("tblGrid") || equals("fldData") ? .hidden : .other
        case 8: self = equals("moveFrom") ? .deleted : equals("sdtEndPr") || equals("Fallback") ? .hidden : .other
        case 9: self = equals("instrText") || equals("pPrChange") || equals("rPrChange") ? .hidden : .other
        case 10: self = equals("outlineLvl") ? .outlineLevel : equals("trPrChange") || equals("tcPrChange") ? .hidden : .other
        default:
            if equals("pageBreakBefore") { self = .pageBreakBefore }
            else if equals("noBreakHyphen") { self = .noBreakHyphen }
            else if equals("lastRenderedPageBreak") { self = .lastRenderedPageBreak }
            else if equals("txbxContent") { self = .textBox }
            else if equals("sectPrChange") || equals("tblPrChange") || equals("numberingChange")
                || equals("footnoteReference") || equals("endnoteReference") || equals("commentReference")
                || equals("delInstrText") || equals("bookmarkStart") { self = .hidden }
            else { self = .other }
        }
    }
}
