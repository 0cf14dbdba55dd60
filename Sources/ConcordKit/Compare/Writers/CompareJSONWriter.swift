/// Writes a comparison as JSON (schema: `schemas/compare.schema.json`): the
/// documents with their summaries and the extractor's notes counted, then
/// one object per topic with its cells keyed by document name (null where
/// the school says nothing).
public enum CompareJSONWriter {
    public static func write(_ matrix: ComparisonMatrix, to out: inout String) {
        let names = matrix.documents.map(\.name)
        let root = JSONNode.object([
            ("baseline", matrix.baseline.map { .string(names[$0]) } ?? .null),
            ("documents", .array(matrix.documents.map(document))),
            ("topics", .array(matrix.rows.map { topic($0, names: names) })),
        ])
        root.write(to: &out)
        out.append("\n")
    }

    static func document(_ document: ComparedDocument) -> JSONNode {
        let summary = document.summary
        return .object([
            ("name", .string(document.name)),
            ("school", document.school.map(JSONNode.string) ?? .null),
            ("title", document.title.map(JSONNode.string) ?? .null),
            ("coverage", .number(summary.coverage)),
            ("addressed", .int(summary.addressed)),
            ("conflicts", .int(summary.conflicts)),
            ("strictest", .int(summary.strictest)),
            ("loosest", .int(summary.loosest)),
            ("uncompared", .int(document.uncompared)),
            ("unread", unread(document.unread)),
        ])
    }

    /// `{"total": 7, "no-clause": 0, "unknown-action": 3, …}`: every reason,
    /// zero or not.
    static func unread(_ count: UnreadCount) -> JSONNode {
        .object([("total", .int(count.total))] + UnreadNote.Reason.allCases.map { ($0.rawValue, .int(count[$0])) })
    }

    static func topic(_ row: TopicRow, names: [String]) -> JSONNode {
        var strictest = position(row.strictest)
        strictest.append(("documents", .strings(row.strictestHolders.map { names[$0] })))
        let cells = row.cells.enumerated().map { index, cell in
            (names[index], cell.map { self.cell($0) } ?? .null)
        }
        return .object([
            ("id", .string(row.key.id)),
            ("label", .string(row.label)),
            ("subjectClass", .string(row.key.subjectClass.rawValue)),
            ("action", .string(row.key.action.rawValue)),
            ("audienceGroup", row.key.audience.map { .string($0.rawValue) } ?? .null),
            ("audience", .strings(row.audience.map(\.rawValue))),
            ("status", .string(row.status.rawValue)),
            ("findings", .strings(row.findings.map(\.rawValue))),
            ("strictest", .object(strictest)),
            ("loosest", .strings(row.loosestHolders.map { names[$0] })),
            ("conflicting", .strings(row.conflicting.map { names[$0] })),
            ("conflicts", .array(ConflictSides.ordered(row.conflicts).map { side($0, names: names) })),
            ("silent", .strings(row.cells.indices.filter { row.cells[$0] == nil }.map { names[$0] })),
            ("cells", .object(cells)),
        ])
    }

    static func side(_ side: ConflictEvidence, names: [String]) -> JSONNode {
        .object(
            [("document", .string(names[side.document])), ("forbids", .bool(side.forbids))] + position(side.position)
                + [("clause", clause(side.clause)), ("against", .strings(side.against.map { names[$0] }))])
    }

    static func cell(_ cell: Cell) -> JSONNode {
        var members = position(cell.position)
        members.append(("clauses", .array(cell.clauses.map(clause))))
        return .object(members)
    }

    static func position(_ position: Position) -> [(String, JSONNode)] {
        [
            ("modality", .string(position.modality.rawValue)),
            ("age", position.age.map(age) ?? .null),
            ("context", .strings(position.context.map(\.rawValue))),
            ("exceptions", .strings(position.exceptions.map(\.rawValue))),
        ]
    }

    static func age(_ age: AgeThreshold) -> JSONNode {
        .object([
            ("comparator", .string(age.comparator.rawValue)),
            ("years", .int(age.years)),
            ("appliesTo", .string(age.appliesTo.rawValue)),
        ])
    }

    static func clause(_ clause: Clause) -> JSONNode {
        .object([
            ("id", .string(clause.id)),
            ("line", .int(clause.line)),
            ("section", clause.section.map(JSONNode.string) ?? .null),
            ("modality", .string(clause.rule.modality.rawValue)),
            ("subject", .strings(clause.rule.subject.map(\.rawValue))),
            ("text", .string(clause.text)),
        ])
    }
}
