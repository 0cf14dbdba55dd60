@testable import ConcordKit

/// The text a PDF shows, as far as a test needs it: enough of the format
/// that Chromium prints (Skia's PDF) to say which words are on paper.
///
/// Objects are found by `N 0 obj`; a stream is inflated, when its filter is
/// `FlateDecode`, by ConcordKit's own `Inflater` (a zlib stream is a
/// two-byte header, deflate, then a checksum). Fonts name glyphs, not
/// letters: each font's `ToUnicode` CMap (`bfchar` and `bfrange`) maps its
/// glyph codes back to text, and a content stream's hex strings are read
/// through the font its last `Tf` chose. Text is joined without the
/// spaces or line breaks of the layout; ligatures are spelt out.
struct PDFText {
    /// The text of every content stream, in the order of the file.
    private(set) var text = ""

    init(_ bytes: [UInt8]) {
        var streams: [Int: [UInt8]] = [:]
        var dictionaries: [Int: String] = [:]
        var index = 0
        while let marker = Self.find(Array(" 0 obj".utf8), in: bytes, from: index) {
            var start = marker
            while start > 0, bytes[start - 1] >= 48, bytes[start - 1] <= 57 { start -= 1 }
            let number = Int(String(decoding: bytes[start..<marker], as: UTF8.self)) ?? -1
            let body = marker + 6
            let end = Self.find(Array("endobj".utf8), in: bytes, from: body) ?? bytes.count
            guard let keyword = Self.find(Array("stream".utf8), in: bytes, from: body), keyword < end else {
                dictionaries[number] = String(decoding: bytes[body..<end], as: UTF8.self)
                index = end
                continue
            }
            let dictionary = String(decoding: bytes[body..<keyword], as: UTF8.self)
            dictionaries[number] = dictionary
            var dataStart = keyword + 6
            if dataStart < bytes.count, bytes[dataStart] == 13 { dataStart += 1 }
            if dataStart < bytes.count, bytes[dataStart] == 10 { dataStart += 1 }
            // The declared length, where it is a number; else up to "endstream".
            var dataEnd = Self.find(Array("endstream".utf8), in: bytes, from: dataStart) ?? bytes.count
            if let length = Self.integer(after: "/Length ", in: dictionary), !dictionary.contains("/Length \(length) 0 R"),
               dataStart + length <= bytes.count {
                dataEnd = dataStart + length
            }
            var data = Array(bytes[dataStart..<dataEnd])
            if dictionary.contains("/FlateDecode"), data.count > 2,
               case .success(let inflated) = Inflater.inflate(Array(data.dropFirst(2))) {
                data = inflated
            }
            streams[number] = data
            index = max(dataEnd, Self.find(Array("endobj".utf8), in: bytes, from: dataEnd) ?? bytes.count)
        }
        // Font resource names ("/F7 7 0 R" in a "/Font << … >>") to their fonts' glyph maps.
        var maps: [String: GlyphMap] = [:]
        for dictionary in dictionaries.values {
            var rest = Substring(dictionary)
            while let font = rest.range(of: "/Font <<") {
                let inside = rest[font.upperBound...].prefix { $0 != ">" }
                let words = inside.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" })
                for (offset, word) in words.enumerated() where word.hasPrefix("/") && offset + 1 < words.count {
                    guard let object = Int(words[offset + 1]), let toUnicode = Self.integer(after: "/ToUnicode ", in: dictionaries[object] ?? ""),
                          let cmap = streams[toUnicode] else { continue }
                    maps[String(word.dropFirst())] = GlyphMap(cmap)
                }
                rest = rest[font.upperBound...]
            }
        }
        // Content streams: not CMaps, fonts' own files or images.
        let notContent = ["begincmap", "/Length1", "/Subtype /Image", "/Subtype /CIDFontType0C", "/Subtype /Type1C", "/Subtype /OpenType"]
        for (number, data) in streams.sorted(by: { $0.key < $1.key }) {
            let dictionary = dictionaries[number] ?? ""
            guard !notContent.contains(where: dictionary.contains), !Self.holdsCMap(data) else { continue }
            text += Self.shownText(data, maps: maps)
        }
        for (ligature, letters) in ["ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"] {
            text = text.replacingOccurrences(of: ligature, with: letters)
        }
    }

    /// Whether `words` are on paper, spaces and line breaks aside.
    func shows(_ words: String) -> Bool {
        let wanted = words.filter { !$0.isWhitespace }
        return text.filter { !$0.isWhitespace }.contains(wanted)
    }
}

private extension PDFText {
    /// A font's glyph codes and the text each stands for, from its `ToUnicode` CMap.
    struct GlyphMap {
        var text: [Int: String] = [:]
        /// Bytes to a glyph code (2 for Identity-H, as Skia writes).
        var width = 2

