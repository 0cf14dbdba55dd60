extension MergeContext {
    /// Each draft in the section where its sentence reads as its rule, as
    /// `render` lays it out and the extractor reads it back: the section
    /// `OutlineSection.of` names, else the first of its alternatives where
    /// it does. A heading gives its clauses a setting or a party, as a
    /// school's does ("School social media accounts" gives
    /// `school-account`), so a clause whose setting came from its school's
    /// heading keeps it under a heading that gives the same. Where none
    /// does, the draft stays where `of` puts it and is marked for review,
    /// naming what it reads as there and what gave it the rest in its
    /// school's policy. Drafts already marked for review as written stay
    /// where `of` puts them.
    func placed(_ drafts: [ClauseDraft], preferred: Int?) -> [ClauseDraft] {
        var passages: [OutlineSection: [Passage]] = [:]
        for kind in [OutlineSection.purpose, .definitions] { passages[kind] = passageSource(kind, preferred: preferred)?.passages }
        return drafts.map { draft in
            guard draft.review == nil || draft.edit != nil else { return draft }
            var draft = draft
            func readings(under heading: String, after passages: [Passage] = []) -> [TopicKey: [Rule]] {
                check.readings(
                    of: draft.rule, text: draft.text,
                    at: ProseCheck.Placement(title: title, heading: heading, passages: passages, leadIn: draft.leadIn))
            }
            func fits(_ section: OutlineSection) -> Bool {
                ProseCheck.agree(readings(under: section.heading, after: passages[section] ?? []), with: draft.rule, on: draft.topics)
            }
            if fits(draft.outline) { return draft }
            if let section = OutlineSection.alternatives(draft.topics[0], rule: draft.rule).first(where: fits) {
                draft.outline = section
                return draft
            }
            let found = readings(under: draft.outline.heading, after: passages[draft.outline] ?? [])
            let heading = sourceHeading(of: draft)
            let byHeading = heading.map { ProseCheck.agree(readings(under: $0), with: draft.rule, on: draft.topics) } ?? false
            let reason = Self.placementReview(draft, reading: found, under: draft.outline.heading, sourceHeading: byHeading ? heading : nil)
            draft.review = [draft.edit, reason].compactMap { $0 }.joined(separator: "; ")
            return draft
        }
    }

    /// "under 'Reporting concerns and breaches', the sentence reads as
    /// 'school must take-action parents', not 'school must take-action
    /// pupils on personal-device', which its school's heading 'Mobile
    /// phones' gave it and no heading here does; check that it states the
    /// chosen position".
    static func placementReview(_ draft: ClauseDraft, reading: [TopicKey: [Rule]], under heading: String, sourceHeading: String?) -> String {
        let key = draft.topics.first { !ProseCheck.agree(reading, with: draft.rule, on: [$0]) } ?? draft.topics[0]
        let found = reading[key, default: []]
        let closest = found.first { $0.modality == draft.rule.modality } ?? found.first
        let read = closest.map { "reads as '\(printed($0))'" } ?? "gives no rule on \(key.id)"
        let cause = sourceHeading.map { "which its school's heading '\($0)' gave it and no heading here does" }
            ?? "which the text around it gave it in its school's policy"
        return "under '\(heading)', the sentence \(read), not '\(printed(draft.rule))', \(cause); check that it states the chosen position"
    }

    static func printed(_ rule: Rule) -> String {
        var out = ""
        RulePrinter.write(rule, to: &out)
        return String(out.dropFirst(5))
    }

    /// The heading of the section the draft's source clause is in.
    func sourceHeading(of draft: ClauseDraft) -> String? {
        let document = documents[draft.sourceDocument]
        guard let clause = document.clauses.first(where: { $0.id == draft.source.clause }) else { return nil }
        return document.sections.first { $0.id == clause.section }?.heading.map(placeholders.apply)
    }
}
