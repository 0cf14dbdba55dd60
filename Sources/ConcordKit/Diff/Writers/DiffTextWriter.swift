/// Writes a diff for a terminal or a plain file: one block per change (kinds
/// and clause ids, notes, then the text with its redline), then the
/// renumbered headings on one line and one block per heading or passage
/// (kinds, where, the words with their redline), then the summary
/// line and what the extractor left to read by eye in OLD and NEW. Redlines
/// are `[-old-]{+new+}` as `git diff --word-diff=plain` writes them, or red
/// and green with `colour`.
public struct DiffTextWriter: Sendable {
    public var colour: Bool
    public var onlyChanges: Bool

    public init(colour: Bool = false, onlyChanges: Bool = false) {
        self.colour = colour
        self.onlyChanges = onlyChanges
    }

    /// Writes the report to `output` in pieces of about
    /// `String.drainThreshold` bytes, so that it need not be held whole.
    public func write<Output: TextOutputStream>(_ diff: PolicyDiff, to output: inout Output) {
        var out = ""
        out.append("--- \(DiffDescription.document(diff.old))\n")
        out.append("+++ \(DiffDescription.document(diff.new))\n")
        for change in diff.document {
            out.append(DiffDescription.line(change))
            out.append("\n")
        }
        let headings = DiffDescription.Headings(diff)
        for change in diff.changes(onlyChanges: onlyChanges) {
            out.append("\n")
            if colour { out.append("\u{1B}[1m") }
            DiffDescription.appendKinds(change, to: &out)
            if colour { out.append("\u{1B}[0m") }
            out.append("  ")
            DiffDescription.appendLabel(change, headings, to: &out)
            // Each append costs the same whatever its length: the line's
            // end and the next one's indent go in together.
            if change.notes.isEmpty {
                out.append("\n    ")
            } else {
                out.append("\n")
                for note in change.notes { out.append("    · \(note)\n") }
                out.append("    ")
            }
            if change.kinds == [.added] {
                appendInsert(DiffDescription.text(change), to: &out)
            } else if change.kinds == [.removed] {
                appendDelete(DiffDescription.text(change), to: &out)
            } else if change.redline.isEmpty {
                DiffDescription.appendText(change, to: &out)
            } else {
                appendRedline(change.redline, to: &out)
            }
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        if let renumbering = ProseDescription.renumbering(diff) {
            out.append("\n")
            out.append(styled("renumbered", bold: true))
            out.append("  \(renumbering)\n")
        }
        // The entries are read in place: `shown` would copy each.
        for index in diff.prose.indices where ProseDescription.isShown(diff.prose[index], unchanged: !onlyChanges) {
            let change = diff.prose[index]
            out.append("\n")
            if colour { out.append("\u{1B}[1m") }
            ProseDescription.appendKinds(change, to: &out)
            if colour { out.append("\u{1B}[0m") }
            out.append("  ")
            ProseDescription.appendLabel(change, to: &out)
            out.append("\n    ")
            if change.kinds == [.added] {
                appendInsert(ProseDescription.text(change), to: &out)
            } else if change.kinds == [.removed] {
                appendDelete(ProseDescription.text(change), to: &out)
            } else if change.redline.isEmpty {
                ProseDescription.appendText(change, to: &out)
            } else {
                appendRedline(change.redline, to: &out)
            }
            out.append("\n")
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        out.append("\nsummary: \(diff.summary.line)\n")
        let unread = DiffDescription.unread(diff)
        for (side, count) in unread { out.append("to read by eye in \(side): \(count.description)\n") }
        if unread.contains(where: { $0.count.total > 0 }) { out.append("list them with: \(UnreadCount.listing)\n") }
        out.drain(into: &output)
    }

    private func appendRedline(_ redline: Redline, to out: inout String) {
        for (index, segment) in redline.segments.enumerated() {
            if index > 0 && (colour || !(segment.operation == .insert && redline.segments[index - 1].operation == .delete)) {
                out.append(" ")
            }
            switch segment.operation {
            case .equal: out.append(segment.text)
            case .delete: appendDelete(segment.text, to: &out)
            case .insert: appendInsert(segment.text, to: &out)
            }
        }
    }

    private func appendDelete(_ text: String, to out: inout String) {
        out.append(colour ? "\u{1B}[31m\(text)\u{1B}[0m" : "[-\(text)-]")
    }

    private func appendInsert(_ text: String, to out: inout String) {
        out.append(colour ? "\u{1B}[32m\(text)\u{1B}[0m" : "{+\(text)+}")
    }

    private func styled(_ text: String, bold: Bool) -> String {
        colour && bold ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
