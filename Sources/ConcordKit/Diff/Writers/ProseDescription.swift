/// Words the diff writers share about headings and passages: labels, kinds
/// and the one renumbering line, so that text, Markdown and HTML say the
/// same things.
enum ProseDescription {
    /// "heading 4 → 5", "paragraph · line 14 → 15", "note · line 8".
    static func label(_ change: ProseChange) -> String {
        var out = ""
        appendLabel(change, to: &out)
        return out
    }

    /// `label(change)` appended to `out`, without interpolating.
    /// The pieces are read in place: copying one out retains each of its
    /// strings.
    static func appendLabel(_ change: ProseChange, to out: inout String) {
        let hasOld = !change.oldPieces.isEmpty, hasNew = !change.newPieces.isEmpty
        let kind = hasNew ? change.newPieces[0].kind : change.oldPieces[0].kind
        if kind == .heading {
            out.append("heading")
            let old = hasOld ? change.oldPieces[0].number : nil, new = hasNew ? change.newPieces[0].number : nil
            if let first = old ?? new {
                out.append(" ")
                out.append(first)
                if let old, let new, old != new {
                    out.append(" → ")
                    out.append(new)
                }
            }
            return
        }
        let old = hasOld ? change.oldPieces[0].line : 0, new = hasNew ? change.newPieces[0].line : 0
        // Written on the stack and appended once (at most 63 bytes): a
        // report labels every passage, and each append cost as much as
        // the whole label.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 80) { buffer in
            var cursor = UTF8Cursor(buffer)
            switch kind {
            case .heading: cursor.write("heading")
            case .paragraph: cursor.write("paragraph")
            case .item: cursor.write("item")
            case .note: cursor.write("note")
            }
            if old > 0 || new > 0 {
                cursor.write(" · line ")
                cursor.write(decimal: old > 0 ? old : new)
                if old > 0 && new > 0 {
                    cursor.write(" → ")
                    cursor.write(decimal: new)
                }
            }
            out.append(String(decoding: cursor.written, as: UTF8.self))
        }
    }

    static func kinds(_ change: ProseChange) -> String {
        var out = ""
        appendKinds(change, to: &out)
        return out
    }

    /// `kinds(change)` appended to `out`.
    static func appendKinds(_ change: ProseChange, to out: inout String) {
        for index in change.kinds.indices {
            if index > 0 { out.append(", ") }
            out.append(change.kinds[index].rawValue)
        }
    }

    /// The words to show for an entry without a redline, a heading with its
    /// number.
    static func text(_ change: ProseChange) -> String {
        var out = ""
        appendText(change, to: &out)
        return out
    }

    /// `text(change)` appended to `out`, the pieces read in place.
    static func appendText(_ change: ProseChange, to out: inout String) {
        let fromNew = !change.newPieces.isEmpty
        let count = fromNew ? change.newPieces.count : change.oldPieces.count
        if count == 1, let number = fromNew ? change.newPieces[0].number : change.oldPieces[0].number {
            out.append(number)
            out.append(". ")
        }
        for index in 0..<count {
            if index > 0 { out.append(" ") }
            out.append(fromNew ? change.newPieces[index].text : change.oldPieces[index].text)
        }
    }

    /// The renumbered headings, items and clauses as one line: "4 → 5
    /// Parents and visitors; 4.4 → 4.3 Staff must …", or nil for none.
    static func renumbering(_ diff: PolicyDiff) -> String? {
        let parts = diff.renumbering.map { "\($0.old ?? "–") → \($0.new ?? "–") \($0.text)" }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The entries each to show in a block of their own: not unchanged
    /// (unless `unchanged`), and not a renumbering alone, which
    /// `renumbering` reports once.
    static func shown(_ prose: [ProseChange], unchanged: Bool) -> [ProseChange] {
        prose.filter { isShown($0, unchanged: unchanged) }
    }

    /// Whether `shown` keeps the entry.
    static func isShown(_ change: ProseChange, unchanged: Bool) -> Bool {
        !(change.kinds.count == 1 && change.kinds[0] == .renumbered) && (unchanged || !change.isUnchanged)
    }
}
