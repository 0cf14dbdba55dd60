/// Finds the page headers and footers a PDF export leaves between the
/// pages of a document, wherever they fall (inside a sentence, inside a
/// list):
///
/// - a page number line: "Page 3 of 7", "Page 3", "3 of 7", "- 3 -", or
///   a footer that ends with one after a gap or a bar ("Brackwater
///   Academy | IT Policy        Page 1 of 4");
/// - a running header or footer: a line near a page number line (three
///   lines after it, two before) that is found again near another, or
///   among the document's opening lines;
/// - without page numbers, a line laid out in columns (a gap of three
///   spaces or a bar between its parts) that repeats three times, or
///   twice with one among the opening lines.
///
/// The first occurrence among the opening lines stays: it is the title.
/// Lines are compared with their digits and blanks folded ("Page 1 of 4"
/// and "Page 2 of 4" alike) and case ignored.
struct PageFurniture {
    /// Indices of the furniture lines, in order.
    private(set) var lines: [Int] = []

    /// Non-blank lines at the top of a document that are its opening.
    private static let openingLines = 6
    private static let maximumWidth = 160

    /// `widths` and `columns` are `LineLayout.measure`'s for each line.
    init(lines source: [String], widths: [Int], columns: [Bool]) {
        var pageNumberLines: [Int] = []
        for index in source.indices where widths[index] > 0 && widths[index] <= Self.maximumWidth && Self.mayBePageNumber(source[index]) {
            if Self.isPageNumberLine(source[index]) { pageNumberLines.append(index) }
        }
        let opening = Self.opening(widths)
        guard !pageNumberLines.isEmpty || source.indices.contains(where: { columns[$0] && widths[$0] <= Self.maximumWidth }) else { return }
        // Lines near a page number line, and lines laid out in columns,
        // with their folded text, kept by line.
        var keys = [String?](repeating: nil, count: source.count)
        var isNearPage = [Bool](repeating: false, count: source.count)
        var candidates: [Int] = []
        for page in pageNumberLines {
            for index in Self.neighbours(of: page, widths) where !isNearPage[index] {
                isNearPage[index] = true
                keys[index] = Self.folded(source[index])
                candidates.append(index)
            }
        }
        for index in source.indices where columns[index] && widths[index] <= Self.maximumWidth && keys[index] == nil {
            keys[index] = Self.folded(source[index])
            candidates.append(index)
        }
        var counts: [String: Int] = [:]
        counts.reserveCapacity(candidates.count + opening.count)
        for index in candidates { counts[keys[index]!, default: 0] += 1 }
        // The opening lines' text, each with where it first stands.
        var openingKeys: [String: Int] = [:]
        for index in opening {
            let key = keys[index] ?? Self.folded(source[index])
            if openingKeys[key] == nil {
                openingKeys[key] = index
                if keys[index] == nil { counts[key, default: 0] += 1 }
            }
        }
        let pageNumbers = Set(pageNumberLines)
        var found = pageNumberLines
        for index in candidates where !pageNumbers.contains(index) {
            let key = keys[index]!
            guard openingKeys[key] != index, !key.isEmpty, columns[index] || ListMarker.parse(source[index]) == nil else { continue }
            let count = counts[key, default: 0]
            if (isNearPage[index] && count >= 2) || (columns[index] && (count >= 3 || (count >= 2 && openingKeys[key] != nil))) {
                found.append(index)
            }
        }
        lines = found.sorted()
    }

    /// Indices of the first non-blank lines of the document, in order.
    private static func opening(_ widths: [Int]) -> [Int] {
        var result: [Int] = []
        for index in widths.indices where widths[index] > 0 {
            result.append(index)
            if result.count == openingLines { break }
        }
        return result
    }

    /// The three non-blank lines after `page` and the two before it.
    private static func neighbours(of page: Int, _ widths: [Int]) -> [Int] {
        var result: [Int] = []
        var index = page + 1
        while index < widths.count, result.count < 3 {
            if widths[index] > 0 { result.append(index) }
            index += 1
        }
        var before = 0
        index = page - 1
        while index >= 0, before < 2 {
            if widths[index] > 0 { result.append(index); before += 1 }
            index -= 1
        }
        return result.filter { widths[$0] <= maximumWidth }
    }

