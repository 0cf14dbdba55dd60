/// One paragraph of a Word document's body as its XML gives it, before it
/// becomes an outline block: its text, its style and list, and where a
/// person finds it.
struct WordParagraph {
    /// The text of its lines (a line break starts another), spaces
    /// collapsed, apart by one space: made once, when the paragraph ends.
    var text = ""
    /// Where each line starts in `text` (its UTF-8 offset, and the
    /// paragraph's number), as its outline block keeps them; none for a
    /// paragraph with no text.
    var lineStarts: [OutlineBlock.LineStart] = []
    var styleID: String?
    /// Set on the paragraph itself; else its style's.
    var numbering: WordNumbering.Reference?
    var outlineLevel: Int?
    /// 1-based, counting every paragraph of the body, in tables too.
    var number: Int
    /// The page Word recorded for the paragraph's start, from its page breaks.
    var page: Int
    /// Inside a table: the row's index in `WordBody.rows`, and the cell's in the row.
    var cell: (row: Int, column: Int)?
}
