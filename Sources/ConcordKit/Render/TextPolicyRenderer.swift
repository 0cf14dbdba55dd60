/// A policy as plain text: the title underlined, school and trust, the
/// version table in aligned columns, then each numbered section with its
/// clauses wrapped to `width` and indented under their numbers.
struct TextPolicyRenderer {
    var width: Int

    func write(_ layout: PolicyLayout, to out: inout String) {
        out += layout.title + "\n" + String(repeating: "=", count: max(3, layout.title.count)) + "\n\n"
        if let school = layout.school { out += "School: " + school + "\n" }
        if let trust = layout.trust { out += "Trust:  " + trust + "\n" }
        if layout.school != nil || layout.trust != nil { out += "\n" }
        writeHistory(layout.history, to: &out)
        for part in layout.parts {
            let heading = part.number + "." + (part.heading.map { " " + $0 } ?? "")
            out += heading + "\n" + String(repeating: "-", count: max(3, heading.count)) + "\n\n"
            for block in part.blocks {
                switch block.kind {
                case .clause:
                    let number = block.number ?? ""
                    let indent = max(number.count + 1, 6)
                    out += wrap(block.text, first: number.padded(to: indent), indent: indent)
                case .item: out += wrap(block.text, first: "  - ", indent: 4)
                case .note: out += wrap("Note: " + block.text, first: "", indent: 0)
                case .paragraph: out += wrap(block.text, first: "", indent: 0)
                }
                out += "\n"
            }
        }
    }

    /// The version table in aligned columns; a purpose too long for the
    /// width wraps within its column.
    func writeHistory(_ history: [HistoryEntry], to out: inout String) {
        guard !history.isEmpty else { return }
        out += "Version history\n\n"
        let rows = [PolicyLayout.historyColumns] + history.map(PolicyLayout.cells(of:))
        var widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        widths[1] = max(20, min(widths[1], width - widths[0] - widths[2] - widths[3] - 6))
        for (index, row) in rows.enumerated() {
            let purpose = lines(row[1], width: widths[1])
            for (offset, part) in purpose.enumerated() {
                let cells = offset == 0 ? [row[0], part, row[2], row[3]] : ["", part, "", ""]
                var line = ""
                for column in 0..<4 {
                    line += column == 3 ? cells[3] : cells[column].padded(to: widths[column]) + "  "
                }
                while line.hasSuffix(" ") { line.removeLast() }
                out += line + "\n"
            }
            if index == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        out += "\n"
    }

    /// `text` broken at spaces into lines of at most `width` (a longer word
    /// stands alone); one empty line for empty text.
    func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }

    /// `text` wrapped at word boundaries to `width`, the first line opened
    /// by `first` and the others indented by `indent` spaces.
    func wrap(_ text: String, first: String, indent: Int) -> String {
        var out = ""
        var line = first
        var lineHasWord = false
        let pad = String(repeating: " ", count: indent)
        for word in text.split(separator: " ") {
            if lineHasWord, line.count + 1 + word.count > width {
                out += line + "\n"
                line = pad
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        return out + line + "\n"
    }
}

private extension String {
    /// The string with spaces after it up to `width` characters; a longer
    /// string is kept whole.
    func padded(to width: Int) -> String {
        let count = self.count
        return count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
