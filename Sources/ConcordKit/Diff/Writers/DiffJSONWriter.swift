/// Writes a diff as JSON following `schemas/diff.schema.json`: the two
/// documents (with the extractor's notes counted), the summary counts,
/// document changes, then one object per clause change on its own line,
/// then one per heading or passage change. Each clause and piece carries
/// its place in its document's reading order (`oldAt`, `newAt`, `at`), so
/// that each version's words can be rebuilt in order. Clauses are
/// the records of `concord extract --format jsonl`
/// (`ClauseRecordWriter.writeRecord`).
public struct DiffJSONWriter: Sendable {
    public var onlyChanges: Bool

    public init(onlyChanges: Bool = false) {
        self.onlyChanges = onlyChanges
    }

    /// Writes the JSON to `output` in pieces of about
    /// `String.drainThreshold` bytes, so that it need not be held whole.
    public func write<Output: TextOutputStream>(_ diff: PolicyDiff, to output: inout Output) {
        var out = ""
        out.append("{\n  \"old\": ")
        writeDocument(diff.old, to: &out)
        out.append(",\n  \"new\": ")
        writeDocument(diff.new, to: &out)
        out.append(",\n  \"same\": \(diff.isSame),\n  \"summary\": {")
        for (index, entry) in diff.summary.counts.enumerated() {
            out.append(index == 0 ? "" : ",")
            out.append("\"\(entry.kind)\":\(entry.count)")
        }
        out.append("},\n  \"document\": [")
        for (index, change) in diff.document.enumerated() {
            out.append(index == 0 ? "\n    " : ",\n    ")
            writeDocumentChange(change, to: &out)
        }
        out.append(diff.document.isEmpty ? "],\n" : "\n  ],\n")
        out.append("  \"changes\": [")
        let changes = diff.changes(onlyChanges: onlyChanges)
        let places = (old: Self.places(diff.old), new: Self.places(diff.new))
        for (index, change) in changes.enumerated() {
            out.append(index == 0 ? "\n    " : ",\n    ")
            writeChange(change, diff: diff, places: places, to: &out)
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        out.append(changes.isEmpty ? "],\n" : "\n  ],\n")
        out.append("  \"prose\": [")
        let prose = diff.prose(onlyChanges: onlyChanges)
        for (index, change) in prose.enumerated() {
            out.append(index == 0 ? "\n    " : ",\n    ")
            writeProseChange(change, to: &out)
            out.drain(into: &output, atLeast: String.drainThreshold)
        }
        out.append(prose.isEmpty ? "],\n" : "\n  ],\n")
        out.append("  \"renumbering\": [")
        for (index, entry) in diff.renumbering.enumerated() {
            out.append(index == 0 ? "\n    {\"old\":" : ",\n    {\"old\":")
            appendOptional(entry.old, to: &out)
            out.append(",\"new\":")
            appendOptional(entry.new, to: &out)
            out.append(",\"text\":")
            appendJSONString(entry.text, to: &out)
            out.append(",\"oldLine\":\(entry.oldLine),\"newLine\":\(entry.newLine)}")
        }
        out.append(diff.renumbering.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        out.drain(into: &output)
    }

    private func writeDocument(_ document: PolicyDocument, to out: inout String) {
        out.append("{\"name\":")
        appendJSONString(document.name, to: &out)
        out.append(",\"title\":")
        appendOptional(document.title, to: &out)
        out.append(",\"school\":")
        appendOptional(document.school, to: &out)
        out.append(",\"trust\":")
        appendOptional(document.trust, to: &out)
        // Counted in place: `document.clauses` would copy every clause.
        var clauses = 0
        for section in document.sections.indices {
            for case .clause in document.sections[section].items { clauses += 1 }
        }
        out.append(",\"clauses\":\(clauses),\"history\":[")
        for (index, entry) in document.history.enumerated() {
            if index > 0 { out.append(",") }
            writeEntry(entry, to: &out)
        }
        out.append("],\"unread\":")
        writeUnread(UnreadCount(of: document), to: &out)
        out.append("}")
    }

    /// `{"total":7,"no-clause":0,"unknown-action":3,…}`: every reason, zero
    /// or not.
    private func writeUnread(_ count: UnreadCount, to out: inout String) {
        out.append("{\"total\":\(count.total)")
        for reason in UnreadNote.Reason.allCases { out.append(",\"\(reason.rawValue)\":\(count[reason])") }
        out.append("}")
    }

    private func writeDocumentChange(_ change: DocumentChange, to out: inout String) {
        out.append("{\"kind\":\"\(change.kind.rawValue)\",\"old\":")
        if change.kind.isHistory {
            if let entry = change.oldEntry { writeEntry(entry, to: &out) } else { out.append("null") }
            out.append(",\"new\":")
            if let entry = change.newEntry { writeEntry(entry, to: &out) } else { out.append("null") }
        } else {
            appendOptional(change.old, to: &out)
            out.append(",\"new\":")
            appendOptional(change.new, to: &out)
        }
        out.append("}")
    }

    private func writeEntry(_ entry: HistoryEntry, to out: inout String) {
        out.append("{\"version\":")
        appendJSONString(entry.version, to: &out)
        out.append(",\"date\":")
        appendOptional(entry.date, to: &out)
        out.append(",\"purpose\":")
        appendOptional(entry.purpose, to: &out)
        out.append(",\"lead\":")
        appendOptional(entry.lead, to: &out)
        out.append("}")
    }

    /// Each clause's place in its document's reading order (`DocumentOrder`),
    /// by clause id.
    /// Only the places are worked out, not the pieces, and the clauses are
    /// read in place.
    static func places(_ document: PolicyDocument) -> [String: Int] {
        var places: [String: Int] = [:]
        DocumentOrder.forEachClausePlace(document) { section, item, place in
            guard case .clause(let clause) = document.sections[section].items[item] else { return }
            places[clause.id] = place
        }
        return places
    }

    private func writeChange(_ change: ClauseChange, diff: PolicyDiff, places: (old: [String: Int], new: [String: Int]), to out: inout String) {
        out.append("{\"kinds\":")
        appendJSONArray(change.kinds.map(\.rawValue), to: &out)
        out.append(",\"oldAt\":[")
        out.append(change.old.map { String(places.old[$0.id] ?? -1) }.joined(separator: ","))
        out.append("],\"newAt\":[")
        out.append(change.new.map { String(places.new[$0.id] ?? -1) }.joined(separator: ","))
        out.append("]")
        if change.old.contains(where: { $0.marker != nil }) || change.new.contains(where: { $0.marker != nil }) {
            out.append(",\"oldMarkers\":")
            appendMarkers(change.old, to: &out)
            out.append(",\"newMarkers\":")
            appendMarkers(change.new, to: &out)
        }
        out.append(",\"old\":")
        writeClause(change.old.first, document: diff.old.name, to: &out)
        out.append(",\"new\":")
        writeClause(change.new.first, document: diff.new.name, to: &out)
        if change.old.count > 1 {
            out.append(",\"oldParts\":")
            writeClauses(change.old, document: diff.old.name, to: &out)
        }
        if change.new.count > 1 {
            out.append(",\"newParts\":")
            writeClauses(change.new, document: diff.new.name, to: &out)
        }
        out.append(",\"notes\":")
        appendJSONArray(change.notes, to: &out)
        writeRedline(change.redline, to: &out)
        out.append("}")
    }

    /// `["4.3", null]`: each clause's list marker.
    private func appendMarkers(_ clauses: [Clause], to out: inout String) {
        out.append("[")
        for (index, clause) in clauses.enumerated() {
            if index > 0 { out.append(",") }
            appendOptional(clause.marker, to: &out)
        }
        out.append("]")
    }

    private func writeRedline(_ redline: Redline, to out: inout String) {
        out.append(",\"redline\":[")
        for (index, segment) in redline.segments.enumerated() {
            if index > 0 { out.append(",") }
            out.append("{\"op\":\"\(segment.operation.rawValue)\",\"text\":")
            appendJSONString(segment.text, to: &out)
            out.append("}")
        }
        out.append("]")
    }

    private func writeProseChange(_ change: ProseChange, to out: inout String) {
        out.append("{\"kinds\":")
        appendJSONArray(change.kinds.map(\.rawValue), to: &out)
        out.append(",\"old\":")
        writePiece(change.old, to: &out)
        out.append(",\"new\":")
        writePiece(change.new, to: &out)
        for (key, pieces) in [("oldParts", change.oldPieces), ("newParts", change.newPieces)] where pieces.count > 1 {
            out.append(",\"\(key)\":[")
            for (index, piece) in pieces.enumerated() {
                if index > 0 { out.append(",") }
                writePiece(piece, to: &out)
            }
            out.append("]")
        }
        writeRedline(change.redline, to: &out)
        out.append("}")
    }

    /// `{"kind":"heading","number":"4","text":"…","section":"4","line":51,"at":60}`,
    /// written through a cursor straight into a string's storage and
    /// appended in one copy: a report holds a few of these for every
    /// heading and passage, and appending each part cost more than the rest
    /// of the report.
    private func writePiece(_ piece: ProsePiece?, to out: inout String) {
        guard let piece else { out.append("null"); return }
        let capacity = 96 + 2 * 20 + UTF8Cursor.maximumJSONSize(of: piece.text) + UTF8Cursor.maximumJSONSize(of: piece.number ?? "")
            + UTF8Cursor.maximumJSONSize(of: piece.section ?? "") + UTF8Cursor.maximumJSONSize(of: piece.marker ?? "")
        out.append(String(unsafeUninitializedCapacity: capacity) { buffer in
            var cursor = UTF8Cursor(buffer)
            cursor.write("{\"kind\":\"")
            switch piece.kind {
            case .heading: cursor.write("heading")
            case .paragraph: cursor.write("paragraph")
            case .item: cursor.write("item")
            case .note: cursor.write("note")
            }
            cursor.write("\",\"number\":")
            if let number = piece.number { cursor.write(jsonString: number) } else { cursor.write("null") }
            cursor.write(",\"text\":")
            cursor.write(jsonString: piece.text)
            cursor.write(",\"section\":")
            if let section = piece.section { cursor.write(jsonString: section) } else { cursor.write("null") }
            cursor.write(",\"line\":")
            cursor.write(decimal: piece.line)
            cursor.write(",\"at\":")
            cursor.write(decimal: piece.order)
            if let marker = piece.marker {
                cursor.write(",\"marker\":")
                cursor.write(jsonString: marker)
            }
            cursor.write("}")
            return cursor.count
        })
    }

    private func writeClause(_ clause: Clause?, document: String, to out: inout String) {
        guard let clause else { out.append("null"); return }
        ClauseRecordWriter.writeRecord(clause, document: document, to: &out)
    }

    private func writeClauses(_ clauses: [Clause], document: String, to out: inout String) {
        out.append("[")
        for (index, clause) in clauses.enumerated() {
            if index > 0 { out.append(",") }
            ClauseRecordWriter.writeRecord(clause, document: document, to: &out)
        }
        out.append("]")
    }

    private func appendOptional(_ text: String?, to out: inout String) {
        if let text { appendJSONString(text, to: &out) } else { out.append("null") }
    }
}
