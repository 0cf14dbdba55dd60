@testable import ConcordKit

/// One change a diff reports, flattened for checking against a revision
/// pair's list of changes: its kinds ("tightened", "prose-edited",
/// "history-added", "renumbered"), its old and new words and lines.
struct ReportedChange: CustomStringConvertible {
    var kinds: [String]
    var oldText: String?
    var newText: String?
    var oldLine: Int?
    var newLine: Int?

    var description: String {
        "\(kinds.joined(separator: ",")) \(oldLine.map(String.init) ?? "-")→\(newLine.map(String.init) ?? "-") ‘\(newText ?? oldText ?? "")’"
    }

    /// Every change of `diff` that is not unchanged: clause changes, heading
    /// and passage changes (each renumbered heading or item its own, kind
    /// `renumbered`), renumbered clauses, title, school, trust and
    /// version-table changes.
    static func all(in diff: PolicyDiff) -> [ReportedChange] {
        var reported: [ReportedChange] = []
        for change in diff.changes where !change.isUnchanged {
            reported.append(ReportedChange(
                kinds: change.kinds.map(\.rawValue),
                oldText: change.old.isEmpty ? nil : change.old.map(\.text).joined(separator: " "),
                newText: change.new.isEmpty ? nil : change.new.map(\.text).joined(separator: " "),
                oldLine: change.old.first?.line, newLine: change.new.first?.line))
        }
        for change in diff.prose where !change.isUnchanged {
            func text(_ pieces: [ProsePiece]) -> String? {
                guard let piece = pieces.first else { return nil }
                if pieces.count > 1 { return pieces.map(\.text).joined(separator: " ") }
                return [piece.number, piece.marker, piece.text].compactMap { $0 }.joined(separator: " ")
            }
            let kinds = change.kinds == [.renumbered] ? ["renumbered"] : change.kinds.map { "prose-" + $0.rawValue }
            reported.append(ReportedChange(kinds: kinds, oldText: text(change.oldPieces), newText: text(change.newPieces),
                                           oldLine: change.old?.line, newLine: change.new?.line))
        }
        for change in diff.changes where change.old.count == 1 && change.new.count == 1 {
            let old = change.old[0], new = change.new[0]
            guard Renumbering.ordinal(old.marker) != Renumbering.ordinal(new.marker) else { continue }
            func text(_ clause: Clause) -> String { (clause.marker.map { $0 + " " } ?? "") + clause.text }
            reported.append(ReportedChange(kinds: ["renumbered"], oldText: text(old), newText: text(new), oldLine: old.line, newLine: new.line))
        }
        for change in diff.document {
            func entry(_ entry: HistoryEntry?) -> String? {
                entry.map { ([$0.version] + [$0.date, $0.purpose, $0.lead].compactMap { $0 }).joined(separator: " ") }
            }
            let isHistory = change.kind.isHistory
            reported.append(ReportedChange(
                kinds: [change.kind.rawValue],
                oldText: isHistory ? entry(change.oldEntry) : change.old,
                newText: isHistory ? entry(change.newEntry) : change.new,
                oldLine: change.oldEntry?.line, newLine: change.newEntry?.line))
        }
        return reported
    }
}
