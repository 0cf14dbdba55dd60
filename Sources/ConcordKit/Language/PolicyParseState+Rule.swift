/// The `rule` line of a clause.
extension PolicyParseState {
    /// ```
    /// rule      = "rule" [ roles ] modality action [ roles ] { qualifier }
    /// roles     = role-ref { "," role-ref }
    /// role-ref  = role [ age ]
    /// age       = ( "under" | "over" ) years
    /// qualifier = "on" context { "," context }
    ///           | "unless" exception { "," exception }
    ///           | "age" role age
    /// ```
    mutating func parseRuleLine(_ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        guard let open = openClause else {
            error("policy.orphan-line", "'rule' must follow a 'clause' line", at: keywordToken.start)
            return
        }
        attachComments(to: .item(open.section, open.item))
        if sourceMap.rules[open.clause] != nil {
            error("policy.duplicate-rule", "clause has a second 'rule' line", at: keywordToken.start)
            return
        }
        var reader = RuleReader(tokens: Array(tokens), end: keywordToken.end)
        let rule = reader.read()
        for problem in reader.problems { error(problem.id, problem.message, at: problem.offset) }
        sourceMap.rules[open.clause] = location(at: keywordToken.start)
        updateClause(open) { $0.rule = rule }
    }

    /// Gives each clause written without a `rule` line the rule extracted
    /// from its text (the first clause the extractor finds), or `other`.
    mutating func fillRules(reader: PolicyReader?) {
        for (index, place) in clausePlaces.enumerated() where sourceMap.rules[index] == nil {
            guard case .clause(let clause) = document.sections[place.section].items[place.item] else { continue }
            let extracted = reader?.read(SourceText(name: document.name, text: clause.text)).document.clauses.first?.rule
            if let extracted {
                updateClause((place.section, place.item, index)) { $0.rule = extracted }
            } else {
                diagnostics.append(Diagnostic(
                    .warning, "policy.no-rule",
                    "clause '\(clause.id)' has no 'rule' line and no rule could be extracted from its text; its action is 'other'",
                    at: sourceMap.clauses[index]))
            }
        }
    }
}
