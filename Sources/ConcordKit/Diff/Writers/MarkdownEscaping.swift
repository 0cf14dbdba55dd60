/// Appends policy text to Markdown with every ASCII punctuation character
/// that Markdown could read as syntax escaped by a backslash (CommonMark
/// allows escaping any ASCII punctuation).
func appendMarkdownEscaped(_ text: String, to out: inout String) {
    guard text.utf8.contains(where: isMarkdownSyntax) else {
        out.append(text)
        return
    }
    for scalar in text.unicodeScalars {
        if scalar.isASCII, isMarkdownSyntax(UInt8(scalar.value)) { out.append("\\") }
        out.unicodeScalars.append(scalar)
    }
}

private func isMarkdownSyntax(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x5C, 0x60, 0x2A, 0x5F, 0x7E, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23: return true  // \ ` * _ ~ [ ] < > | #
    default: return false
    }
}
