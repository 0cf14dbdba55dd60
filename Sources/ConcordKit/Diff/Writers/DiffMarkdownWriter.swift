/// Writes a diff as Markdown: the documents, the summary and what the
/// extractor left to read by eye in each, then a heading per change with its
/// kinds and clause ids, notes as a list, and the text with `~~deleted~~
/// **inserted**` words; then the unchanged clauses as one list (unless
/// `onlyChanges`); then the changed headings and passages the same way,
/// renumbered headings on one line, and the unchanged ones as one list.
/// Policy text is escaped.
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
                appendRedline(change.redline, to: &out)
            }
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        writeProse(diff, to: &out, output: &output)
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
        let unchangedProse = onlyChanges ? [] : diff.prose.filter(\.isUnchanged)
        if !unchangedProse.isEmpty { out.append("\n## Unchanged headings and passages\n\n") }
        for change in unchangedProse {
            out.append("- ")
            appendMarkdownEscaped(ProseDescription.label(change), to: &out)
            out.append(": ")
            appendMarkdownEscaped(ProseDescription.text(change), atLineStart: false, to: &out)
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        out.drain(into: &output)
    }

    /// The renumbered headings on one line, then a heading per changed
    /// heading or passage with its words redlined.
    private func writeProse<Output: TextOutputStream>(_ diff: PolicyDiff, to out: inout String, output: inout Output) {
        let changes = ProseDescription.shown(diff.prose, unchanged: false)
        let renumbering = ProseDescription.renumbering(diff)
        guard !changes.isEmpty || renumbering != nil else { return }
        out.append("\n## Changed headings and passages\n")
        if let renumbering {
            out.append("\n- Renumbered: ")
            appendMarkdownEscaped(renumbering, atLineStart: false, to: &out)
            out.append("\n")
        }
        for change in changes {
            out.append("\n### \(ProseDescription.kinds(change)): ")
            appendMarkdownEscaped(ProseDescription.label(change), atLineStart: false, to: &out)
            out.append("\n\n")
            if change.kinds == [.added] {
                appendStyled("**", ProseDescription.text(change), to: &out)
            } else if change.kinds == [.removed] {
                appendStyled("~~", ProseDescription.text(change), to: &out)
            } else if change.redline.isEmpty {
                appendMarkdownEscaped(ProseDescription.text(change), to: &out)
            } else {
                appendRedline(change.redline, to: &out)
            }
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
    }

    private func appendRedline(_ redline: Redline, to out: inout String) {
        for (index, segment) in redline.segments.enumerated() {
            if index > 0 { out.append(" ") }
            switch segment.operation {
            case .equal: appendMarkdownEscaped(segment.text, atLineStart: index == 0, to: &out)
            case .delete: appendStyled("~~", segment.text, to: &out)
            case .insert: appendStyled("**", segment.text, to: &out)
            }
        }
    }

    private func appendStyled(_ marker: String, _ text: String, to out: inout String) {
        out.append(marker)
        appendMarkdownEscaped(text, atLineStart: false, to: &out)
        out.append(marker)
    }
}
