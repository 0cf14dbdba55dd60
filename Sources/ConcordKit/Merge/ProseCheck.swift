/// Whether prose states a rule on its own, out of the document it came
/// from: read alone, it must give a clause with the rule's modality and
/// action, binding a party of the same class as the rule's (so a list item that took its force from a lead-in, or a
/// fragment of a sentence, does not; nor does text that starts in lower
/// case, the rest of a split sentence), and `concord check` must find no
/// disagreement between it and the rule (`policy.rule-disagrees`).
struct ProseCheck {
    var reader: PolicyReader

    func states(_ rule: Rule, in text: String) -> Bool {
        // A part of a split sentence ("and must not …") is not a statement.
        if let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { return false }
        let read = reader.read(SourceText(name: "check", text: Self.named(text))).document.clauses.map(\.rule)
        let classes = Set(rule.subject.map(SubjectClass.init(subject:)))
        guard read.contains(where: { found in
            found.modality == rule.modality && found.action == rule.action
                && (classes.isEmpty || !classes.isDisjoint(with: found.subject.map(SubjectClass.init(subject:))))
        }) else { return false }
        return agrees(text, with: rule)
    }

    /// Where a clause is placed in a policy: under which heading, after
    /// which passages of its section and which lead-in, in a policy of
    /// which title.
    struct Placement {
        var title: String?
        var heading: String
        var passages: [Passage] = []
        var leadIn: String?
    }

    /// The rules the extractor reads from `text` on each topic of `rule`,
    /// written as a clause where `placement` says, laid out as `render`
    /// lays it out (placeholders as plain names) and read again: what the
    /// heading, the passages and the lead-in give the sentence (a setting,
    /// a party) as well as what it says itself.
    func readings(of rule: Rule, text: String, at placement: Placement) -> [TopicKey: [Rule]] {
        var items = placement.passages.map { Section.Item.passage($0) }
        if let leadIn = placement.leadIn { items.append(.passage(Passage(kind: .paragraph, text: leadIn, line: 0))) }
        items.append(.clause(Clause(id: "1.1", text: text, line: 0, section: "1", rule: rule)))
        let document = PolicyDocument(
            name: "check", title: placement.title, sections: [Section(id: "1", heading: placement.heading, line: nil, items: items)])
        let rendered = Self.named(PolicyRenderer(format: .txt).render(document))
        var result: [TopicKey: [Rule]] = [:]
        for clause in reader.read(SourceText(name: "check", text: rendered)).document.clauses {
            for key in TopicKey.keys(of: clause.rule) { result[key, default: []].append(clause.rule) }
        }
        return result
    }

    /// Whether `readings` give, on every topic of `topics` that text can
    /// tell apart, a position that agrees with the rule's: modality, age,
    /// settings and exceptions.
    static func agree(_ readings: [TopicKey: [Rule]], with rule: Rule, on topics: [TopicKey]) -> Bool {
        topics.allSatisfy { key in
            AmbiguousAudience.isOpen(key) || readings[key, default: []].contains { Position($0, on: key).agrees(with: Position(rule, on: key)) }
        }
    }

    /// What `concord check` says: no `policy.rule-disagrees` for the clause.
    func agrees(_ text: String, with rule: Rule) -> Bool {
        let clause = Clause(id: "1.1", text: text, line: 1, section: "1", rule: rule)
        let document = PolicyDocument(name: "check", sections: [Section(id: "1", heading: nil, line: 1, items: [.clause(clause)])])
        var diagnostics: [Diagnostic] = []
        PolicyLinter(reader: reader).lintRules(document, sourceMap: PolicySourceMap(document: document), into: &diagnostics)
        return diagnostics.isEmpty
    }

    /// The text with each placeholder a plain name, as a school's document
    /// has it ("Staff at {{school}}" reads as "Staff at Ashbury", not as the
    /// school's own duty).
    static func named(_ text: String) -> String {
        let found = Placeholder.find(in: text).filter(\.isClosed)
        guard !found.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        for placeholder in found {
            out += bytes[index..<placeholder.offset]
            out += Array("Ashbury".utf8)
            var end = placeholder.offset + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            index = min(end + 2, bytes.count)
        }
        out += bytes[index...]
        return String(decoding: out, as: UTF8.self)
    }
}
