extension MergeContext {
    /// The merged policy's sections, their comments and clauses, and what
    /// the report says of how they were made.
    struct Layout {
        var sections: [Section] = []
        var comments = PolicyComments()
        var clauses: [MergedClause] = []
        var passageSources: [PassageSource] = []
        var toPlace: [SentenceToPlace] = []
    }

    /// Lays the drafts out by `OutlineSection`, in its order, each section's
    /// clauses in their sources' mean relative place, a lead-in written once
    /// above the clauses that share it; purpose and definitions open with
    /// one school's passages; the sentences the extractor did not
    /// understand close the policy; sections left empty are not written.
    /// Sections are numbered `1`, `2`, … and clauses `1.1`, `1.2`, ….
    func layout(_ drafts: [ClauseDraft], preferred: Int?) -> Layout {
        var result = Layout()
        var passages: [OutlineSection: [Passage]] = [:]
        for kind in [OutlineSection.purpose, .definitions] {
            guard let chosen = passageSource(kind, preferred: preferred) else { continue }
            passages[kind] = chosen.passages
            result.passageSources.append(chosen.source)
        }
        result.toPlace = sentencesToPlace()
        let bySection = Dictionary(grouping: drafts.indices) { drafts[$0].outline }
        for outline in OutlineSection.allCases {
            let id = String(result.sections.count + 1)
            let sectionIndex = result.sections.count
            var items: [Section.Item] = (passages[outline] ?? []).map { .passage($0) }
            var clauseCount = 0
            var lastLeadIn: (document: Int, text: String)?
            let members = Self.ordered(bySection[outline] ?? [], drafts)
            for member in members {
                let draft = drafts[member]
                if let leadIn = draft.leadIn {
                    if lastLeadIn?.document != draft.sourceDocument || lastLeadIn?.text != leadIn {
                        items.append(.passage(Passage(kind: .paragraph, text: leadIn, line: 0)))
                    }
                    lastLeadIn = (draft.sourceDocument, leadIn)
                } else {
                    lastLeadIn = nil
                }
                clauseCount += 1
                let clause = Clause(
                    id: "\(id).\(clauseCount)", text: draft.text, line: 0, section: id, rule: draft.rule,
                    provenance: draft.provenance, alternatives: draft.alternatives)
                result.comments[.item(sectionIndex, items.count)] = Self.comment(for: draft)
                items.append(.clause(clause))
                result.clauses.append(MergedClause(
                    clause: clause, topics: draft.topics, source: draft.source, leadIn: draft.leadIn, edit: draft.edit,
                    review: draft.review))
            }
            if outline == .toPlace {
                for sentence in result.toPlace {
                    result.comments[.item(sectionIndex, items.count)] = [" \(sentence.places): \(sentence.reason)"]
                    items.append(.passage(Passage(kind: .note, text: sentence.text, line: 0)))
                }
            }
            guard !items.isEmpty else { continue }
            result.sections.append(Section(id: id, heading: outline.heading, line: nil, items: items))
        }
        return result
    }

    /// A section's drafts in their sources' mean relative place, those
    /// under a lead-in after those that stand alone (so that none reads as
    /// an item of a lead-in it does not belong to), each lead-in's items
    /// together from the place of its first.
    static func ordered(_ members: [Int], _ drafts: [ClauseDraft]) -> [Int] {
        let byPlace = members.sorted { (drafts[$0].place, $0) < (drafts[$1].place, $1) }
        var alone: [Int] = []
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for member in byPlace {
            guard let leadIn = drafts[member].leadIn else {
                alone.append(member)
                continue
            }
            let key = "\(drafts[member].sourceDocument)#\(leadIn)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(member)
        }
        return alone + order.flatMap { groups[$0]! }
    }

    /// " topic staff/befriend/ex-pupils; covered by 3 of 5 schools; from
    /// milverton 7.2", and a line " review: …" where the author should look.
    static func comment(for draft: ClauseDraft) -> [String] {
        var text = (draft.topics.count == 1 ? " topic " : " topics ") + draft.topics.map(\.id).joined(separator: ", ")
        if draft.coverage < draft.schools { text += "; covered by \(draft.coverage) of \(draft.schools) schools" }
        text += "; words of \(draft.source.document) \(draft.source.clause)"
        guard let review = draft.review else { return [text] }
        return [text, " review: " + review]
    }

    /// The passages of one school's purpose (or definitions) sections, names
    /// made placeholders: the preferred school's where it has some, else the
    /// fullest.
    func passageSource(_ kind: OutlineSection, preferred: Int?) -> (passages: [Passage], source: PassageSource)? {
        var candidates: [(document: Int, passages: [Passage], words: Int)] = []
        for (index, document) in documents.enumerated() {
            var passages: [Passage] = []
            for section in document.sections
            where OutlineSection.passageKind(ofKey: SectionKey.key(section.heading.map(placeholders.apply))) == kind {
                for case .passage(let passage) in section.items {
                    passages.append(Passage(kind: passage.kind, text: placeholders.apply(passage.text), line: 0))
                }
            }
            guard !passages.isEmpty else { continue }
            let words = passages.reduce(0) { $0 + $1.text.split(separator: " ").count }
            candidates.append((index, passages, words))
        }
        guard !candidates.isEmpty else { return nil }
        let reason: String
        var chosen = candidates.max { ($0.words, -$0.document) < ($1.words, -$1.document) }!
        if let preferred, let mine = candidates.first(where: { $0.document == preferred }) {
            chosen = mine
            reason = "the preferred school"
        } else if candidates.count == 1 {
            reason = "the only source that has one"
        } else {
            reason = "the fullest of the \(candidates.count) sources that have one (\(chosen.words) words)"
        }
        return (chosen.passages, PassageSource(section: kind.heading, source: names[chosen.document], reason: reason))
    }

    /// Per source, in line order: the sentences with a sign of a rule that
    /// gave no clause, and the clauses whose action is none of the
    /// vocabulary's (the whole sentence where one is a piece of it); a
    /// sentence an earlier source has too is listed there.
    func sentencesToPlace() -> [SentenceToPlace] {
        var result: [SentenceToPlace] = []
        for (index, document) in documents.enumerated() {
            var found: [SentenceToPlace] = []
            var seen = Set<Int>()
            for note in document.unread where note.reason == .noClause {
                found.append(SentenceToPlace(source: names[index], line: note.line, text: placeholders.apply(note.text), reason: "no rule read in it"))
            }
            for clause in document.clauses where clause.rule.action == .other && seen.insert(clause.line).inserted {
                let sentence = SourceLeadIn.sentence(of: clause, in: document) ?? clause.text
                found.append(SentenceToPlace(source: names[index], line: clause.line, text: placeholders.apply(sentence), reason: "its action is none of the vocabulary's"))
            }
            for sentence in found.sorted(by: { $0.line < $1.line }) {
                if let at = result.firstIndex(where: { $0.text == sentence.text }) {
                    result[at].alsoIn.append(sentence.source + " line \(sentence.line)")
                } else {
                    result.append(sentence)
                }
            }
        }
        return result
    }
}
