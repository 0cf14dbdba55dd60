/// Compares two versions of a policy: pairs their clauses by what they say
/// (`ClausePairer`), matches their sections (`SectionMatcher`), classifies
/// each pair or leftover (`ChangeClassifier`) and compares title, school,
/// trust and version history (`HistoryDiffer`), and pairs and compares the
/// headings and passages (`ProseDiffer`).
public struct PolicyDiffer: Sendable {
    public init() {}

    public func diff(_ old: PolicyDocument, _ new: PolicyDocument) -> PolicyDiff {
        var oldClauses = old.clauses, newClauses = new.clauses
        let (groups, oldKeys, newKeys) = ClausePairer().pair(oldClauses, newClauses)
        // The sections of the paired clauses, all the section matcher reads
        // of them: pairs of whole clauses were copied through the runtime's
        // generic tuple copy, every string and array of both retained.
        var sectionPairs: [(old: String?, new: String?)] = []
        for group in groups {
            for o in group.old {
                for n in group.new { sectionPairs.append((oldClauses[o].section, newClauses[n].section)) }
            }
        }
        let sections = SectionMatcher().match(old, new, pairs: sectionPairs)
        let classifier = ChangeClassifier(sections: sections, oldSections: old.sections, newSections: new.sections)
        let ordered = Self.order(groups, oldCount: oldClauses.count)
        // The changes copy their clauses from the documents: the gathered
        // copies are let go first, so that they and the changes are never
        // held together (the diff's peak memory was there).
        oldClauses = []
        newClauses = []
        let oldPlaces = Self.places(old), newPlaces = Self.places(new)
        let changes = ordered.map { group in
            classifier.change(
                old: group.old.map { Self.clause(old, oldPlaces[$0]) }, new: group.new.map { Self.clause(new, newPlaces[$0]) },
                sameWords: Self.sameWords(group, oldKeys, newKeys))
        }
        let prose = ProseDiffer().diff(old, new, sections: sections)
        return PolicyDiff(old: old, new: new, document: Self.documentChanges(old, new), changes: changes, prose: prose)
    }

    /// Where each clause of `document.clauses` is: its section's index and
    /// its index among the section's items.
    static func places(_ document: PolicyDocument) -> [(section: Int32, item: Int32)] {
        var places: [(section: Int32, item: Int32)] = []
        for (section, part) in document.sections.enumerated() {
            for (item, content) in part.items.enumerated() {
                if case .clause = content { places.append((Int32(section), Int32(item))) }
            }
        }
        return places
    }

    /// The clause at a place `places` found.
    static func clause(_ document: PolicyDocument, _ place: (section: Int32, item: Int32)) -> Clause {
        guard case .clause(let clause) = document.sections[Int(place.section)].items[Int(place.item)] else {
            preconditionFailure("a place found by places(_:) holds a clause")
        }
        return clause
    }

    /// Whether a group's OLD and NEW clauses say the same words: a pair
    /// (most groups) by its keys' ids, a split or merge by its keys joined.
    /// An added or removed clause is neither (the classifier does not ask).
    static func sameWords(_ group: ClauseGroup, _ oldKeys: [ClauseKey], _ newKeys: [ClauseKey]) -> Bool {
        if group.old.isEmpty || group.new.isEmpty { return false }
        if group.old.count == 1, group.new.count == 1 { return oldKeys[group.old[0]].id == newKeys[group.new[0]].id }
        return key(group.old.map { oldKeys[$0].text }) == key(group.new.map { newKeys[$0].text })
    }

    /// The key of a group's clauses: their keys, the empty ones left out,
    /// joined by single spaces. Equal keys are equal words.
    static func key(_ keys: [String]) -> String {
        keys.count == 1 ? keys[0] : keys.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// NEW document order; a removed clause comes right after the clause
    /// that preceded it in OLD (where it used to be).
    static func order(_ groups: [ClauseGroup], oldCount: Int) -> [ClauseGroup] {
        var newPlace = [Int?](repeating: nil, count: oldCount)
        for group in groups {
            guard let first = group.new.first else { continue }
            for index in group.old { newPlace[index] = first }
        }
        var anchor = [Int](repeating: -1, count: oldCount)
        var last = -1
        for index in 0..<oldCount {
            anchor[index] = last
            if let place = newPlace[index] { last = place }
        }
        func key(_ group: ClauseGroup) -> (Int, Int, Int) {
            if let first = group.new.first { return (first, 0, group.old.first ?? -1) }
            let index = group.old.first ?? 0
            return (anchor[index], 1, index)
        }
        return groups.sorted { key($0) < key($1) }
    }

    static func documentChanges(_ old: PolicyDocument, _ new: PolicyDocument) -> [DocumentChange] {
        var changes: [DocumentChange] = []
        if old.title != new.title { changes.append(DocumentChange(kind: .titleChanged, old: old.title, new: new.title)) }
        if old.school != new.school { changes.append(DocumentChange(kind: .schoolChanged, old: old.school, new: new.school)) }
        if old.trust != new.trust { changes.append(DocumentChange(kind: .trustChanged, old: old.trust, new: new.trust)) }
        return changes + HistoryDiffer().diff(old.history, new.history)
    }
}
