/// Reporting and the small pieces every statement uses: line markers,
/// trailing tokens, vocabulary look-ups.
extension PolicyParseState {
    /// The location of a UTF-8 offset in the current line; the column counts
    /// characters, as an editor does.
    func location(at offset: Int) -> SourceLocation {
        let end = min(lineRange.lowerBound + max(offset, 0), lineRange.upperBound)
        let prefix = String(decoding: bytes[lineRange.lowerBound..<end], as: UTF8.self)
        return SourceLocation(line: lineNumber, column: prefix.count + 1)
    }

    mutating func error(_ id: String, _ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(.error, id, message, at: location(at: offset)))
    }

    mutating func warning(_ id: String, _ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(.warning, id, message, at: location(at: offset)))
    }

    /// Reports the first token of `tokens`, which should be empty.
    mutating func expectEnd(_ tokens: ArraySlice<PolicyToken>, after what: String) {
        guard let token = tokens.first else { return }
        unexpected(token, after: what)
    }

    mutating func unexpected(_ token: PolicyToken, after what: String) {
        // A bad `@…` marker is reported by the lexer already.
        if token.isWord, token.text.utf8.first == UInt8(ascii: "@") { return }
        var message = "unexpected \(token.display.quotedForMessage) after \(what)"
        if case .lineMarker = token.kind {
            message = "the source line \(token.display.quotedForMessage) goes at the end of the line"
        } else if token.kind == .string || what.hasSuffix("text") || what.hasSuffix("heading") {
            message += "; a quote inside text is written \\\""
        }
        error("policy.unexpected-token", message, at: token.start)
    }

    /// The tokens without a final `@N`, and N.
    mutating func splitLineMarker(_ tokens: ArraySlice<PolicyToken>) -> (ArraySlice<PolicyToken>, Int?) {
        guard let last = tokens.last, case .lineMarker(let line) = last.kind else { return (tokens, nil) }
        return (tokens.dropLast(), line)
    }

    /// The tokens after a leading `"marker" string` that a value follows,
    /// and the string: a list marker kept from the source.
    func splitListMarker(_ tokens: ArraySlice<PolicyToken>) -> (ArraySlice<PolicyToken>, String?) {
        guard let first = tokens.first, first.isWord, first.text == "marker",
              let value = tokens.dropFirst().first, value.isValue,
              tokens.dropFirst(2).first?.isValue == true else { return (tokens, nil) }
        return (tokens.dropFirst(2), value.text)
    }

    mutating func recordText(_ token: PolicyToken) {
        sourceMap.texts.append(PolicySourceMap.Text(text: token.text, location: location(at: token.start)))
    }

    /// A role id, or an error with the closest one.
    mutating func role(_ token: PolicyToken) -> Role? {
        if token.isWord, let role = Role(rawValue: token.text) { return role }
        error("policy.unknown-role", "unknown role \(token.display.quotedForMessage)" + Suggestion.clause(for: token.text, among: Role.allCases.map(\.rawValue)), at: token.start)
        return nil
    }

    /// Whether a token can open a history row: a quoted version, `-` or a
    /// word that starts with a digit.
    func opensHistoryRow(_ token: PolicyToken) -> Bool {
        if token.kind == .string { return true }
        guard token.isWord, let first = token.text.utf8.first else { return false }
        return token.text == "-" || (first >= 48 && first <= 57)
    }
}

extension String {
    /// The text in single quotes for a message, shortened when long.
    var quotedForMessage: String {
        let limit = 60
        guard unicodeScalars.count > limit else { return "'\(self)'" }
        return "'\(String(unicodeScalars.prefix(limit)))…'"
    }
}
