/// Writes clauses as records: one JSON object per line (`jsonl`), with the
/// fields of spec/clauses.md plus `doc`, `id`, `section`, `line` and `text`
/// (schema: `schemas/clause.schema.json`).
public enum ClauseRecordWriter {
    public static func writeJSONLines(_ document: PolicyDocument, to out: inout String) {
        for clause in document.clauses {
            writeRecord(clause, document: document.name, to: &out)
            out.append("\n")
        }
    }

    /// One clause record as a JSON object on one line.
    public static func writeRecord(_ clause: Clause, document: String, to out: inout String) {
        let rule = clause.rule
        out.append("{\"doc\":")
        appendJSONString(document, to: &out)
        out.append(",\"id\":")
        appendJSONString(clause.id, to: &out)
        out.append(",\"section\":")
        if let section = clause.section { appendJSONString(section, to: &out) } else { out.append("null") }
        out.append(",\"line\":\(clause.line),\"text\":")
        appendJSONString(clause.text, to: &out)
        out.append(",\"subject\":")
        appendJSONArray(rule.subject.map(\.rawValue), to: &out)
        out.append(",\"modality\":\"\(rule.modality.rawValue)\",\"action\":\"\(rule.action.rawValue)\",\"audience\":")
        appendJSONArray(rule.audience.map(\.rawValue), to: &out)
        out.append(",\"age\":")
        if let age = rule.age {
            out.append("{\"comparator\":\"\(age.comparator.rawValue)\",\"years\":\(age.years),\"appliesTo\":\"\(age.appliesTo.rawValue)\"}")
        } else {
            out.append("null")
        }
        out.append(",\"context\":")
        appendJSONArray(rule.context.map(\.rawValue), to: &out)
        out.append(",\"exceptions\":")
        appendJSONArray(rule.exceptions.map(\.rawValue), to: &out)
        out.append("}")
    }
}
