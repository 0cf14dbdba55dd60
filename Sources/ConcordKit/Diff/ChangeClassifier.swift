/// Gives a group of paired clauses its change kinds, notes and redline.
///
/// - A pair with equal rules and equal words (white space and a leading
///   list number aside) is `unchanged`, or only `moved` if its section
///   changed.
/// - Rule differences give `tightened` / `loosened` / `reversed`,
///   `threshold-changed` and `scope-changed` (see `RuleComparison`).
/// - Other words with the same rule is `reworded`; other words with a
///   changed rule is not also `reworded` (the words changed because the rule
///   did: one change, reported once). A redline is attached whenever the
///   words differ.
/// - A split or merge carries `split` / `merged` and the rule kinds of each
///   of its parts, once each.
struct ChangeClassifier {
    /// OLD section id → NEW section id (`SectionMatcher`).
    var sections: [String: String]
    var oldSections: [Section]
    var newSections: [Section]
    /// Section id → heading (the first section with the id), to name the
    /// sections of a move without searching them.
    private var oldHeadings: [String: String?]
    private var newHeadings: [String: String?]

    init(sections: [String: String], oldSections: [Section], newSections: [Section]) {
        self.sections = sections
        self.oldSections = oldSections
        self.newSections = newSections
        oldHeadings = Dictionary(oldSections.map { ($0.id, $0.heading) }, uniquingKeysWith: { first, _ in first })
        newHeadings = Dictionary(newSections.map { ($0.id, $0.heading) }, uniquingKeysWith: { first, _ in first })
    }

    /// The change of a group; `sameWords` tells whether their words are
    /// equal, white space and leading list numbers aside (equal keys).
    func change(old: [Clause], new: [Clause], sameWords same: Bool) -> ClauseChange {
        if old.isEmpty { return ClauseChange(kinds: [.added], old: [], new: new) }
        if new.isEmpty { return ClauseChange(kinds: [.removed], old: old, new: []) }
        var kinds: [ChangeKind] = []
        var notes: [String] = []
        if old.count > 1 { kinds.append(.merged) }
        if new.count > 1 { kinds.append(.split) }
        for comparison in Self.comparisons(old: old, new: new) {
            kinds += comparison.kinds
            for note in comparison.notes where !notes.contains(note) { notes.append(note) }
        }
        // The words are only split out for a redline.
        let redline = same ? Redline() : Redline.between(
            words: old.flatMap { WordScanner.wordsWithoutMarker($0.text) }, new.flatMap { WordScanner.wordsWithoutMarker($0.text) })
        if !redline.isEmpty, !kinds.contains(.thresholdChanged), Self.changesNumber(redline) {
            kinds.append(.thresholdChanged)
            notes.append("number: " + Self.numberNote(redline))
        }
        if kinds.isEmpty && !redline.isEmpty { kinds.append(.reworded) }
        return finish(kinds, old: old, new: new, redline: redline, notes: notes)
    }

    private func finish(_ kinds: [ChangeKind], old: [Clause], new: [Clause], redline: Redline, notes: [String]) -> ClauseChange {
        var kinds = kinds, notes = notes
        if let move = moveNote(old: old, new: new) {
            kinds.append(.moved)
            notes.append(move)
        }
        if kinds.isEmpty { kinds.append(.unchanged) }
        return ClauseChange(kinds: kinds, old: old, new: new, redline: redline, notes: notes)
    }

    /// A number in the words was replaced by another ("16" → "18") while
    /// the extracted rule kept its age: still a changed threshold (an age
    /// the extractor missed, a number of days). Only words that are numbers
    /// ("16", "18)."), not words holding digits ("alert(1)").
    static func changesNumber(_ redline: Redline) -> Bool {
        let segments = redline.segments
        return segments.indices.dropLast().contains { index in
            segments[index].operation == .delete && segments[index + 1].operation == .insert
                && !numbers(in: segments[index].text).isEmpty && !numbers(in: segments[index + 1].text).isEmpty
        }
    }

    /// "16 → 18".
    static func numberNote(_ redline: Redline) -> String {
        let numbers = { (operation: Redline.Operation) in
            redline.segments.filter { $0.operation == operation }.flatMap { Self.numbers(in: $0.text) }.joined(separator: ", ")
        }
        return "\(numbers(.delete)) → \(numbers(.insert))"
    }

    /// The words that are numbers once punctuation is dropped, years
    /// (1900–2199: "GDPR (2018)") aside.
    static func numbers(in text: String) -> [String] {
        WordScanner.words(text).compactMap { word in
            let bytes = word.utf8.filter { $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
            guard !bytes.isEmpty, bytes.count <= 6, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let number = String(decoding: bytes, as: UTF8.self)
            if bytes.count == 4, let year = Int(number), (1900...2199).contains(year) { return nil }
            return number
        }
    }

    /// The rules to compare. A pair is one comparison. In a split (merge)
    /// the whole is compared with each part, but for subjects, audience,
    /// context and exceptions with what all the parts say together: a clause
    /// about "pupils and parents" split into one about pupils and one about
    /// parents keeps its scope. Likewise the action: when one part keeps the
    /// whole's action, the others taking the rest of it is no change.
    static func comparisons(old: [Clause], new: [Clause]) -> [RuleComparison] {
        guard old.count == 1 || new.count == 1 else { return [] }
        let splitting = old.count == 1
        let whole = splitting ? old[0].rule : new[0].rule
        let parts = (splitting ? new : old).map(\.rule)
        let together = parts.count > 1 ? union(parts) : nil
        return parts.map { part in
            var part = part
            if let together {
                if parts.contains(where: { $0.action == whole.action }) { part.action = whole.action }
                part.subject = together.subject
                part.audience = together.audience
                part.context = together.context
                part.exceptions = together.exceptions
            }
            return splitting ? RuleComparison(old: whole, new: part) : RuleComparison(old: part, new: whole)
        }
    }

    private static func union(_ rules: [Rule]) -> Rule {
        var rule = rules[0]
        rule.subject = rules.flatMap(\.subject)
        rule.audience = rules.flatMap(\.audience)
        rule.context = rules.flatMap(\.context)
        rule.exceptions = rules.flatMap(\.exceptions)
        return rule
    }

    /// "section 'A Staff' → 'C Parents'" when a clause left its section.
    private func moveNote(old: [Clause], new: [Clause]) -> String? {
        let source: String, target: String, stayed: Bool
        if old.count == 1, new.count == 1 {
            // A pair, most changes: one lookup, no arrays of section ids.
            guard let from = old[0].section, let to = new[0].section else { return nil }
            (source, target, stayed) = (from, to, sections[from] == to)
        } else {
            let from = old.compactMap(\.section), to = new.compactMap(\.section)
            guard let first = from.first, let last = to.first else { return nil }
            (source, target) = (first, last)
            stayed = from.contains { sections[$0] != nil && to.contains(sections[$0]!) }
        }
        guard !stayed else { return nil }
        // Appended piece by piece: most clauses of a reordered document
        // carry this note, and interpolating it cost more than the rest.
        let from = Self.name(source, in: oldHeadings), to = Self.name(target, in: newHeadings)
        var note = ""
        note.reserveCapacity(from.utf8.count + to.utf8.count + 19)
        note.append("section '")
        note.append(from)
        note.append("' → '")
        note.append(to)
        note.append("'")
        return note
    }

    /// The section's heading, or its id when it has none.
    private static func name(_ id: String, in headings: [String: String?]) -> String {
        guard let found = headings[id], let heading = found else { return id }
        return heading
    }
}
