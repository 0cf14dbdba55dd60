/// Escaping for HTML text and attribute values (see `appendHTMLEscaped`).
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        appendHTMLEscaped(text, to: &out)
        return out
    }
}
