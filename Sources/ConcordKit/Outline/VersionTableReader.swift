/// Reads a version table: a tab-separated header naming a version column
/// (and purpose, lead person, date columns in any order), then one row per
/// version. Also reads one-line metadata such as "Policy Date: 2018".
struct VersionTableReader {
    enum Column { case version, purpose, lead, date, other }

    var columns: [Column]
    var entries: [HistoryEntry] = []
    var diagnostics: [Diagnostic] = []

    /// A reader if `line` is the header of a version table.
    init?(header line: String, number: Int) {
        let cells = tableCells(line)
        guard cells.count >= 2 else { return nil }
        let columns = cells.map(Self.column)
        guard columns.contains(.version), columns.filter({ $0 != .other }).count >= 2 else { return nil }
        self.columns = columns
    }

    /// Reads one row; false when the line is not a row of this table.
    mutating func read(_ line: String, number: Int) -> Bool {
        let cells = tableCells(line)
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
    static func metadataEntry(_ line: String, number: Int) -> HistoryEntry? {
        guard line.utf8.count < 64, line.utf8.contains(UInt8(ascii: ":")) else { return nil }
        // Markdown emphasis around the line ("*Review date: 2026*") is not part of it.
        var text = trimmedLeft(line)
        while text.hasPrefix("*") || text.hasPrefix("_") { text.removeFirst() }
        while text.hasSuffix("*") || text.hasSuffix("_") { text.removeLast() }
        guard let colon = text.firstIndex(of: ":"), text.utf8.count < 60 else { return nil }
        let key = text[..<colon].lowercased()
        let value = trimmedLeft(String(text[text.index(after: colon)...]))
        guard !value.isEmpty, value.first?.isNumber == true || monthNames.contains(where: value.lowercased().hasPrefix) else { return nil }
        guard ["policy date", "date of policy", "date", "policy adopted", "date adopted", "date approved", "review date", "next review", "next review date",
               "date of next review", "last reviewed", "reviewed", "approved", "adopted", "date of review", "ratified", "date ratified"].contains(key) else { return nil }
        return HistoryEntry(version: "", date: value, purpose: String(text[..<colon]), line: number)
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Words in a header cell that name each column, tried in this order.
    private static let columnWords: [(column: Column, words: [[UInt8]])] = [
        (Column.version, ["version"]),
        (Column.purpose, ["purpose", "change", "description", "summary"]),
        (Column.lead, ["lead", "author", "person", "owner", "by"]),
        (Column.date, ["date"]),
    ].map { (column: $0.0, words: $0.1.map { Array($0.utf8) }) }

    private static func column(_ cell: String) -> Column {
        var name = cell.lowercased()
        if name == "v" || name == "issue" { return .version }
        return name.withUTF8 { bytes in
            for (column, words) in columnWords where words.contains(where: { ByteSearch.contains(bytes, $0) }) { return column }
            return .other
        }
    }

    private func looksLikeVersion(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 12 && text.first!.isNumber
            && text.allSatisfy { $0.isNumber || $0 == "." || $0.isLetter }
    }
}
