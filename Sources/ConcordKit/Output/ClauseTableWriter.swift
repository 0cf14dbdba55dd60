/// Writes clauses as an aligned table for people, wrapping the text column
/// to the given width.
public struct ClauseTableWriter {
    public var width: Int

    public init(width: Int = 100) {
        self.width = max(width, 60)
    }

    public func write(_ documents: [PolicyDocument], to out: inout String) {
        let header = ["doc", "id", "line", "modality", "action", "subject", "audience", "age", "text"]
        var rows: [[String]] = []
        for document in documents {
            for clause in document.clauses {
                let rule = clause.rule
                rows.append([
                    document.name, clause.id, String(clause.line), rule.modality.rawValue, rule.action.rawValue,
                    rule.subject.map(\.rawValue).joined(separator: ","), rule.audience.map(\.rawValue).joined(separator: ","),
                    rule.age.map { "\($0.comparator.rawValue) \($0.years)" } ?? "", clause.text,
                ])
            }
        }
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated().dropLast() { widths[index] = max(widths[index], cell.count) }
        }
        let fixed = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        let textWidth = max(24, width - fixed)
        func line(_ cells: [String], _ out: inout String) {
            for (index, cell) in cells.enumerated() {
                if index == cells.count - 1 {
                    out.append(cell)
                } else {
                    out.append(cell)
                    out.append(String(repeating: " ", count: widths[index] - cell.count + 2))
                }
            }
            out.append("\n")
        }
        line(header, &out)
        line(widths.dropLast().map { String(repeating: "-", count: $0) } + [String(repeating: "-", count: min(textWidth, 40))], &out)
        for row in rows {
            let wrapped = wrap(row[row.count - 1], width: textWidth)
            line(Array(row.dropLast()) + [wrapped.first ?? ""], &out)
            for more in wrapped.dropFirst() {
                line(Array(repeating: "", count: row.count - 1) + [more], &out)
            }
        }
        out.append("\(rows.count) clause\(rows.count == 1 ? "" : "s") in \(documents.count) document\(documents.count == 1 ? "" : "s")\n")
    }
}

/// Greedy word wrap; words longer than the width are cut.
public func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(word)
        while word.count > width {
            if !current.isEmpty { lines.append(current); current = "" }
            lines.append(String(word.prefix(width)))
            word = String(word.dropFirst(width))
        }
        if current.isEmpty {
            current = word
        } else if current.count + 1 + word.count <= width {
            current += " " + word
        } else {
            lines.append(current)
            current = word
        }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
}
