/// Writes clauses as records: one JSON object per line (`jsonl`), with the
/// fields of docs/clauses.md plus `doc`, `id`, `section`, `line` and `text`
/// (schema: `schemas/clause.schema.json`). Records are written as UTF-8
/// bytes; the `String` forms make one string of them.
public enum ClauseRecordWriter {
    public static func writeJSONLines(_ document: PolicyDocument, to out: inout String) {
        var bytes: [UInt8] = []
        writeJSONLines(document, to: &bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// The records of a document in UTF-8, each followed by a newline.
    public static func writeJSONLines(_ document: PolicyDocument, to out: inout [UInt8]) {
        // The sections' clauses where they are: `document.clauses` would copy them.
        var size = 0
        for section in document.sections {
            for case .clause(let clause) in section.items { size += typicalSize(of: clause, document: document.name) }
        }
        if out.capacity - out.count < size { out.reserveCapacity(max(out.count + size, 2 * out.capacity)) }
        var scratch: [UInt8] = []
        for section in document.sections {
            for case .clause(let clause) in section.items {
                let capacity = maximumSize(of: clause, document: document.name) + 1
                UTF8Cursor.append(to: &out, capacity: capacity, scratch: &scratch) { cursor in
                    write(clause, document: document.name, to: &cursor)
                    cursor.write(UInt8(ascii: "\n"))
                }
            }
        }
    }

    /// One clause record as a JSON object on one line.
    public static func writeRecord(_ clause: Clause, document: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeRecord(clause, document: document, to: &bytes)
        out.append(String(decoding: bytes, as: UTF8.self))
    }

    /// One clause record as a JSON object on one line, in UTF-8.
    public static func writeRecord(_ clause: Clause, document: String, to out: inout [UInt8]) {
        var scratch: [UInt8] = []
        UTF8Cursor.append(to: &out, capacity: maximumSize(of: clause, document: document), scratch: &scratch) { cursor in
            write(clause, document: document, to: &cursor)
        }
    }

    /// The most bytes the record of `clause` can take: its keys and
    /// punctuation, two integers, its names, and its strings escaped at
    /// worst.
    static func maximumSize(of clause: Clause, document: String) -> Int {
        let rule = clause.rule
        let names = 3 + rule.subject.count + rule.audience.count + rule.context.count + rule.exceptions.count
        return 256 + 2 * 20 + names * (longestName + 1)
            + UTF8Cursor.maximumJSONSize(of: document) + UTF8Cursor.maximumJSONSize(of: clause.id)
            + UTF8Cursor.maximumJSONSize(of: clause.section ?? "") + UTF8Cursor.maximumJSONSize(of: clause.text)
    }

    /// About the bytes the record of `clause` takes when its strings need
    /// no escaping (names take 12 bytes on average), to reserve room for a
    /// document's records at once.
    static func typicalSize(of clause: Clause, document: String) -> Int {
        let rule = clause.rule
        let names = 3 + rule.subject.count + rule.audience.count + rule.context.count + rule.exceptions.count
        return 150 + 12 * names
            + document.utf8.count + clause.id.utf8.count + (clause.section?.utf8.count ?? 0) + clause.text.utf8.count
    }

    static let roles = JSONNameTable<Role>()
    static let modalities = JSONNameTable<Modality>()
    static let actions = JSONNameTable<Action>()
    static let contexts = JSONNameTable<Context>()
    static let exceptions = JSONNameTable<Exception>()
    static let comparators = JSONNameTable<AgeThreshold.Comparator>()

    /// The UTF-8 length of the longest name of the vocabulary, quotes included.
    static let longestName = [
        roles.longest, modalities.longest, actions.longest, contexts.longest, exceptions.longest, comparators.longest,
    ].max() ?? 0
}

private extension ClauseRecordWriter {
    /// The record: `{"doc":…,"id":…,…,"exceptions":[…]}`.
    static func write(_ clause: Clause, document: String, to cursor: inout UTF8Cursor) {
        let rule = clause.rule
        cursor.write("{\"doc\":")
        cursor.write(jsonString: document)
        cursor.write(",\"id\":")
        cursor.write(jsonString: clause.id)
        cursor.write(",\"section\":")
        if let section = clause.section { cursor.write(jsonString: section) } else { cursor.write("null") }
        cursor.write(",\"line\":")
        cursor.write(decimal: clause.line)
        cursor.write(",\"text\":")
        cursor.write(jsonString: clause.text)
        cursor.write(",\"subject\":")
        write(rule.subject, from: roles, to: &cursor)
        cursor.write(",\"modality\":")
        modalities.write(rule.modality, to: &cursor)
        cursor.write(",\"action\":")
        actions.write(rule.action, to: &cursor)
        cursor.write(",\"audience\":")
        write(rule.audience, from: roles, to: &cursor)
        cursor.write(",\"age\":")
        if let age = rule.age {
            cursor.write("{\"comparator\":")
            comparators.write(age.comparator, to: &cursor)
            cursor.write(",\"years\":")
            cursor.write(decimal: age.years)
            cursor.write(",\"appliesTo\":")
            roles.write(age.appliesTo, to: &cursor)
            cursor.write("}")
        } else {
            cursor.write("null")
        }
        cursor.write(",\"context\":")
        write(rule.context, from: contexts, to: &cursor)
        cursor.write(",\"exceptions\":")
        write(rule.exceptions, from: exceptions, to: &cursor)
        cursor.write("}")
    }

    /// A list of names as a JSON array of strings.
    static func write<Name>(_ names: [Name], from table: JSONNameTable<Name>, to cursor: inout UTF8Cursor) {
        cursor.write(UInt8(ascii: "["))
        for (index, name) in names.enumerated() {
            if index > 0 { cursor.write(UInt8(ascii: ",")) }
            table.write(name, to: &cursor)
        }
        cursor.write(UInt8(ascii: "]"))
    }
}
