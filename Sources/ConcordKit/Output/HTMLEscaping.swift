/// Appends text to HTML with `&`, `<`, `>`, `"` and `'` escaped, so that
/// policy text is never read as markup, in content or in attribute values.
func appendHTMLEscaped(_ text: String, to out: inout String) {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
        out.append(text)
        return
    }
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out.append("&amp;")
        case "<": out.append("&lt;")
        case ">": out.append("&gt;")
        case "\"": out.append("&quot;")
        case "'": out.append("&#39;")
        default: out.unicodeScalars.append(scalar)
        }
    }
}
