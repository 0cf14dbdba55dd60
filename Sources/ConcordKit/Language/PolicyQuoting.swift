/// How values are written in a `.policy` file: ids and versions bare where
/// they can be read back unchanged, text always as a quoted string with
/// `\"`, `\\`, `\n`, `\r`, `\t` and `\u{…}` escapes.
enum PolicyQuoting {
    /// A word the lexer reads back as itself: printable ASCII with no space,
    /// quote, comma or `#`, not opening with `@`, and not `-`.
    static func isBareWord(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "@"), text != "-" else { return false }
        return text.utf8.allSatisfy { $0 > 32 && $0 < 127 && !PolicyLexer.endsWord($0) }
    }

    /// A version opens a history row bare only when it starts with a digit.
    static func isBareVersion(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 48, first <= 57 else { return false }
        return isBareWord(text)
    }

    static func appendID(_ text: String, to out: inout String) {
        appendValue(text, bare: isBareWord(text), to: &out)
    }

    static func appendValue(_ text: String, bare: Bool, to out: inout String) {
        if bare { out += text } else { appendString(text, to: &out) }
    }

    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
