/// Writes clauses as CSV (RFC 4180): a header row, then one row per clause;
/// lists are joined with `;`, an age is written as "under 16 ex-pupils".
public enum ClauseCSVWriter {
    public static let header = ["doc", "id", "section", "line", "subject", "modality", "action", "audience", "age", "context", "exceptions", "text"]

    public static func writeHeader(to out: inout String) {
        writeRow(header, to: &out)
    }

    public static func write(_ document: PolicyDocument, to out: inout String) {
        for clause in document.clauses {
            let rule = clause.rule
            writeRow([
                document.name, clause.id, clause.section ?? "", String(clause.line),
                rule.subject.map(\.rawValue).joined(separator: ";"), rule.modality.rawValue, rule.action.rawValue,
                rule.audience.map(\.rawValue).joined(separator: ";"), rule.age.map(describe) ?? "",
                rule.context.map(\.rawValue).joined(separator: ";"), rule.exceptions.map(\.rawValue).joined(separator: ";"),
                clause.text,
            ], to: &out)
        }
    }

    public static func describe(_ age: AgeThreshold) -> String {
        "\(age.comparator.rawValue) \(age.years) \(age.appliesTo.rawValue)"
    }

    /// One record; fields holding a comma, quote or line break are quoted.
    /// A field that a spreadsheet would run as a formula (it starts with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return) starts with a single
    /// quote instead, as OWASP advises against CSV injection.
    public static func writeRow(_ fields: [String], to out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(",") }
            let neutralised = startsLikeAFormula(field)
            if neutralised || field.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
                out.append("\"")
                if neutralised { out.append("'") }
                for character in field.unicodeScalars {
                    if character == "\"" { out.append("\"") }
                    out.unicodeScalars.append(character)
                }
                out.append("\"")
            } else {
                out.append(field)
            }
        }
        out.append("\r\n")
    }

    /// The field opens with a character that makes a spreadsheet read it as
    /// a formula: `=`, `+`, `-`, `@`, tab or carriage return.
    static func startsLikeAFormula(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        return first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
    }
}
