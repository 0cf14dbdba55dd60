/// Appends policy text to Markdown so that it renders as the same text:
/// every ASCII punctuation character that Markdown could read as inline
/// syntax, and `&` (which would start an entity such as `&copy;`), is
/// escaped by a backslash (CommonMark allows escaping any ASCII
/// punctuation); at the start of a line, after any spaces, so are the
/// block markers `-`, `+` and `=` (a rule, a list item, a heading
/// underline) and the `.` or `)` after digits that would make a numbered
/// item ("1. ", but not "1.0"). `atLineStart` is false for text that
/// goes on a line after other text.
func appendMarkdownEscaped(_ text: String, atLineStart: Bool = true, to out: inout String) {
    let startsLikeABlock = atLineStart && (text.utf8.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 } ?? false)
    guard startsLikeABlock || text.utf8.contains(where: { isMarkdownSyntax($0) || isBlockMarker($0) || $0 == 0x0A || $0 == 0x0D }) else {
        out.append(text)
        return
    }
    var atLineStart = atLineStart
    var inLeadingDigits = false
    /// The `.` or `)` after leading digits, held until the next character
    /// says whether it ends a list marker.
    var held: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        let byte = scalar.isASCII ? UInt8(scalar.value) : 0
        if let marker = held {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { out.append("\\") }
            out.unicodeScalars.append(marker)
            held = nil
        }
        if inLeadingDigits, byte == 0x2E || byte == 0x29 {
            held = scalar
            inLeadingDigits = false
            continue
        }
        if (atLineStart && isBlockMarker(byte)) || isMarkdownSyntax(byte) { out.append("\\") }
        out.unicodeScalars.append(scalar)
        if byte == 0x0A || byte == 0x0D {
            atLineStart = true
            inLeadingDigits = false
        } else if byte == 0x20 || byte == 0x09 {
            inLeadingDigits = false
        } else {
            inLeadingDigits = byte >= 0x30 && byte <= 0x39 && (atLineStart || inLeadingDigits)
            atLineStart = false
        }
    }
    if let marker = held {
        out.append("\\")
        out.unicodeScalars.append(marker)
    }
}

private func isMarkdownSyntax(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x5C, 0x60, 0x2A, 0x5F, 0x7E, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x26: return true  // \ ` * _ ~ [ ] < > | # &
    default: return false
    }
}

/// `-`, `+` and `=`: syntax only at the start of a line.
private func isBlockMarker(_ byte: UInt8) -> Bool {
    byte == 0x2D || byte == 0x2B || byte == 0x3D
}
