/// How a school's sentence is written in the merged policy: as the school
/// wrote it (names made placeholders) — the whole sentence where the clause
/// is a piece of one, under the lead-in of its list item where it has one —
/// with a note for review when, read this way, it does not state the rule.
struct Wording {
    var text: String
    var leadIn: String?
    var review: String?
    /// Whether `check` finds no disagreement between the text and the rule.
    var agrees = true

    static func of(_ clause: Clause, in document: PolicyDocument, rule: Rule, context: MergeContext) -> Wording {
        let apply = context.placeholders.apply
        var text = apply(clause.text)
        if context.check.states(rule, in: text) { return Wording(text: text) }
        // The whole sentence where it states the rule, or at least does not
        // say otherwise than the rule (what `check` warns about).
        if let sentence = SourceLeadIn.sentence(of: clause, in: document).map(apply) {
            if context.check.states(rule, in: sentence) { return Wording(text: sentence) }
            if context.check.agrees(sentence, with: rule) { text = sentence }
        }
        var leadIn = SourceLeadIn.of(clause, in: document).map(apply)
        if let leadIn, context.check.states(rule, in: leadIn + " " + text) { return Wording(text: text, leadIn: leadIn) }
        // A role named over a list ("SLT") that does not make the item read
        // as its rule is left out: written alone, it would seem to name the
        // party of whatever follows.
        if let found = leadIn, !SourceLeadIn.endsAsLeadIn(found) { leadIn = nil }
        var printed = ""
        RulePrinter.write(rule, to: &printed)
        let reading = leadIn == nil ? "read on its own" : "read after its lead-in"
        let review = "\(reading), the sentence does not clearly say '\(printed.dropFirst(5))'; check that it states the chosen position"
        return Wording(text: text, leadIn: leadIn, review: review, agrees: context.check.agrees(text, with: rule))
    }
}
