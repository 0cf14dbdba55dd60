/// The clause a topic's choice is stated by: a holder's strongest clause,
/// the rule cut down to the topic, and whether that is its whole rule.
struct Exemplar {
    var document: Int
    var clause: Clause
    var rule: Rule
    var isExact: Bool { rule == clause.rule }

    /// The holders' strongest clauses in order, the preferred school's first
    /// under `prefer`. Of those `score` rates highest, the first that
    /// states exactly the topic wins, else the first.
    static func choose(for choice: TopicChoice, preferred: Int?, score: (Exemplar) -> Int) -> Exemplar {
        var holders = choice.chosen.holders
        if let preferred, let index = holders.firstIndex(of: preferred) {
            holders.remove(at: index)
            holders.insert(preferred, at: 0)
        }
        let candidates = holders.map { holder -> Exemplar in
            let clause = choice.row.cells[holder]!.strongest
            return Exemplar(document: holder, clause: clause, rule: restricted(clause.rule, to: [choice.row.key]))
        }
        let scores = candidates.map(score)
        let best = candidates.indices.filter { scores[$0] == scores.max() }.map { candidates[$0] }
        return best.first(where: \.isExact) ?? best[0]
    }

    /// `rule` said only of the topics `keys`: its subjects of their
    /// classes, its audience within their groups (all of it where one of
    /// them has none), its age where the role it limits is left.
    static func restricted(_ rule: Rule, to keys: [TopicKey]) -> Rule {
        var result = rule
        let classes = Set(keys.map(\.subjectClass))
        result.subject = rule.subject.filter { classes.contains(SubjectClass(subject: $0)) }
        if !keys.contains(where: { $0.audience == nil }) {
            result.audience = rule.audience.filter { role in keys.contains { $0.audience?.contains(role) == true } }
        }
        if let age = rule.age, rule.subject.contains(age.appliesTo) || rule.audience.contains(age.appliesTo),
            !result.subject.contains(age.appliesTo), !result.audience.contains(age.appliesTo)
        {
            result.age = nil
        }
        return result
    }
}
