/// Appends a JSON string literal, escaping as RFC 8259 requires.
func appendJSONString(_ text: String, to out: inout String) {
    out.append("\"")
    var text = text
    let needsEscape = text.withUTF8 { bytes in bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C } }
    guard needsEscape else {
        out.append(text)
        out.append("\"")
        return
    }
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out.append("\\\"")
        case "\\": out.append("\\\\")
        case "\n": out.append("\\n")
        case "\r": out.append("\\r")
        case "\t": out.append("\\t")
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    out.append("\"")
}

func appendJSONArray(_ items: [String], to out: inout String) {
    out.append("[")
    for (index, item) in items.enumerated() {
        if index > 0 { out.append(",") }
        appendJSONString(item, to: &out)
    }
    out.append("]")
}
