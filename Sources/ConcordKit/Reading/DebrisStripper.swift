/// Removes Word-export debris from a line of text: `[bookmark: …]` and
/// `[image: …]` markers, underline tags (`<u>…</u>`) and Markdown emphasis
/// markers (`**must not**` becomes "must not"). Works on UTF-8 bytes.
public enum DebrisStripper {
    private static let bracketMarkers: [[UInt8]] = ["[bookmark:", "[image:"].map { Array($0.utf8) }
    private static let tags: [[UInt8]] = ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"].map { Array($0.utf8) }

    /// The line without debris. Returns the same string when there is none.
    public static func strip(_ line: String) -> String {
        var line = line
        return line.withUTF8(stripped) ?? line
    }

    /// The line of `bytes` without debris, or nil when it holds none and
    /// is its own string as it is.
    static func stripped(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Most lines hold none of the three bytes debris opens with.
        guard ByteSearch.next(in: bytes, from: 0, UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "*")) < bytes.count else {
            return nil
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "[") {
                for marker in bracketMarkers where hasPrefix(bytes, marker, at: index) {
                    var end = index + marker.count
                    while end < bytes.count && bytes[end] != UInt8(ascii: "]") { end += 1 }
                    index = min(end + 1, bytes.count)
                    continue scan
                }
            } else if byte == UInt8(ascii: "<") {
                for tag in tags where hasPrefix(bytes, tag, at: index) {
                    index += tag.count
                    continue scan
                }
            } else if byte == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                index += 2
                continue scan
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Markdown's single-character emphasis (`_must_`, `*should*`): the
    /// marks at the edges of words go, the words stay. A mark inside a word
    /// (`snake_case`) or standing alone (a `* ` bullet) is kept.
    public static func stripMarkdownEmphasis(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "*") }) else { return line }
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        func isWordByte(_ index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return false }
            let byte = bytes[index]
            return byte >= 0x80 || (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*") {
                let before = isWordByte(index - 1), after = isWordByte(index + 1)
                // Opening (start of a word) or closing (end of one), not both.
                if before != after { continue }
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in 0..<prefix.count {
            var byte = bytes[index + offset]
            if byte >= 65 && byte <= 90 { byte += 32 }
            if byte != prefix[offset] { return false }
        }
        return true
    }
}
