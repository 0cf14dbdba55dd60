/// Words the diff writers share: labels of changes, history rows and
/// documents, so that text, Markdown and HTML say the same things.
enum DiffDescription {
    /// "A.2 → A.3", "A.2 → A.3 + A.4" (split), "A.1 + A.2 → B.1" (merge),
    /// "A.5" (added or removed).
    static func label(_ change: ClauseChange) -> String {
        var out = ""
        appendLabel(change, to: &out)
        return out
    }

    /// `label(change)` appended to `out`, the ids written in place.
    static func appendLabel(_ change: ClauseChange, to out: inout String) {
        for index in change.old.indices {
            if index > 0 { out.append(" + ") }
            out.append(change.old[index].id)
        }
        if !change.old.isEmpty && !change.new.isEmpty { out.append(" → ") }
        for index in change.new.indices {
            if index > 0 { out.append(" + ") }
            out.append(change.new[index].id)
        }
    }

    /// Section id → heading, for OLD and NEW.
    struct Headings {
        var old: [String: String] = [:]
        var new: [String: String] = [:]

        init(_ diff: PolicyDiff) {
            for section in diff.old.sections { if let heading = section.heading { old[section.id] = heading } }
            for section in diff.new.sections { if let heading = section.heading { new[section.id] = heading } }
        }

        /// The heading of the section the change is in now (where it was, if
        /// removed), or nil.
        func heading(of change: ClauseChange) -> String? {
            if let section = change.new.first?.section { return new[section] }
            if let section = change.old.first?.section { return old[section] }
            return nil
        }
    }

    /// "A.2 → A.3 · Use of social networking by staff": the label and the
    /// heading of the clause's section.
    static func label(_ change: ClauseChange, _ headings: Headings) -> String {
        var out = ""
        appendLabel(change, headings, to: &out)
        return out
    }

    /// `label(change, headings)` appended to `out`.
    static func appendLabel(_ change: ClauseChange, _ headings: Headings, to out: inout String) {
        appendLabel(change, to: &out)
        guard let heading = headings.heading(of: change) else { return }
        out.append(" · ")
        out.append(heading)
    }

    static func kinds(_ change: ClauseChange) -> String {
        var out = ""
        appendKinds(change, to: &out)
        return out
    }

    /// `kinds(change)` appended to `out`.
    static func appendKinds(_ change: ClauseChange, to out: inout String) {
        for index in change.kinds.indices {
            if index > 0 { out.append(", ") }
            out.append(change.kinds[index].rawValue)
        }
    }

    /// "1.9 · September 2025 · Policy reviewed · Stephanie Tillman".
    static func entry(_ entry: HistoryEntry?) -> String {
        guard let entry else { return "none" }
        return ([entry.version] + [entry.date, entry.purpose, entry.lead].compactMap { $0 }).joined(separator: " · ")
    }

    /// The old and new values of a document change, for people.
    static func values(_ change: DocumentChange) -> (old: String, new: String) {
        if change.kind.isHistory { return (entry(change.oldEntry), entry(change.newEntry)) }
        return (change.old.map { "‘\($0)’" } ?? "none", change.new.map { "‘\($0)’" } ?? "none")
    }

    /// One document change on one line: "title-changed: ‘A’ → ‘B’",
    /// "history-added: 2.0 · …".
    static func line(_ change: DocumentChange) -> String {
        let (old, new) = values(change)
        switch change.kind {
        case .historyAdded: return "\(change.kind.rawValue): \(new)"
        case .historyRemoved: return "\(change.kind.rawValue): \(old)"
        default: return "\(change.kind.rawValue): \(old) → \(new)"
        }
    }

    /// "kingsthorpe-village (Social Media Policy, Kingsthorpe Village Primary School)".
    static func document(_ document: PolicyDocument) -> String {
        let about = [document.title, document.school].compactMap { $0 }
        return about.isEmpty ? document.name : "\(document.name) (\(about.joined(separator: ", ")))"
    }

    /// What the extractor did not fully understand in OLD and in NEW, for
    /// the reports' "to read by eye in old: 5 (3 action not recognised, 2
    /// party assumed)" lines.
    static func unread(_ diff: PolicyDiff) -> [(side: String, count: UnreadCount)] {
        [("old", UnreadCount(of: diff.old)), ("new", UnreadCount(of: diff.new))]
    }

    /// The clause text to show for an entry without a redline.
    static func text(_ change: ClauseChange) -> String {
        var out = ""
        appendText(change, to: &out)
        return out
    }

    /// `text(change)` appended to `out`, the clauses read in place.
    static func appendText(_ change: ClauseChange, to out: inout String) {
        let fromNew = !change.new.isEmpty
        let count = fromNew ? change.new.count : change.old.count
        for index in 0..<count {
            if index > 0 { out.append(" ") }
            out.append(fromNew ? change.new[index].text : change.old[index].text)
        }
    }
}
