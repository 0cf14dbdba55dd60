/// Writes a comparison as CSV (RFC 4180), one record per topic and one
/// column per document; a conflict's column holds each side's document,
/// line, position and sentence. A cell reads "must-not; under 16 ex-pupils;
/// personal-account; unless with-approval; B.1 B.4" (empty where the school
/// says nothing).
public enum CompareCSVWriter {
    public static func write(_ matrix: ComparisonMatrix, to out: inout String) {
        let names = matrix.documents.map(\.name)
        ClauseCSVWriter.writeRow(
            ["topic", "label", "subjectClass", "action", "audience", "status", "strictest", "strictestDocuments", "conflicts"] + names,
            to: &out)
        for row in matrix.rows {
            let fields = [
                row.key.id, row.label, row.key.subjectClass.rawValue, row.key.action.rawValue,
                row.audience.map(\.rawValue).joined(separator: ";"), row.status.rawValue,
                describe(row.strictest), row.strictestHolders.map { names[$0] }.joined(separator: ";"),
                ConflictSides.ordered(row.conflicts).map { describe($0, names: names) }.joined(separator: " | "),
            ]
            ClauseCSVWriter.writeRow(fields + row.cells.map { $0.map(describe) ?? "" }, to: &out)
        }
    }

    static func describe(_ position: Position) -> String {
        var parts = [position.modality.rawValue]
        if let age = position.age { parts.append(ClauseCSVWriter.describe(age)) }
        if !position.context.isEmpty { parts.append(position.context.map(\.rawValue).joined(separator: " ")) }
        if !position.exceptions.isEmpty {
            parts.append("unless " + position.exceptions.map(\.rawValue).joined(separator: " "))
        }
        return parts.joined(separator: "; ")
    }

    /// "school-a line 12 must-not: “Staff must not …”": one side of a
    /// conflict with its sentence.
    static func describe(_ side: ConflictEvidence, names: [String]) -> String {
        "\(names[side.document]) line \(side.clause.line) \(describe(side.position)): “\(side.clause.text)”"
    }

    static func describe(_ cell: Cell) -> String {
        describe(cell.position) + "; " + cell.clauses.map(\.id).joined(separator: " ")
    }
}
