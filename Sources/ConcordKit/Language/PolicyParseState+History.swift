/// History rows: the lines under `history`.
extension PolicyParseState {
    /// `row = version [ date [ purpose [ lead ] ] ] [ "@" line ]`, each field
    /// a word or a quoted string, `-` for none.
    mutating func parseHistoryRow(_ tokens: ArraySlice<PolicyToken>) {
        let (fields, line) = splitLineMarker(tokens)
        if let bad = fields.first(where: { !$0.isValue }) {
            error("policy.bad-history-row", "history row has \(bad.display.quotedForMessage) where a field should be; fields are separated by spaces and text with spaces is quoted", at: bad.start)
            return
        }
        guard fields.count <= 4 else {
            let extra = fields[fields.startIndex + 4]
            error("policy.bad-history-row", "history row has more than four fields (version, date, purpose, lead) at \(extra.display.quotedForMessage); text with spaces is quoted", at: extra.start)
            return
        }
        func field(_ index: Int) -> String? {
            guard index < fields.count else { return nil }
            let token = fields[fields.startIndex + index]
            if token.isWord && token.text == "-" { return nil }
            recordText(token)
            return token.text
        }
        attachComments(to: .historyEntry(document.history.count))
        sourceMap.history.append(location(at: fields.first?.start ?? 0))
        document.history.append(HistoryEntry(version: field(0) ?? "", date: field(1), purpose: field(2), lead: field(3), line: line))
    }
}
