/// A decoded document split into lines, debris stripped, with the original
/// 1-based line numbers kept. What the outline is built from.
public struct SourceText: Sendable {
    /// The document's name (its file name without extension).
    public var name: String
    /// Lines without their terminators and without export debris.
    public var lines: [String]
    public var encoding: TextDecoder.Encoding
    /// Whether the source is Markdown (`.md`).
    public var isMarkdown: Bool

    public init(name: String, lines: [String], encoding: TextDecoder.Encoding = .utf8, isMarkdown: Bool = false) {
        self.name = name
        self.lines = lines
        self.encoding = encoding
        self.isMarkdown = isMarkdown
    }

    /// Reads a file's bytes: decodes them, splits lines on LF, CRLF or CR,
    /// repairs mojibake and strips debris. Fails only for bytes that are not text.
    public static func read(_ bytes: [UInt8], name: String, isMarkdown: Bool = false) -> Result<SourceText, TextDecoder.Failure> {
        // UTF-8, the usual case: the lines are cut from the bytes, each
        // checked once as it becomes a string, with no string of the whole
        // text made and checked first.
        if let lines = bytes.withUnsafeBufferPointer({ TextDecoder.utf8Body($0).map(splitLines) }) {
            return .success(SourceText(name: name, splitLines: lines, encoding: .utf8, isMarkdown: isMarkdown))
        }
        return TextDecoder.decode(bytes).map { decoded in
            SourceText(name: name, splitLines: splitLines(decoded.text), encoding: decoded.encoding, isMarkdown: isMarkdown)
        }
    }

    /// Builds source text from a string already in memory.
    public init(name: String, text: String, isMarkdown: Bool = false) {
        self.init(name: name, splitLines: SourceText.splitLines(text), encoding: .utf8, isMarkdown: isMarkdown)
    }

    /// Source text of lines as `splitLines` gives them, their debris
    /// stripped; Markdown's emphasis marks go here.
    private init(name: String, splitLines lines: [String], encoding: TextDecoder.Encoding, isMarkdown: Bool) {
        self.init(name: name, lines: isMarkdown ? lines.map(DebrisStripper.stripMarkdownEmphasis) : lines,
                  encoding: encoding, isMarkdown: isMarkdown)
    }

    static func splitLines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8(splitLines)
    }

    /// The lines of `bytes`, split on LF, CRLF or CR, each repaired of
    /// mojibake and no-break spaces and stripped of debris as it becomes a
    /// string: no string is made twice.
    static func splitLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines: [String] = []
        var start = 0
        var index = 0
        func addLine(_ end: Int) {
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // Most lines need neither, and one pass over them says so.
            if isPlain(line) {
                lines.append(String(decoding: line, as: UTF8.self))
            } else if let repaired = MojibakeRepair.repaired(line) {
                lines.append(repaired.withUnsafeBufferPointer { DebrisStripper.stripped($0) ?? String(decoding: $0, as: UTF8.self) })
            } else {
                lines.append(DebrisStripper.stripped(line) ?? String(decoding: line, as: UTF8.self))
            }
        }
        while true {
            index = ByteSearch.next(in: bytes, from: index, 10, 13)
            guard index < bytes.count else { break }
            addLine(index)
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
            index += 1
            start = index
        }
        if start < bytes.count { addLine(bytes.count) }
        return lines
    }

    /// Whether a line is ASCII (no mojibake to repair) and holds no byte
    /// that opens debris ("[", "<", "*"), eight bytes at a time.
    private static func isPlain(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = line.baseAddress {
            while index + 8 <= line.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 || ByteSearch.holds(word, UInt8(ascii: "["))
                    || ByteSearch.holds(word, UInt8(ascii: "<")) || ByteSearch.holds(word, UInt8(ascii: "*")) { return false }
                index += 8
            }
        }
        while index < line.count {
            let byte = line[index]
            if byte >= 0x80 || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "*") { return false }
            index += 1
        }
        return true
    }
}
