/// The sources of one merge and what it needs to turn topic choices into
/// clause drafts: each source clause's place, the names to replace, the
/// prose check.
struct MergeContext {
    var documents: [PolicyDocument]
    var names: [String]
    var placeholders: NamePlaceholders
    var check: ProseCheck
    /// The merged policy's title, as its clauses are read under it.
    var title: String?
    /// Per document: clause id → relative place in the document, 0...1.
    var places: [[String: Double]] = []

    init(documents: [PolicyDocument], names: [String], placeholders: NamePlaceholders, check: ProseCheck, title: String? = nil) {
        self.documents = documents
        self.names = names
        self.placeholders = placeholders
        self.check = check
        self.title = title
        for document in documents {
            let clauses = document.clauses
            var place: [String: Double] = [:]
            for (index, clause) in clauses.enumerated() where place[clause.id] == nil {
                place[clause.id] = clauses.count > 1 ? Double(index) / Double(clauses.count - 1) : 0
            }
            places.append(place)
        }
    }

    /// One draft per source clause that states a chosen position: topics
    /// whose choices are stated by the same clause share it, and its rule
    /// is cut down to them. An age in it that another of its topics chose
    /// otherwise is edited to the chosen one, and that topic is stated by
    /// it too (`AgeEdit`).
    func drafts(for choices: [TopicChoice], preferred: Int?) -> [ClauseDraft] {
        let exemplars = choices.map { choice in
            Exemplar.choose(for: choice, preferred: preferred) { exemplar in
                let wording = Wording.of(exemplar.clause, in: documents[exemplar.document], rule: exemplar.rule, context: self)
                return wording.review == nil ? 2 : wording.agrees ? 1 : 0
            }
        }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, exemplar) in exemplars.enumerated() {
            let id = "\(exemplar.document)#\(exemplar.clause.id)"
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(index)
        }
        let edits = AgeEdit.find(groups: order.map { groups[$0]! }, exemplars: exemplars, choices: choices, context: self)
        var drafts: [(first: Int, draft: ClauseDraft)] = []
        for id in order {
            var members = groups[id]!.filter { edits.absorbed[$0] == nil }
            guard !members.isEmpty else { continue }
            let edit = edits.byGroup[members[0]]
            members += edit?.absorbed ?? []
            drafts.append((members[0], draft(members.map { choices[$0] }, exemplar: exemplars[members[0]], edit: edit)))
        }
        return joiningRepeats(drafts.sorted { $0.first < $1.first }.map(\.draft))
    }

    /// One draft for drafts that write the same sentence of the same school
    /// (two clauses of one split sentence): the first, stating the topics
    /// of both where its rule speaks to them; else the later one is
    /// written as its own piece of the sentence, marked for review, where
    /// `check` agrees with that.
    func joiningRepeats(_ drafts: [ClauseDraft]) -> [ClauseDraft] {
        var result: [ClauseDraft] = []
        var seen: [String: Int] = [:]
        for draft in drafts {
            let key = "\(draft.sourceDocument)#\(draft.leadIn ?? "")#\(draft.text)"
            guard let at = seen[key], Set(draft.topics).isSubset(of: TopicKey.keys(of: result[at].rule)) else {
                var draft = draft
                if seen[key] != nil, draft.edit == nil, draft.ownText != draft.text, check.agrees(draft.ownText, with: draft.rule) {
                    // The whole sentence is written once; here, the piece.
                    draft.text = draft.ownText
                    draft.leadIn = nil
                    draft.review = "a piece of a sentence written whole in another clause; check that, read on its own, it states the chosen position"
                } else {
                    seen[key] = result.count
                }
                result.append(draft)
                continue
            }
            result[at].topics += draft.topics.filter { !result[at].topics.contains($0) }
            result[at].provenance += draft.provenance.filter { !result[at].provenance.contains($0) }
            result[at].alternatives += draft.alternatives.filter { !result[at].alternatives.contains($0) }
            result[at].coverage = max(result[at].coverage, draft.coverage)
        }
        return result
    }

    func draft(_ choices: [TopicChoice], exemplar: Exemplar, edit: AgeEdit?) -> ClauseDraft {
        let keys = choices.map(\.row.key)
        var rule = Exemplar.restricted(exemplar.clause.rule, to: keys)
        let document = documents[exemplar.document]
        var wording = Wording.of(exemplar.clause, in: document, rule: rule, context: self)
        if let edit {
            rule.age = edit.age
            wording.text = edit.text
            wording.review = edit.description
        }
        let source = Provenance(document: names[exemplar.document], clause: exemplar.clause.id)
        var provenance = [source]
        var places: [Double] = []
        var covering = Set<Int>()
        for choice in choices {
            for holder in choice.chosen.holders {
                let clause = choice.row.cells[holder]!.strongest
                let item = Provenance(document: names[holder], clause: clause.id)
                if !provenance.contains(item) { provenance.append(item) }
                places.append(self.places[holder][clause.id] ?? 0)
            }
            covering.formUnion(choice.covering)
        }
        var alternatives: [Alternative] = []
        for choice in choices {
            for index in choice.covering where index != exemplar.document {
                let clause = choice.row.cells[index]!.strongest
                // As the school wrote it: the whole sentence, after the
                // lead-in where the item needs one.
                let wording = Wording.of(clause, in: documents[index], rule: clause.rule, context: self)
                let text = (wording.leadIn.map { $0 + " " } ?? "") + wording.text
                guard !alternatives.contains(where: { ($0.document == names[index] && $0.clause == clause.id) || $0.text == text }) else { continue }
                alternatives.append(Alternative(document: names[index], clause: clause.id, text: text))
            }
        }
        return ClauseDraft(
            rule: rule, text: wording.text, ownText: edit?.text ?? placeholders.apply(exemplar.clause.text), leadIn: wording.leadIn, review: wording.review, edit: edit?.description,
            provenance: provenance, alternatives: alternatives, topics: keys, source: source, sourceDocument: exemplar.document,
            outline: OutlineSection.of(keys[0], rule: rule),
            place: places.reduce(0, +) / Double(max(places.count, 1)), coverage: covering.count, schools: documents.count)
    }
}
