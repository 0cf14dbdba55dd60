/// Words the diff writers share about headings and passages: labels, kinds
/// and the one renumbering line, so that text, Markdown and HTML say the
/// same things.
enum ProseDescription {
    /// "heading 4 → 5", "paragraph · line 14 → 15", "note · line 8".
    static func label(_ change: ProseChange) -> String {
        let piece = change.new ?? change.old!
        if piece.kind == .heading {
            let numbers = [change.old?.number, change.new?.number].compactMap { $0 }
            let unique = numbers.count == 2 && numbers[0] == numbers[1] ? [numbers[0]] : numbers
            return unique.isEmpty ? "heading" : "heading " + unique.joined(separator: " → ")
        }
        let old = change.oldPieces.first?.line ?? 0, new = change.newPieces.first?.line ?? 0
        switch (old > 0, new > 0) {
        case (true, true): return "\(piece.kind.rawValue) · line \(old) → \(new)"
        case (true, false): return "\(piece.kind.rawValue) · line \(old)"
        case (false, true): return "\(piece.kind.rawValue) · line \(new)"
        case (false, false): return piece.kind.rawValue
        }
    }

    static func kinds(_ change: ProseChange) -> String {
        change.kinds.map(\.rawValue).joined(separator: ", ")
    }

    /// The words to show for an entry without a redline, a heading with its
    /// number.
    static func text(_ change: ProseChange) -> String {
        let pieces = change.newPieces.isEmpty ? change.oldPieces : change.newPieces
        if pieces.count == 1, let number = pieces[0].number { return "\(number). \(pieces[0].text)" }
        return pieces.map(\.text).joined(separator: " ")
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
        prose.filter { $0.kinds != [.renumbered] && (unchanged || !$0.isUnchanged) }
    }
}
