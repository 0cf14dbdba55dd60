/// Reads a version table: a tab-separated header naming a version column
/// (and purpose, lead person, date columns in any order), then one row per
/// version. Also reads one-line metadata such as "Policy Date: 2018".
struct VersionTableReader {
    enum Column { case version, purpose, lead, date, other }

    var columns: [Column]
    var entries: [HistoryEntry] = []
    var diagnostics: [Diagnostic] = []

    /// A reader if `line` is the header of a version table. Its cells are
    /// read as bytes: most lines with a tab are no header, and need no
    /// string made.
    init?(header line: String, number: Int) {
        var line = line
        guard let reader = line.withUTF8({ Self(header: $0, number: number) }) else { return nil }
        self = reader
    }

    init?(header line: UnsafeBufferPointer<UInt8>, number: Int) {
        // One cell when the line has no tab: no header.
        guard line.contains(9) else { return nil }
        let cells = tableCellRanges(line)
        // No cell names a version, most lines: the other columns need no reading.
        guard cells.count >= 2, cells.contains(where: { Self.namesVersion(UnsafeBufferPointer(rebasing: line[$0])) }) else { return nil }
        let columns = cells.map { Self.column(UnsafeBufferPointer(rebasing: line[$0])) }
        guard columns.contains(.version), columns.filter({ $0 != .other }).count >= 2 else { return nil }
        self.columns = columns
    }

