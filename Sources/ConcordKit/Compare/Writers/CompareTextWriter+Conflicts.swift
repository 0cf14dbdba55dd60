extension CompareTextWriter {
    /// The conflicts with the sentences behind them, topic by topic: each
    /// conflicting school's letter, its position in words, where it says it
    /// and the sentence, the forbidding side first, so that a reader can
    /// check each conflict in seconds.
    func writeConflicts(_ matrix: ComparisonMatrix, to out: inout String) {
        let rows = matrix.rows.filter { !$0.conflicts.isEmpty }
        guard !rows.isEmpty else { return }
        let letterWidth = CellNotation.letter(max(matrix.documents.count - 1, 0)).count
        let indent = String(repeating: " ", count: 2 + letterWidth + 2)
        out.append("\nconflicts, with the sentences behind them\n")
        for row in rows {
            out.append("\n" + row.label + "\n")
            for side in ConflictSides.ordered(row.conflicts) {
                let letter = CellNotation.letter(side.document)
                let where_ = "\(matrix.documents[side.document].name), line \(side.clause.line)"
                out.append("  " + letter + String(repeating: " ", count: letterWidth - letter.count + 2))
                out.append(CellNotation.symbol(side.position.modality) + " " + CellNotation.words(side.position) + " — " + where_ + "\n")
                for line in wrap("“" + side.clause.text + "”", width: max(width - indent.count, 20)) {
                    out.append(indent + line + "\n")
                }
            }
        }
    }
}

/// The order every writer lists a conflict's sides in: those that forbid
/// first, then those that require or permit, each in document order.
enum ConflictSides {
    static func ordered(_ sides: [ConflictEvidence]) -> [ConflictEvidence] {
        sides.filter(\.forbids) + sides.filter { !$0.forbids }
    }
}
