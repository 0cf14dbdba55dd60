/// Writes a diff as one self-contained HTML page (inline CSS, no scripts, no
/// external resources) that can be opened from an e-mail: what changed
/// first: the summary line, a legend of the kinds of change (each its
/// colour and its badge), title and history changes, one card per changed
/// clause with `<del>` and `<ins>` in its text (struck through and
/// underlined, so they read without colour too); then the counts of each
/// kind and what the extractor left to read by eye in OLD and NEW; the
/// unchanged clauses come last, folded. Changed headings and passages come
/// after the clauses, renumbered headings on one line, the unchanged ones
/// folded at the end.
/// A print style lays it out on A4. Every piece of policy text is escaped.
public struct DiffHTMLWriter: Sendable {
    public var onlyChanges: Bool

    public init(onlyChanges: Bool = false) {
        self.onlyChanges = onlyChanges
    }

    static let style = """
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
        h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:1.6rem}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
        .legend{border:1px solid #ddd;border-radius:.3rem;background:#fafafa;padding:.4rem .8rem;margin:1rem 0}
        .legend ul{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.3rem .8rem}
        .legend p{margin:.2rem 0}
        .change{border:1px solid #ddd;border-left:.4rem solid #999;border-radius:.3rem;padding:.5rem 1rem;margin:1rem 0;overflow-wrap:anywhere}
        .change.added{border-left-color:#2e7d32}.change.removed{border-left-color:#c62828}
        .change.tightened,.change.reversed{border-left-color:#6a1b9a}.change.loosened{border-left-color:#ef6c00}
        .change.threshold-changed{border-left-color:#0277bd}.change.scope-changed{border-left-color:#00838f}
        .change.unchanged{border-left-color:#ddd;color:#555}
        .kind{display:inline-block;font-size:.8rem;font-weight:600;background:#eee;border-radius:.2rem;padding:0 .4rem;margin-right:.3rem}
        .kind.added{background:#e8f5e9;color:#1b5e20}.kind.removed{background:#ffebee;color:#b71c1c}
        .kind.tightened,.kind.reversed{background:#f3e5f5;color:#4a148c}.kind.loosened{background:#fff3e0;color:#a84300}
        .kind.threshold-changed{background:#e1f5fe;color:#01579b}.kind.scope-changed{background:#e0f7fa;color:#006064}
        .kind.moved,.kind.split,.kind.merged,.kind.renumbered{background:#eceff1;color:#37474f}
        .kind.edited{background:#fff8e1;color:#6d4c00}.kind.minor{background:#f5f5f5;color:#555}
        .change.prose.edited{border-left-color:#f9a825}
        .ids{color:#555;font-family:ui-monospace,monospace;font-size:.85rem}
        .notes{margin:.3rem 0;padding-left:1.2rem;font-size:.9rem;color:#333}
        del{background:#ffebee;color:#b71c1c;text-decoration:line-through}
        ins{background:#e8f5e9;color:#1b5e20;text-decoration:underline;font-weight:600}
        details.unchanged>summary{cursor:pointer;font-weight:600;margin-top:1.6rem}
        @media print{@page{size:A4;margin:15mm}body{margin:0;max-width:none;font-size:10pt}
        .change,.legend{break-inside:avoid}
        del,ins,.kind,.change{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
        """

    static let legend = """
        <section class="legend" aria-label="Legend">
        <ul>
        <li><span class="kind added">added</span></li><li><span class="kind removed">removed</span></li>
        <li><span class="kind tightened">tightened</span></li><li><span class="kind loosened">loosened</span></li>
        <li><span class="kind reversed">reversed</span></li><li><span class="kind threshold-changed">threshold-changed</span></li>
        <li><span class="kind scope-changed">scope-changed</span></li><li><span class="kind reworded">reworded</span></li>
        <li><span class="kind moved">moved</span></li><li><span class="kind split">split</span></li><li><span class="kind merged">merged</span></li>
        </ul>
        <p>In a clause's text, <del>struck words</del> were taken out and <ins>underlined words</ins> put in.
        Tightened and loosened: the rule is stricter or looser; threshold-changed: an age limit moved;
        scope-changed: who, towards whom or where it applies.
        Headings and passages: <span class="kind edited">edited</span> words, <span class="kind minor">minor</span>
        (case or punctuation only), <span class="kind renumbered">renumbered</span>, moved, added or removed.</p>
        </section>

        """

