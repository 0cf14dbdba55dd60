extension MergeContext {
    /// Puts each draft in the section most of its sources use (the
    /// exemplar's breaking ties), orders sections by their mean relative
    /// place in the sources that have them and clauses by theirs, numbers
    /// them (`1`, `1.1`, …) and writes each clause's comment.
    func layout(_ drafts: [ClauseDraft]) -> ([Section], PolicyComments, [MergedClause]) {
        var bySection: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() {
            bySection[Self.winner(draft.sectionVotes, tieBreak: draft.exemplarSection), default: []].append(index)
        }
        let place = Dictionary(uniqueKeysWithValues: bySection.keys.map { ($0, sectionPlace($0)) })
        let keys = bySection.keys.sorted { a, b in
            place[a]! != place[b]! ? place[a]! < place[b]! : a < b
        }
        var sections: [Section] = []
        var comments = PolicyComments()
        var merged: [MergedClause] = []
        for (sectionIndex, key) in keys.enumerated() {
            let id = String(sectionIndex + 1)
            let members = bySection[key]!.sorted { (drafts[$0].place, $0) < (drafts[$1].place, $1) }
            var items: [Section.Item] = []
            for (itemIndex, member) in members.enumerated() {
                let draft = drafts[member]
                let clause = Clause(
                    id: "\(id).\(itemIndex + 1)", text: draft.text, line: 0, section: id, rule: draft.rule,
                    provenance: draft.provenance)
                items.append(.clause(clause))
                comments[.item(sectionIndex, itemIndex)] = [Self.comment(for: draft)]
                merged.append(MergedClause(clause: clause, topics: draft.topics, proseSource: draft.proseSource))
            }
            sections.append(Section(id: id, heading: heading(of: key), line: nil, items: items))
        }
        return (sections, comments, merged)
    }

    /// " topic staff/befriend/ex-pupils; covered by 3 of 5 schools; prose
    /// written from the rule".
    static func comment(for draft: ClauseDraft) -> String {
        var text = (draft.topics.count == 1 ? " topic " : " topics ") + draft.topics.map(\.id).joined(separator: ", ")
        if draft.coverage < draft.schools { text += "; covered by \(draft.coverage) of \(draft.schools) schools" }
        if draft.proseSource == nil { text += "; prose written from the rule" }
        return text
    }

    /// The most frequent vote; `tieBreak` among the tied if it is one of
    /// them, else the first tied vote cast.
    static func winner(_ votes: [String], tieBreak: String) -> String {
        var counts: [String: Int] = [:]
        for vote in votes { counts[vote, default: 0] += 1 }
        guard let most = counts.values.max() else { return tieBreak }
        if counts[tieBreak] == most { return tieBreak }
        return votes.first { counts[$0] == most }!
    }

    /// The mean relative place (0...1) of the section with `key` among the
    /// sections of the documents that have it.
    func sectionPlace(_ key: String) -> Double {
        guard let places = sectionPlaces[key], !places.isEmpty else { return 1 }
        return places.reduce(0, +) / Double(places.count)
    }

    /// The heading most sources write for the section with `key`.
    func heading(of key: String) -> String? {
        PolicyMerger.mostCommon(sectionHeadings[key] ?? [])
    }
}
