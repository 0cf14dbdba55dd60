/// Whether prose states a rule on its own, out of the document it came
/// from: read alone, it must give a clause with the rule's modality and
/// action (so a list item that took its force from a lead-in, or a
/// fragment of a sentence, does not; nor does text that starts in lower
/// case, the rest of a split sentence), and `concord check` must find no
/// disagreement between it and the rule (`policy.rule-disagrees`).
struct ProseCheck {
    var reader: PolicyReader

    func states(_ rule: Rule, in text: String) -> Bool {
        // A part of a split sentence ("and must not …") is not a statement.
        if let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") { return false }
        let read = reader.read(SourceText(name: "check", text: text)).document.clauses.map(\.rule)
        guard read.contains(where: { $0.modality == rule.modality && $0.action == rule.action }) else { return false }
        return agrees(text, with: rule)
    }

    /// What `concord check` says: no `policy.rule-disagrees` for the clause.
    func agrees(_ text: String, with rule: Rule) -> Bool {
        let clause = Clause(id: "1.1", text: text, line: 1, section: "1", rule: rule)
        let document = PolicyDocument(name: "check", sections: [Section(id: "1", heading: nil, line: 1, items: [.clause(clause)])])
        var diagnostics: [Diagnostic] = []
        PolicyLinter(reader: reader).lintRules(document, sourceMap: PolicySourceMap(document: document), into: &diagnostics)
        return diagnostics.isEmpty
    }
}
