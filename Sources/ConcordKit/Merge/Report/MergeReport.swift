/// The merge report as blocks of text, whatever the format: a heading,
/// a paragraph, a bullet list or a table, each made of spans that are
/// plain, code or strong. `MergeReportWriter` and `MergeReportHTMLWriter`
/// write it.
struct MergeReport {
    struct Span {
        enum Style { case plain, code, strong }
        var text: String
        var style: Style = .plain
    }

    enum Block {
        case heading(Int, [Span])
        case paragraph([Span])
        case list([[Span]])
        case table([String], [[String]])
    }

    var blocks: [Block] = []

    static func plain(_ text: String) -> Span { Span(text: text) }
    static func code(_ text: String) -> Span { Span(text: text, style: .code) }
    static func strong(_ text: String) -> Span { Span(text: text, style: .strong) }
}
