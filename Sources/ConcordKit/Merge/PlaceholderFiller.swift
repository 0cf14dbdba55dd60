/// Fills the `{{name}}` placeholders of a policy template in with one
/// school's values. Every text is filled: header, history, headings,
/// clauses and passages. A placeholder with no value is left as it is and
/// reported, so that the caller can list every one missing.
public struct PlaceholderFiller: Sendable {
    public var values: [String: String]

    public init(values: [String: String]) {
        self.values = values
    }

    /// The values a policy itself supplies: `title`, and `version` and
    /// `date` from its last history entry, and `trust` from its header
    /// unless that is itself a placeholder. `given` wins over them.
    public static func values(for document: PolicyDocument, given: [String: String]) -> [String: String] {
        var values: [String: String] = [:]
        if let title = document.title, Placeholder.find(in: title).isEmpty { values["title"] = title }
        if let trust = document.trust, Placeholder.find(in: trust).isEmpty { values["trust"] = trust }
        if let last = document.history.last {
            if !last.version.isEmpty { values["version"] = last.version }
            if let date = last.date { values["date"] = date }
        }
        return values.merging(given) { $1 }
    }

    /// The document filled in, and the names of the placeholders that had
    /// no value, sorted, each once.
    public func fill(_ document: PolicyDocument) -> (document: PolicyDocument, missing: [String]) {
        var missing = Set<String>()
        func fill(_ text: String) -> String { self.fill(text, missing: &missing) }
        var filled = document
        filled.title = document.title.map(fill)
        filled.school = document.school.map(fill)
        filled.trust = document.trust.map(fill)
        filled.history = document.history.map { entry in
            var entry = entry
            entry.date = entry.date.map(fill)
            entry.purpose = entry.purpose.map(fill)
            entry.lead = entry.lead.map(fill)
            return entry
        }
        filled.sections = document.sections.map { section in
            var section = section
            section.heading = section.heading.map(fill)
            section.items = section.items.map { item in
                switch item {
                case .clause(var clause):
                    clause.text = fill(clause.text)
                    return .clause(clause)
                case .passage(var passage):
                    passage.text = fill(passage.text)
                    return .passage(passage)
                }
            }
            return section
        }
        return (filled, missing.sorted())
    }

    /// `text` with each closed placeholder that has a value replaced.
    public func fill(_ text: String, missing: inout Set<String>) -> String {
        let found = Placeholder.find(in: text).filter(\.isClosed)
        guard !found.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        for placeholder in found {
            var end = placeholder.offset + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            end += 2
            out += bytes[index..<placeholder.offset]
            if let value = values[placeholder.name] {
                out += Array(value.utf8)
            } else {
                missing.insert(placeholder.name)
                out += bytes[placeholder.offset..<end]
            }
            index = end
        }
        out += bytes[index...]
        return String(decoding: out, as: UTF8.self)
    }
}
