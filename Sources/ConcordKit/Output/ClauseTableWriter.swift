/// Writes clauses as an aligned table for people: every column is wrapped to
/// its width so that each line fits the given width. The document column is
/// left out when there is one document; an age is shown with the audience.
public struct ClauseTableWriter {
    public var width: Int

    public init(width: Int = 100) {
        self.width = max(width, 60)
    }

    public func write(_ documents: [PolicyDocument], to out: inout String) {
        let showDocument = documents.count > 1
        var header = ["id", "line", "modality", "action", "subject", "audience", "text"]
        if showDocument { header.insert("doc", at: 0) }
        var rows: [[String]] = []
        for document in documents {
            for clause in document.clauses {
                let rule = clause.rule
                var audience = rule.audience.map(\.rawValue).joined(separator: ", ")
                if let age = rule.age {
                    audience += (audience.isEmpty ? "" : " ") + "(\(age.appliesTo.rawValue) \(age.comparator.rawValue) \(age.years))"
                }
                var row = [clause.id, String(clause.line), rule.modality.rawValue, rule.action.rawValue,
                           rule.subject.map(\.rawValue).joined(separator: ", "), audience, clause.text]
                if showDocument { row.insert(document.name, at: 0) }
                rows.append(row)
            }
        }
        var widths = header.dropLast().map(\.count)
        for row in rows {
            for index in widths.indices { widths[index] = max(widths[index], min(row[index].count, 24)) }
        }
        let gaps = 2 * widths.count
        // Narrow the list columns and the document, never below 8, until
        // the text has room.
        let shrinkable = showDocument ? [6, 5, 0] : [5, 4]
        for index in shrinkable {
            while widths.reduce(0, +) + gaps + 24 > width, widths[index] > 8 { widths[index] -= 1 }
        }
        widths.append(max(20, width - widths.reduce(0, +) - gaps))

        writeRow(header, widths: widths, to: &out)
        writeRow(widths.map { String(repeating: "-", count: min($0, 40)) }, widths: widths, to: &out)
        for row in rows { writeRow(row, widths: widths, to: &out) }
        out.append("\(rows.count) clause\(rows.count == 1 ? "" : "s") in \(documents.count) document\(documents.count == 1 ? "" : "s")\n")
    }

    private func writeRow(_ cells: [String], widths: [Int], to out: inout String) {
        let wrapped = zip(cells, widths).map { wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        for line in 0..<height {
            var text = ""
            for (index, lines) in wrapped.enumerated() {
                let cell = line < lines.count ? lines[line] : ""
                text += cell
                if index < wrapped.count - 1 { text += String(repeating: " ", count: max(0, widths[index] - cell.count) + 2) }
            }
            out.append(trimmedRight(text))
            out.append("\n")
        }
    }
}

/// Greedy word wrap on spaces, breaking lists after commas; words longer
/// than the width are cut.
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