    /// Whether the line ends with a digit or a dash (blanks aside), as a
    /// page number does: most lines end with a letter or a mark.
    private static func mayBePageNumber(_ line: String) -> Bool {
        var end = line.utf8.endIndex
        while end > line.utf8.startIndex {
            let before = line.utf8.index(before: end)
            let byte = line.utf8[before]
            if byte == 32 || byte == 9 { end = before; continue }
            return (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
        }
        return false
    }

    /// `"page" digits ("of" digits)?` or `digits "of" digits` or
    /// `"-" digits "-"` as the whole line, or ending a line after a gap of
    /// two spaces, a tab, a bar or a dash.
    static func isPageNumberLine(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
            var start = 0
            while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
            guard start < end else { return false }
            // "- 3 -"
            if bytes[start] == UInt8(ascii: "-"), bytes[end - 1] == UInt8(ascii: "-"), end - start >= 3 {
                let inner = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
                if inner.allSatisfy({ $0 == 32 || isDigit($0) }), inner.contains(where: isDigit) { return true }
            }
            // Read backwards: digits, then optionally "of" and digits, then "page".
            var index = end
            func digits() -> Bool {
                let stop = index
                while index > start, isDigit(bytes[index - 1]) { index -= 1 }
                return index < stop && stop - index <= 4
            }
            func spaces() -> Bool {
                let stop = index
                while index > start, bytes[index - 1] == 32 { index -= 1 }
                return index < stop
            }
            func word(_ text: String) -> Bool {
                let word = Array(text.utf8)
                guard index - start >= word.count else { return false }
                for (offset, letter) in word.enumerated() where bytes[index - word.count + offset] | 0x20 != letter { return false }
                index -= word.count
                return true
            }
            guard digits() else { return false }
            var saved = index
            var sawPage = false
            if spaces(), word("of"), spaces(), digits() {
                saved = index
            } else {
                index = saved
            }
            if spaces(), word("page") {
                sawPage = true
                saved = index
            } else {
                index = saved
            }
            // "3 of 7" alone is a page number; a bare "3" is not.
            guard sawPage || (saved < end && ByteSearch.contains(UnsafeBufferPointer(rebasing: bytes[saved..<end]), Array(" of ".utf8))) else { return false }
            guard index > start else { return true }
            // Something before: it must end at a gap, a bar or a dash.
            let before = bytes[index - 1]
            if before == 9 || before == UInt8(ascii: "|") || before == UInt8(ascii: "-") || before == UInt8(ascii: ",") { return true }
            if before == 32, index - 2 >= start, bytes[index - 2] == 32 || bytes[index - 2] == UInt8(ascii: "|") || bytes[index - 2] == UInt8(ascii: "-") { return true }
            // "–" (E2 80 93) or "·" (C2 B7) before a space.
            if before == 32, index - 3 >= start, bytes[index - 2] == 0x93 || bytes[index - 2] == 0xB7 { return true }
            return false
        }
    }

    /// The line lower-cased, its runs of digits as "#" and of blanks as one
    /// space, trimmed.
    static func folded(_ line: String) -> String {
        var line = line
        return line.withUTF8 { bytes in
            // Never longer than the line: runs become one byte each.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var index = 0
                while index < bytes.count {
                    var byte = bytes[index]
                    if isDigit(byte) {
                        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                        out[count] = UInt8(ascii: "#")
                        count += 1
                        continue
                    }
                    if byte == 32 || byte == 9 {
                        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
                        if count > 0, index < bytes.count {
                            out[count] = 32
                            count += 1
                        }
                        continue
                    }
                    if byte >= 65, byte <= 90 { byte += 32 }
                    out[count] = byte
                    count += 1
                    index += 1
                }
                return count
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