        init(_ cmap: [UInt8]) {
            let source = String(decoding: cmap, as: UTF8.self)
            if let range = source.range(of: "begincodespacerange"), let low = Self.hexes(in: source[range.upperBound...]).first {
                width = max(1, low.count / 2)
            }
            for section in Self.sections(of: source, "bfchar") {
                let hexes = Self.hexes(in: section)
                for pair in stride(from: 0, to: hexes.count - 1, by: 2) {
                    guard let code = Int(hexes[pair], radix: 16) else { continue }
                    text[code] = Self.utf16(hexes[pair + 1])
                }
            }
            for section in Self.sections(of: source, "bfrange") {
                // "<low> <high> <first>", or "<low> <high> [<each> …]".
                for line in section.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
                    let hexes = Self.hexes(in: line)
                    guard hexes.count >= 3, let low = Int(hexes[0], radix: 16), let high = Int(hexes[1], radix: 16), low <= high else { continue }
                    if line.contains("[") {
                        for (offset, hex) in hexes.dropFirst(2).enumerated() where low + offset <= high { text[low + offset] = Self.utf16(hex) }
                    } else if let first = Int(hexes[2], radix: 16) {
                        for code in low...min(high, low + 0xFFFF) {
                            text[code] = Unicode.Scalar(UInt32(first + code - low)).map { String(Character($0)) } ?? ""
                        }
                    }
                }
            }
        }

        static func sections(of source: String, _ name: String) -> [Substring] {
            var sections: [Substring] = []
            var rest = Substring(source)
            while let begin = rest.range(of: "begin" + name), let end = rest.range(of: "end" + name, range: begin.upperBound..<rest.endIndex) {
                sections.append(rest[begin.upperBound..<end.lowerBound])
                rest = rest[end.upperBound...]
            }
            return sections
        }

        static func hexes<S: StringProtocol>(in text: S) -> [String] {
            var hexes: [String] = []
            var current: String?
            for character in text {
                if character == "<" { current = "" } else if character == ">" {
                    if let hex = current { hexes.append(hex) }
                    current = nil
                } else if current != nil, character.isHexDigit { current?.append(character) }
            }
            return hexes
        }

        static func utf16(_ hex: String) -> String {
            let digits = Array(hex.utf8)
            var units: [UInt16] = []
            for start in stride(from: 0, to: digits.count - 3, by: 4) {
                if let unit = UInt16(String(decoding: digits[start..<(start + 4)], as: UTF8.self), radix: 16) { units.append(unit) }
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    /// The text a content stream shows: each hex string read through the
    /// font chosen by the last `/Name size Tf`.
    static func shownText(_ data: [UInt8], maps: [String: GlyphMap]) -> String {
        var text = ""
        var lastName = ""
        var font: GlyphMap?
        var index = 0
        while index < data.count {
            let byte = data[index]
            if byte == UInt8(ascii: "/") {
                var end = index + 1
                while end < data.count, !Self.isDelimiter(data[end]) { end += 1 }
                lastName = String(decoding: data[(index + 1)..<end], as: UTF8.self)
                index = end
            } else if byte == UInt8(ascii: "T"), index + 1 < data.count, data[index + 1] == UInt8(ascii: "f"),
                      index + 2 == data.count || Self.isDelimiter(data[index + 2]) {
                font = maps[lastName]
                index += 2
            } else if byte == UInt8(ascii: "<"), index + 1 < data.count, data[index + 1] == UInt8(ascii: "<") {
                index += 2
            } else if byte == UInt8(ascii: "<") {
                var end = index + 1
                while end < data.count, data[end] != UInt8(ascii: ">") { end += 1 }
                if let font {
                    let hex = String(decoding: data[(index + 1)..<end], as: UTF8.self).filter(\.isHexDigit)
                    let digits = Array(hex.utf8)
                    var start = 0
                    while start + font.width * 2 <= digits.count {
                        if let code = Int(String(decoding: digits[start..<(start + font.width * 2)], as: UTF8.self), radix: 16) {
                            text += font.text[code] ?? ""
                        }
                        start += font.width * 2
                    }
                }
                index = end + 1
            } else {
                index += 1
            }
        }
        return text
    }

    static func holdsCMap(_ data: [UInt8]) -> Bool {
        find(Array("begincmap".utf8), in: Array(data.prefix(4096)), from: 0) != nil
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        byte <= 32 || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    static func integer(after key: String, in dictionary: String) -> Int? {
        guard let range = dictionary.range(of: key) else { return nil }
        return Int(dictionary[range.upperBound...].prefix { $0.isNumber })
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
