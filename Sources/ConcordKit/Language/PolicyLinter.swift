/// Checks a policy for what is legal but probably wrong: a clause whose
/// prose says something other than its rule, a history that is missing or
/// out of order, a placeholder no one fills in.
public struct PolicyLinter: Sendable {
    public var reader: PolicyReader
    /// Placeholder names that are known; others are warned about.
    public var placeholders: [String]

    public init(reader: PolicyReader = PolicyReader(), placeholders: [String] = Placeholder.knownNames) {
        self.reader = reader
        self.placeholders = placeholders
    }

    public func lint(_ document: PolicyDocument, sourceMap: PolicySourceMap) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        lintHistory(document, sourceMap: sourceMap, into: &diagnostics)
        lintRules(document, sourceMap: sourceMap, into: &diagnostics)
        lintPlaceholders(sourceMap, into: &diagnostics)
        return diagnostics
    }

    /// Versions must increase down the table and dates must not go back.
    func lintHistory(_ document: PolicyDocument, sourceMap: PolicySourceMap, into diagnostics: inout [Diagnostic]) {
        let start = SourceLocation(line: 1, column: 1)
        if document.history.isEmpty {
            diagnostics.append(Diagnostic(.warning, "policy.no-history", "the policy has no history; add a 'history' block with its versions", at: start))
            return
        }
        var seen: [String: Int] = [:]
        var previousVersion: (VersionNumber, String)?
        var previousDate: (HistoryDate, String)?
        for (index, entry) in document.history.enumerated() {
            let location = index < sourceMap.history.count ? sourceMap.history[index] : start
            if !entry.version.isEmpty {
                if let first = seen[entry.version] {
                    let firstLine = first < sourceMap.history.count ? sourceMap.history[first].line : 0
                    diagnostics.append(Diagnostic(.warning, "policy.repeated-version", "version '\(entry.version)' is repeated (first on line \(firstLine))", at: location))
                } else if let version = VersionNumber(entry.version) {
                    if let previous = previousVersion, version < previous.0 {
                        diagnostics.append(Diagnostic(.warning, "policy.version-order", "version '\(entry.version)' does not increase on '\(previous.1)' above it", at: location))
                    }
                    previousVersion = (version, entry.version)
                }
                seen[entry.version] = seen[entry.version] ?? index
            }
            if let text = entry.date, let date = HistoryDate(text) {
                if let previous = previousDate, date < previous.0 {
                    diagnostics.append(Diagnostic(.warning, "policy.date-order", "date '\(text)' is earlier than '\(previous.1)' above it", at: location))
                }
                previousDate = (date, text)
            }
        }
    }

    /// Re-extracts each clause's prose and compares the modality it states
    /// with the rule's. Prose with no modal of its own (an item that takes
    /// its force from a lead-in) is not compared.
    func lintRules(_ document: PolicyDocument, sourceMap: PolicySourceMap, into diagnostics: inout [Diagnostic]) {
        for (index, clause) in document.clauses.enumerated() {
            let extracted = reader.read(SourceText(name: document.name, text: clause.text)).document.clauses.map(\.rule.modality)
            guard let said = extracted.first, !extracted.contains(clause.rule.modality), ModalWords.states(said, in: clause.text) else { continue }
            let location = (index < sourceMap.rules.count ? sourceMap.rules[index] : nil)
                ?? (index < sourceMap.clauses.count ? sourceMap.clauses[index] : nil)
            diagnostics.append(Diagnostic(
                .warning, "policy.rule-disagrees",
                "clause '\(clause.id)': prose says '\(said.phrase)', rule says '\(clause.rule.modality.rawValue)'",
                at: location))
        }
    }

    func lintPlaceholders(_ sourceMap: PolicySourceMap, into diagnostics: inout [Diagnostic]) {
        let names = placeholders.map { "{{\($0)}}" }
        for text in sourceMap.texts where text.text.utf8.contains(UInt8(ascii: "{")) {
            for placeholder in Placeholder.find(in: text.text) {
                if !placeholder.isClosed {
                    diagnostics.append(Diagnostic(.warning, "policy.unclosed-placeholder", "'{{' opens a placeholder that is not closed with '}}'", at: text.location))
                } else if !placeholders.contains(placeholder.name), !Placeholder.isLocal(placeholder.name) {
                    let written = "{{\(placeholder.name)}}"
                    diagnostics.append(Diagnostic(
                        .warning, "policy.unknown-placeholder",
                        "unknown placeholder '\(written)'" + Suggestion.clause(for: written, among: names),
                        at: text.location, notes: ["known placeholders: " + placeholders.joined(separator: ", ")]))
                }
            }
        }
    }
}
