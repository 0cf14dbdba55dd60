/// The sources of one merge and what it needs to turn topic choices into
/// clause drafts: each source clause's section key and place, the names to
/// replace, the prose check.
struct MergeContext {
    var documents: [PolicyDocument]
    var names: [String]
    var placeholders: NamePlaceholders
    var check: ProseCheck
    /// Per document: section id → section key; clause id → relative place.
    var sectionKeys: [[String: String]] = []
    var places: [[String: Double]] = []
    /// Per section key: its relative place in each document that has it
    /// (its first section with that key) and the headings written for it.
    var sectionPlaces: [String: [Double]] = [:]
    var sectionHeadings: [String: [String]] = [:]

    init(documents: [PolicyDocument], names: [String], placeholders: NamePlaceholders, check: ProseCheck) {
        self.documents = documents
        self.names = names
        self.placeholders = placeholders
        self.check = check
        for document in documents {
            var keys: [String: String] = [:]
            var seen = Set<String>()
            let sections = document.sections
            for (index, section) in sections.enumerated() {
                let heading = section.heading.map(placeholders.apply)
                let key = SectionKey.key(heading)
                if keys[section.id] == nil { keys[section.id] = key }
                guard seen.insert(key).inserted else { continue }
                sectionPlaces[key, default: []].append(sections.count > 1 ? Double(index) / Double(sections.count - 1) : 0)
                if let heading { sectionHeadings[key, default: []].append(heading) }
            }
            sectionKeys.append(keys)
            let clauses = document.clauses
            var place: [String: Double] = [:]
            for (index, clause) in clauses.enumerated() where place[clause.id] == nil {
                place[clause.id] = clauses.count > 1 ? Double(index) / Double(clauses.count - 1) : 0
            }
            places.append(place)
        }
    }

    /// One draft per topic, except that topics whose choices are all stated
    /// by the same source clause, which speaks to nothing else, share one
    /// draft with that clause's whole rule and prose.
    func drafts(for choices: [TopicChoice], preferred: Int?) -> [ClauseDraft] {
        let exemplars = choices.map { choice in
            Exemplar.choose(for: choice, preferred: preferred) { check.states($0.rule, in: placeholders.apply($0.clause.text)) }
        }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, exemplar) in exemplars.enumerated() {
            let id = "\(exemplar.document)#\(exemplar.clause.id)"
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(index)
        }
        var drafts: [(first: Int, draft: ClauseDraft)] = []
        for id in order {
            let members = groups[id]!
            let exemplar = exemplars[members[0]]
            let keys = Set(members.map { choices[$0].row.key })
            if members.count > 1, Set(TopicKey.keys(of: exemplar.clause.rule)).isSubset(of: keys) {
                var whole = exemplar
                whole.rule = exemplar.clause.rule
                drafts.append((members[0], draft(members.map { choices[$0] }, exemplar: whole)))
            } else {
                for member in members {
                    drafts.append((member, draft([choices[member]], exemplar: exemplars[member])))
                }
            }
        }
        return drafts.sorted { $0.first < $1.first }.map(\.draft)
    }

    func draft(_ choices: [TopicChoice], exemplar: Exemplar) -> ClauseDraft {
        var text = placeholders.apply(exemplar.clause.text)
        var source: Provenance? = Provenance(document: names[exemplar.document], clause: exemplar.clause.id)
        if !exemplar.isExact || !check.states(exemplar.rule, in: text) {
            text = ProseWriter().sentence(for: exemplar.rule)
            source = nil
        }
        var provenance = [Provenance(document: names[exemplar.document], clause: exemplar.clause.id)]
        var votes: [String] = []
        var places: [Double] = []
        var covering = Set<Int>()
        for choice in choices {
            for holder in choice.chosen.holders {
                let clause = choice.row.cells[holder]!.strongest
                let item = Provenance(document: names[holder], clause: clause.id)
                if !provenance.contains(item) { provenance.append(item) }
                places.append(self.places[holder][clause.id] ?? 0)
            }
            for index in choice.covering {
                covering.insert(index)
                votes.append(sectionKey(of: choice.row.cells[index]!.strongest, in: index))
            }
        }
        return ClauseDraft(
            rule: exemplar.rule, text: text, provenance: provenance, topics: choices.map(\.row.key), proseSource: source,
            sectionVotes: votes, exemplarSection: sectionKey(of: exemplar.clause, in: exemplar.document),
            place: places.reduce(0, +) / Double(max(places.count, 1)), coverage: covering.count, schools: documents.count)
    }

    func sectionKey(of clause: Clause, in document: Int) -> String {
        clause.section.flatMap { sectionKeys[document][$0] } ?? ""
    }
}
