/// Appends a JSON string literal, escaping as RFC 8259 requires: `\"`, `\\`,
/// `\n`, `\r`, `\t`, and `\u00XX` (lowercase hex) for the other controls below
/// 0x20; everything else, non-ASCII included, is copied as it is.
func appendJSONString(_ text: String, to out: inout String) {
    var text = text
    let needsEscape = text.withUTF8 { bytes in bytes.contains(where: isJSONEscaped) }
    guard needsEscape else {
        out.append("\"")
        out.append(text)
        out.append("\"")
        return
    }
    out.append(String(decoding: UTF8Cursor.jsonString(text), as: UTF8.self))
}

func appendJSONArray(_ items: [String], to out: inout String) {
    out.append("[")
    for (index, item) in items.enumerated() {
        if index > 0 { out.append(",") }
        appendJSONString(item, to: &out)
    }
    out.append("]")
}

extension UTF8Cursor {
    /// The most bytes `write(jsonString:)` can take for `text`: its quotes,
    /// and six bytes (`\u001f`) for each byte of it.
    static func maximumJSONSize(of text: String) -> Int {
        2 + 6 * text.utf8.count
    }

    /// `text` as an escaped JSON string literal, in UTF-8.
    static func jsonString(_ text: String) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: maximumJSONSize(of: text)) { buffer, count in
            var cursor = UTF8Cursor(buffer)
            cursor.write(jsonString: text)
            count = cursor.count
        }
    }

    /// A JSON string literal, escaped as `appendJSONString` does. The text's
    /// bytes are scanned eight at a time while none needs escaping, and the
    /// runs between escapes are copied whole, so text that needs no escaping
    /// is copied in one piece.
    mutating func write(jsonString text: String) {
        var text = text
        write(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            let words = UnsafeRawBufferPointer(bytes)
            var run = 0
            var index = 0
            while index < bytes.count {
                if bytes.count - index >= 8,
                   !containsJSONEscaped(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                if isJSONEscaped(bytes[index]) {
                    write(UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    writeEscape(for: bytes[index])
                    run = index + 1
                }
                index += 1
            }
            write(UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        write(UInt8(ascii: "\""))
    }

    /// The escape sequence for a byte `isJSONEscaped` accepts.
    private mutating func writeEscape(for byte: UInt8) {
        write(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): write(byte)
        case UInt8(ascii: "\n"): write(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): write(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): write(UInt8(ascii: "t"))
        default:
            // \u00XX; the high digit of a control is 0 or 1.
            write("u00")
            write(UInt8(ascii: "0") + byte >> 4)
            let low = byte & 0x0F
            write(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
        }
    }
}

/// Whether a UTF-8 byte must be escaped in a JSON string: a quote, a
/// backslash or a control below 0x20. The bytes of a multi-byte character are
/// all 0x80 or above, so they never are.
func isJSONEscaped(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
}

/// Whether any of the eight bytes of `word` is one `isJSONEscaped` accepts. The
/// bit tricks for "some byte is below n" and "some byte is zero" (applied to
/// the word with quotes and backslashes turned to zeros) can set flags wrongly
/// only above a byte that is flagged rightly, so the answer for the whole
/// word is exact.
func containsJSONEscaped(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
    let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
    let controls = (word &- ones &* 0x20) & ~word
    let zeroQuotes = (quotes &- ones) & ~quotes
    let zeroBackslashes = (backslashes &- ones) & ~backslashes
    return (controls | zeroQuotes | zeroBackslashes) & (ones &* 0x80) != 0
}
