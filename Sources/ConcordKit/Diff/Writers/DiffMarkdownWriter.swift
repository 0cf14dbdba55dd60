/// Writes a diff as Markdown: the documents, the summary and what the
/// extractor left to read by eye in each, then a heading per change with its
/// kinds and clause ids, notes as a list, and the text with `~~deleted~~
/// **inserted**` words; then the unchanged clauses as one list (unless
/// `onlyChanges`). Policy text is escaped.
public struct DiffMarkdownWriter: Sendable {
    public var onlyChanges: Bool

    public init(onlyChanges: Bool = false) {
        self.onlyChanges = onlyChanges
    }

    /// Writes the report to `output` in pieces of about
    /// `String.drainThreshold` bytes, so that it need not be held whole.
    public func write<Output: TextOutputStream>(_ diff: PolicyDiff, to output: inout Output) {
        var out = ""
        out.append("# Changes from ")
        appendMarkdownEscaped(diff.old.name, to: &out)
        out.append(" to ")
        appendMarkdownEscaped(diff.new.name, to: &out)
        out.append("\n\n- Old: ")
        appendMarkdownEscaped(DiffDescription.document(diff.old), to: &out)
        out.append("\n- New: ")
        appendMarkdownEscaped(DiffDescription.document(diff.new), to: &out)
        out.append("\n- Summary: \(diff.summary.line)\n")
        let unread = DiffDescription.unread(diff)
        for (side, count) in unread {
            out.append("- To read by eye in \(side): ")
            appendMarkdownEscaped(count.description, to: &out)
            out.append("\n")
        }
        if unread.contains(where: { $0.count.total > 0 }) { out.append("- List them with: `\(UnreadCount.listing)`\n") }
        if !diff.document.isEmpty {
            out.append("\n## Title, school and history\n\n")
            for change in diff.document {
                out.append("- ")
                appendMarkdownEscaped(DiffDescription.line(change), to: &out)
                out.append("\n")
            }
        }
        let changes = diff.changes(onlyChanges: true)
        let headings = DiffDescription.Headings(diff)
        out.append(changes.isEmpty ? "\nNo clause changed.\n" : "\n## Changed clauses\n")
        for change in changes {
            out.append("\n### \(DiffDescription.kinds(change)): ")
            appendMarkdownEscaped(DiffDescription.label(change, headings), atLineStart: false, to: &out)
            out.append("\n\n")
            for note in change.notes {
                out.append("- ")
                appendMarkdownEscaped(note, to: &out)
                out.append("\n")
            }
            if !change.notes.isEmpty { out.append("\n") }
            if change.kinds == [.added] {
                appendStyled("**", DiffDescription.text(change), to: &out)
            } else if change.kinds == [.removed] {
                appendStyled("~~", DiffDescription.text(change), to: &out)
            } else if change.redline.isEmpty {
                appendMarkdownEscaped(DiffDescription.text(change), to: &out)
            } else {
                for (index, segment) in change.redline.segments.enumerated() {
                    if index > 0 { out.append(" ") }
                    switch segment.operation {
                    case .equal: appendMarkdownEscaped(segment.text, atLineStart: index == 0, to: &out)
                    case .delete: appendStyled("~~", segment.text, to: &out)
                    case .insert: appendStyled("**", segment.text, to: &out)
                    }
                }
            }
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        let unchanged = onlyChanges ? [] : diff.changes.filter(\.isUnchanged)
        if !unchanged.isEmpty { out.append("\n## Unchanged clauses\n\n") }
        for change in unchanged {
            out.append("- ")
            appendMarkdownEscaped(DiffDescription.label(change), to: &out)
            out.append(": ")
            appendMarkdownEscaped(DiffDescription.text(change), atLineStart: false, to: &out)
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        out.drain(into: &output)
    }

    private func appendStyled(_ marker: String, _ text: String, to out: inout String) {
        out.append(marker)
        appendMarkdownEscaped(text, atLineStart: false, to: &out)
        out.append(marker)
    }
}