    /// Reads one row; false when the line is not a row of this table.
    mutating func read(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Bool {
        // One cell when the line has no tab: no row.
        guard line.contains(9) else { return false }
        let cells = tableCellRanges(line).map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) }
        guard cells.count >= 2, cells.count <= columns.count + 1 else { return false }
        var entry = HistoryEntry(version: "", line: number)
        for (cell, column) in zip(cells, columns) {
            switch column {
            case .version: entry.version = cell
            case .purpose: entry.purpose = cell
            case .lead: entry.lead = cell
            case .date: entry.date = cell
            case .other: break
            }
        }
        guard looksLikeVersion(entry.version) else { return false }
        if let earlier = entries.first(where: { $0.version == entry.version }) {
            diagnostics.append(Diagnostic(
                .warning, "outline.repeated-version",
                "version '\(entry.version)' is repeated (first on line \(earlier.line ?? 0))",
                at: SourceLocation(line: number, column: 1)))
        }
        entries.append(entry)
        return true
    }

    /// A history entry for lines such as "Policy Date: 2018" or
    /// "Date of policy: June 2020", with no version.
    static func metadataEntry(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> HistoryEntry? {
        guard line.count < 64, line.contains(UInt8(ascii: ":")) else { return nil }
        // Most such lines are ASCII, and read as bytes.
        if ByteSearch.isASCII(line) { return asciiMetadataEntry(line, number: number) }
        return metadataEntry(String(decoding: line, as: UTF8.self), number: number)
    }

    private static func metadataEntry(_ line: String, number: Int) -> HistoryEntry? {
        guard line.utf8.count < 64, line.utf8.contains(UInt8(ascii: ":")) else { return nil }
        // Markdown emphasis around the line ("*Review date: 2026*") is not part of it.
        var text = trimmedLeft(line)
        while text.hasPrefix("*") || text.hasPrefix("_") { text.removeFirst() }
        while text.hasSuffix("*") || text.hasSuffix("_") { text.removeLast() }
        guard let colon = text.firstIndex(of: ":"), text.utf8.count < 60 else { return nil }
        let key = text[..<colon].lowercased()
        let value = trimmedLeft(String(text[text.index(after: colon)...]))
        guard !value.isEmpty, value.first?.isNumber == true || monthNames.contains(where: value.lowercased().hasPrefix) else { return nil }
        guard metadataNames.contains(key) else { return nil }
        return HistoryEntry(version: "", date: value, purpose: String(text[..<colon]), line: number)
    }

    /// `metadataEntry` of an ASCII line, read as bytes.
    private static func asciiMetadataEntry(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> HistoryEntry? {
        var from = 0, to = bytes.count
        while from < to, bytes[from] == 32 || bytes[from] == 9 { from += 1 }
        while from < to, bytes[from] == UInt8(ascii: "*") || bytes[from] == UInt8(ascii: "_") { from += 1 }
        while to > from, bytes[to - 1] == UInt8(ascii: "*") || bytes[to - 1] == UInt8(ascii: "_") { to -= 1 }
        guard let colon = bytes[from..<to].firstIndex(of: UInt8(ascii: ":")), to - from < 60 else { return nil }
        var value = colon + 1
        while value < to, bytes[value] == 32 || bytes[value] == 9 { value += 1 }
        guard value < to else { return nil }
        let first = bytes[value]
        guard (first >= 48 && first <= 57) || (to - value >= 3 && monthKeys.contains(ShortWord(bytes[value..<(value + 3)], folding: true)!)),
              metadataKeys.contains(where: { $0.count == colon - from && zip($0, bytes[from..<colon]).allSatisfy { $0 == ($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) } })
        else { return nil }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        return HistoryEntry(version: "", date: text(value..<to), purpose: text(from..<colon), line: number)
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthKeys = monthNames.map(ShortWord.init)
    /// The names of the details that date a policy.
    private static let metadataNames = [
        "policy date", "date of policy", "date", "policy adopted", "date adopted", "date approved", "review date", "next review",
        "next review date", "date of next review", "last reviewed", "reviewed", "approved", "adopted", "date of review", "ratified",
        "date ratified",
    ]
    private static let metadataKeys = metadataNames.map { Array($0.utf8) }

    /// Words in a header cell that name each column, tried in this order.
    private static let columnWords: [(column: Column, words: [[UInt8]])] = [
        (Column.version, ["version"]),
        (Column.purpose, ["purpose", "change", "description", "summary"]),
        (Column.lead, ["lead", "author", "person", "owner", "by"]),
        (Column.date, ["date"]),
    ].map { (column: $0.0, words: $0.1.map { Array($0.utf8) }) }

    /// The column a header cell names, its ASCII letters compared in any
    /// case; a cell beyond ASCII is lower-cased first.
    private static func column(_ cell: UnsafeBufferPointer<UInt8>) -> Column {
        guard ByteSearch.isASCII(cell) else {
            var name = lowercasedText(String(decoding: cell, as: UTF8.self))
            if name == "v" || name == "issue" { return .version }
            return name.withUTF8 { bytes in
                for (column, words) in columnWords where words.contains(where: { ByteSearch.contains(bytes, $0) }) { return column }
                return .other
            }
        }
        if let key = ShortWord(cell, folding: true), key == versionCell || key == issueCell { return .version }
        for (column, words) in columnWords where words.contains(where: { ByteSearch.contains(cell, $0, ignoringCase: true) }) { return column }
        return .other
    }

    /// Whether `column(cell)` is `.version`, read before any other column.
    private static func namesVersion(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard ByteSearch.isASCII(cell) else { return column(cell) == .version }
        if let key = ShortWord(cell, folding: true), key == versionCell || key == issueCell { return true }
        return ByteSearch.contains(cell, version, ignoringCase: true)
    }

    private static let version = Array("version".utf8)
    private static let versionCell = ShortWord("v")
    private static let issueCell = ShortWord("issue")

    /// A number, then digits, dots and letters, at most twelve bytes.
    private func looksLikeVersion(_ text: String) -> Bool {
        var copy = text
        if let ascii = copy.withUTF8({ bytes -> Bool? in
            guard ByteSearch.isASCII(bytes) else { return nil }
            guard let first = bytes.first, bytes.count <= 12, first >= 48, first <= 57 else { return false }
            return bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ".") || (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) }
        }) {
            return ascii
        }
        return !text.isEmpty && text.utf8.count <= 12 && text.first!.isNumber
            && text.allSatisfy { $0.isNumber || $0 == "." || $0.isLetter }
    }
}
