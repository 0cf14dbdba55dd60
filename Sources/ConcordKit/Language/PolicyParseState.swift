/// The state of a `.policy` parse: the policy built so far, the diagnostics,
/// and which clause a `rule` or `from` line belongs to. Consumes one line at
/// a time; each statement is one line.
struct PolicyParseState {
    let bytes: [UInt8]
    var document: PolicyDocument
    var diagnostics: [Diagnostic] = []
    var sourceMap = PolicySourceMap()
    var comments = PolicyComments()

    /// The line being parsed.
    var lineNumber = 0
    var lineRange = 0..<0
    var pendingComments: [String] = []
    var statements = 0
    var inHistory = false
    /// The clause that `rule`, `from` and `alternative` lines add to: section and item index.
    var openClause: (section: Int, item: Int, clause: Int)?
    var headerLines: [PolicyKeyword: Int] = [:]
    var clauseLines: [String: Int] = [:]
    var sectionLines: [String: Int] = [:]
    /// Where each clause is: section and item index, in clause order.
    var clausePlaces: [(section: Int, item: Int)] = []

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.document = PolicyDocument(name: name)
    }

    mutating func consume(_ range: Range<Int>, number: Int) {
        lineNumber = number
        lineRange = range
        let line = PolicyLexer().lex(bytes[range])
        for problem in line.problems { error(problem.id, problem.message, at: problem.offset) }
        if let comment = line.comment { pendingComments.append(comment) }
        guard let first = line.tokens.first else { return }
        statements += 1
        let tokens = line.tokens[...]
        if first.isWord, let keyword = PolicyKeyword(rawValue: first.text) {
            if keyword != .history { inHistory = false }
            statement(keyword, tokens.dropFirst(), keywordToken: first)
        } else if inHistory, opensHistoryRow(first) {
            parseHistoryRow(tokens)
        } else {
            unknownStatement(first)
        }
    }

    mutating func statement(_ keyword: PolicyKeyword, _ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        if keyword != .rule && keyword != .from && keyword != .alternative { openClause = nil }
        switch keyword {
        case .policy, .school, .trust: parseHeader(keyword, tokens, keywordToken: keywordToken)
        case .history:
            attachComments(to: .history)
            expectEnd(tokens, after: "'history'")
            inHistory = true
        case .term: parseTerm(tokens, keywordToken: keywordToken)
        case .section: parseSection(tokens, keywordToken: keywordToken)
        case .text, .item, .note: parsePassage(keyword, tokens, keywordToken: keywordToken)
        case .clause: parseClause(tokens, keywordToken: keywordToken)
        case .rule: parseRuleLine(tokens, keywordToken: keywordToken)
        case .from: parseProvenance(tokens, keywordToken: keywordToken)
        case .alternative: parseAlternative(tokens, keywordToken: keywordToken)
        }
    }

    /// A line that opens with something other than a keyword.
    mutating func unknownStatement(_ first: PolicyToken) {
        guard first.isWord else {
            error("policy.unknown-statement", "a line opens with a keyword such as 'clause' or 'text', not \(first.display.quotedForMessage)", at: first.start)
            return
        }
        if opensHistoryRow(first) {
            error("policy.history-row", "history row '\(first.text)' is not under a 'history' line", at: first.start)
            return
        }
        if inHistory, Suggestion.closest(to: first.text, among: PolicyKeyword.names) == nil {
            error("policy.bad-history-row", "history row opens with '\(first.text)'; a version that does not start with a digit is quoted, as in '\"\(first.text)\"'", at: first.start)
            return
        }
        error("policy.unknown-keyword", "unknown keyword '\(first.text)'" + Suggestion.clause(for: first.text, among: PolicyKeyword.names), at: first.start)
    }

    mutating func finish(reader: PolicyReader?) {
        attachComments(to: .end)
        if statements == 0 {
            let message = bytes.isEmpty ? "the file is empty" : "the file holds no statements, only comments or blank lines"
            diagnostics.append(Diagnostic(.warning, "policy.empty", message, at: SourceLocation(line: 1, column: 1)))
        }
        fillRules(reader: reader)
    }

    /// `policy`, `school` or `trust` and one value: `policy "Social Media Policy"`.
    mutating func parseHeader(_ keyword: PolicyKeyword, _ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        attachComments(to: .header(keyword))
        guard let value = tokens.first, value.isValue else {
            error("policy.missing-value", "expected a quoted name after '\(keyword.rawValue)'", at: tokens.first?.start ?? keywordToken.end)
            return
        }
        expectEnd(tokens.dropFirst(), after: "the \(keyword.rawValue) name")
        if let earlier = headerLines[keyword] {
            error("policy.duplicate-header", "'\(keyword.rawValue)' is given twice (first on line \(earlier))", at: keywordToken.start)
        }
        headerLines[keyword] = lineNumber
        recordText(value)
        switch keyword {
        case .policy: document.title = value.text
        case .school: document.school = value.text
        default: document.trust = value.text
        }
    }

    /// `term role "means" role { "," role } [ "@" line ]`
    mutating func parseTerm(_ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        attachComments(to: .term(document.definitions.count))
        let (tokens, line) = splitLineMarker(tokens)
        guard let termToken = tokens.first, termToken.isWord else {
            error("policy.missing-value", "expected a role after 'term', as in 'term staff means staff, volunteers'", at: keywordToken.end)
            return
        }
        guard let term = role(termToken) else { return }
        var rest = tokens.dropFirst()
        guard let means = rest.first, means.isWord, means.text == "means" else {
            error("policy.missing-value", "expected 'means' after 'term \(termToken.text)'", at: rest.first?.start ?? termToken.end)
            return
        }
        rest = rest.dropFirst()
        var meaning: [Role] = []
        for token in rest where !token.isComma {
            if let role = role(token) { meaning.append(role) }
        }
        document.definitions.append(Definition(term: term, meaning: meaning, line: line))
    }

    /// `section id [ heading ] [ "@" line ]`
    mutating func parseSection(_ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        let (tokens, line) = splitLineMarker(tokens)
        guard let idToken = tokens.first, idToken.isValue else {
            error("policy.missing-value", "expected a section id after 'section', as in 'section B \"Staff\"'", at: keywordToken.end)
            return
        }
        var heading: String?
        var rest = tokens.dropFirst()
        if let headingToken = rest.first, headingToken.isValue {
            heading = headingToken.text
            recordText(headingToken)
            rest = rest.dropFirst()
        }
        expectEnd(rest, after: heading == nil ? "the section id" : "the heading")
        if let earlier = sectionLines[idToken.text] {
            warning("policy.duplicate-section", "section id '\(idToken.text)' is used twice (first on line \(earlier))", at: idToken.start)
        }
        sectionLines[idToken.text] = lineNumber
        attachComments(to: .section(document.sections.count))
        document.sections.append(Section(id: idToken.text, heading: heading, line: line))
    }

    /// `( "text" | "item" | "note" ) [ "marker" string ] string [ "@" line ]`
    mutating func parsePassage(_ keyword: PolicyKeyword, _ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        let (marked, line) = splitLineMarker(tokens)
        let (tokens, marker) = splitListMarker(marked)
        guard let value = tokens.first, value.isValue else {
            error("policy.missing-value", "expected the quoted text after '\(keyword.rawValue)'", at: tokens.first?.start ?? keywordToken.end)
            return
        }
        expectEnd(tokens.dropFirst(), after: "the text")
        recordText(value)
        let section = currentSection()
        attachComments(to: .item(section, document.sections[section].items.count))
        document.sections[section].items.append(.passage(Passage(kind: keyword.passageKind ?? .paragraph, text: value.text, line: line ?? 0, marker: marker)))
    }

    /// `clause id [ "marker" string ] string [ "@" line ]`, then its `rule`
    /// and `from` lines.
    mutating func parseClause(_ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        let (tokens, line) = splitLineMarker(tokens)
        guard let idToken = tokens.first, idToken.isValue else {
            error("policy.missing-value", "expected a clause id after 'clause', as in 'clause B.1 \"Staff must …\"'", at: keywordToken.end)
            return
        }
        var text = ""
        let (afterMarker, marker) = splitListMarker(tokens.dropFirst())
        if let value = afterMarker.first, value.isValue {
            text = value.text
            recordText(value)
            expectEnd(afterMarker.dropFirst(), after: "the clause text")
        } else {
            error("policy.missing-value", "expected the quoted text of clause '\(idToken.text)'", at: tokens.dropFirst().first?.start ?? idToken.end)
        }
        if let earlier = clauseLines[idToken.text] {
            error("policy.duplicate-clause", "duplicate clause id '\(idToken.text)' (first on line \(earlier))", at: idToken.start)
        } else {
            clauseLines[idToken.text] = lineNumber
        }
        let section = currentSection()
        let item = document.sections[section].items.count
        let clause = Clause(id: idToken.text, text: text, line: line ?? 0, section: document.sections[section].id,
                            rule: Rule(subject: [], modality: .must, action: .other), marker: marker)
        attachComments(to: .item(section, item))
        document.sections[section].items.append(.clause(clause))
        openClause = (section, item, sourceMap.clauses.count)
        clausePlaces.append((section, item))
        sourceMap.clauses.append(location(at: keywordToken.start))
        sourceMap.rules.append(nil)
    }

    /// `from document clause-id`: a clause a merged clause was taken from.
    mutating func parseProvenance(_ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        guard let open = openClause else {
            error("policy.orphan-line", "'from' must follow a 'clause' line", at: keywordToken.start)
            return
        }
        attachComments(to: .item(open.section, open.item))
        guard tokens.count >= 2, tokens[tokens.startIndex].isValue, tokens[tokens.startIndex + 1].isValue else {
            error("policy.missing-value", "expected a document and a clause id after 'from', as in 'from todwick 4.2'", at: tokens.first?.start ?? keywordToken.end)
            return
        }
        expectEnd(tokens.dropFirst(2), after: "the clause id")
        let provenance = Provenance(document: tokens[tokens.startIndex].text, clause: tokens[tokens.startIndex + 1].text)
        updateClause(open) { $0.provenance.append(provenance) }
    }

    /// `alternative document clause-id string`: another school's wording of
    /// a merged clause's topic.
    mutating func parseAlternative(_ tokens: ArraySlice<PolicyToken>, keywordToken: PolicyToken) {
        guard let open = openClause else {
            error("policy.orphan-line", "'alternative' must follow a 'clause' line", at: keywordToken.start)
            return
        }
        attachComments(to: .item(open.section, open.item))
        let start = tokens.startIndex
        guard tokens.count >= 3, tokens[start].isValue, tokens[start + 1].isValue, tokens[start + 2].isValue else {
            error("policy.missing-value", "expected a document, a clause id and the quoted text after 'alternative', as in 'alternative todwick 4.2 \"Staff must …\"'", at: tokens.first?.start ?? keywordToken.end)
            return
        }
        recordText(tokens[start + 2])
        expectEnd(tokens.dropFirst(3), after: "the alternative's text")
        let alternative = Alternative(document: tokens[start].text, clause: tokens[start + 1].text, text: tokens[start + 2].text)
        updateClause(open) { $0.alternatives.append(alternative) }
    }

    /// The section items go into; one with id `s0` and no heading is opened
    /// for items written before any `section` line.
    mutating func currentSection() -> Int {
        if document.sections.isEmpty {
            document.sections.append(Section(id: "s0", heading: nil, line: nil))
            sectionLines["s0"] = lineNumber
        }
        return document.sections.count - 1
    }

    mutating func updateClause(_ place: (section: Int, item: Int, clause: Int), _ change: (inout Clause) -> Void) {
        guard case .clause(var clause) = document.sections[place.section].items[place.item] else { return }
        change(&clause)
        document.sections[place.section].items[place.item] = .clause(clause)
    }

    mutating func attachComments(to anchor: PolicyComments.Anchor) {
        guard !pendingComments.isEmpty else { return }
        comments[anchor] += pendingComments
        pendingComments = []
    }
}