    /// Writes the page to `output` in pieces of about
    /// `String.drainThreshold` bytes, so that it need not be held whole.
    public func write<Output: TextOutputStream>(_ diff: PolicyDiff, to output: inout Output) {
        var out = ""
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Changes: ")
        appendHTMLEscaped(diff.new.title ?? diff.new.name, to: &out)
        out.append("</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<h1>What changed</h1>\n")
        out.append("<p>From <strong>")
        appendHTMLEscaped(DiffDescription.document(diff.old), to: &out)
        out.append("</strong> to <strong>")
        appendHTMLEscaped(DiffDescription.document(diff.new), to: &out)
        out.append("</strong>: ")
        appendHTMLEscaped(diff.summary.line, to: &out)
        out.append("</p>\n")
        out.append(Self.legend)
        if !diff.document.isEmpty {
            out.append("<h2>Title, school and history</h2>\n<ul>\n")
            for change in diff.document {
                out.append("<li>")
                appendHTMLEscaped(DiffDescription.line(change), to: &out)
                out.append("</li>\n")
            }
            out.append("</ul>\n")
        }
        let changes = diff.changes(onlyChanges: true)
        out.append(changes.isEmpty ? "<p>No clause changed.</p>\n" : "<h2>Changed clauses</h2>\n")
        let headings = DiffDescription.Headings(diff)
        for change in changes {
            writeChange(change, headings, to: &out)
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        writeProse(diff, to: &out, output: &output)
        out.append("<h2>Counts</h2>\n")
        writeSummary(diff.summary, to: &out)
        writeUnread(diff, to: &out)
        let unchanged = onlyChanges ? [] : diff.changes.filter(\.isUnchanged)
        if !unchanged.isEmpty {
            out.append("<details class=\"unchanged\"><summary>\(unchanged.count) unchanged clause\(unchanged.count == 1 ? "" : "s")</summary>\n")
            for change in unchanged {
                writeChange(change, headings, to: &out)
                out.drain(into: &output, atLeast: String.drainThreshold)
            }
            out.append("</details>\n")
        }
        let unchangedProse = onlyChanges ? [] : diff.prose.filter(\.isUnchanged)
        if !unchangedProse.isEmpty {
            out.append("<details class=\"unchanged\"><summary>\(unchangedProse.count) unchanged heading\(unchangedProse.count == 1 ? "" : "s") and passage\(unchangedProse.count == 1 ? "" : "s")</summary>\n")
            for change in unchangedProse {
                writeProseChange(change, to: &out)
                out.drain(into: &output, atLeast: String.drainThreshold)
            }
            out.append("</details>\n")
        }
        out.append("</body>\n</html>\n")
        out.drain(into: &output)
    }

    private func writeSummary(_ summary: DiffSummary, to out: inout String) {
        out.append("<table class=\"summary\">\n<tr><th>change</th><th>count</th></tr>\n")
        for (kind, count) in summary.counts where count > 0 {
            out.append("<tr><td>\(kind)</td><td>\(count)</td></tr>\n")
        }
        out.append("</table>\n")
    }

    private func writeUnread(_ diff: PolicyDiff, to out: inout String) {
        let unread = DiffDescription.unread(diff)
        out.append("<ul class=\"unread\">\n")
        for (side, count) in unread {
            out.append("<li>To read by eye in \(side): ")
            appendHTMLEscaped(count.description, to: &out)
            out.append("</li>\n")
        }
        if unread.contains(where: { $0.count.total > 0 }) {
            out.append("<li>List them with: <code>")
            appendHTMLEscaped(UnreadCount.listing, to: &out)
            out.append("</code></li>\n")
        }
        out.append("</ul>\n")
    }

    private func writeChange(_ change: ClauseChange, _ headings: DiffDescription.Headings, to out: inout String) {
        out.append("<section class=\"change \(change.kinds.map(\.rawValue).joined(separator: " "))\">\n<p>")
        for kind in change.kinds { out.append("<span class=\"kind \(kind.rawValue)\">\(kind.rawValue)</span>") }
        out.append(" <span class=\"ids\">")
        appendHTMLEscaped(DiffDescription.label(change, headings), to: &out)
        out.append("</span></p>\n")
        if !change.notes.isEmpty {
            out.append("<ul class=\"notes\">")
            for note in change.notes {
                out.append("<li>")
                appendHTMLEscaped(note, to: &out)
                out.append("</li>")
            }
            out.append("</ul>\n")
        }
        out.append("<p class=\"text\">")
        if change.kinds == [.added] {
            appendTagged("ins", DiffDescription.text(change), to: &out)
        } else if change.kinds == [.removed] {
            appendTagged("del", DiffDescription.text(change), to: &out)
        } else if change.redline.isEmpty {
            appendHTMLEscaped(DiffDescription.text(change), to: &out)
        } else {
            appendRedline(change.redline, to: &out)
        }
        out.append("</p>\n</section>\n")
    }

    /// The renumbered headings on one line, then a card per changed
    /// heading or passage.
    private func writeProse<Output: TextOutputStream>(_ diff: PolicyDiff, to out: inout String, output: inout Output) {
        let changes = ProseDescription.shown(diff.prose, unchanged: false)
        let renumbering = ProseDescription.renumbering(diff)
        guard !changes.isEmpty || renumbering != nil else { return }
        out.append("<h2>Changed headings and passages</h2>\n")
        if let renumbering {
            out.append("<p><span class=\"kind renumbered\">renumbered</span> ")
            appendHTMLEscaped(renumbering, to: &out)
            out.append("</p>\n")
        }
        for change in changes {
            writeProseChange(change, to: &out)
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
    }

    private func writeProseChange(_ change: ProseChange, to out: inout String) {
        out.append("<section class=\"change prose \(change.kinds.map(\.rawValue).joined(separator: " "))\">\n<p>")
        for kind in change.kinds { out.append("<span class=\"kind \(kind.rawValue)\">\(kind.rawValue)</span>") }
        out.append(" <span class=\"ids\">")
        appendHTMLEscaped(ProseDescription.label(change), to: &out)
        out.append("</span></p>\n<p class=\"text\">")
        if change.kinds == [.added] {
            appendTagged("ins", ProseDescription.text(change), to: &out)
        } else if change.kinds == [.removed] {
            appendTagged("del", ProseDescription.text(change), to: &out)
        } else if change.redline.isEmpty {
            appendHTMLEscaped(ProseDescription.text(change), to: &out)
        } else {
            appendRedline(change.redline, to: &out)
        }
        out.append("</p>\n</section>\n")
    }

    private func appendRedline(_ redline: Redline, to out: inout String) {
        for (index, segment) in redline.segments.enumerated() {
            if index > 0 { out.append(" ") }
            switch segment.operation {
            case .equal: appendHTMLEscaped(segment.text, to: &out)
            case .delete: appendTagged("del", segment.text, to: &out)
            case .insert: appendTagged("ins", segment.text, to: &out)
            }
        }
    }

    private func appendTagged(_ tag: String, _ text: String, to out: inout String) {
        out.append("<\(tag)>")
        appendHTMLEscaped(text, to: &out)
        out.append("</\(tag)>")
    }
}
