/// The clause a topic's choice is stated by: a holder's strongest clause,
/// the rule cut down to the topic, and whether that is its whole rule.
struct Exemplar {
    var document: Int
    var clause: Clause
    var rule: Rule
    var isExact: Bool { rule == clause.rule }

    /// The holders' strongest clauses in order, the preferred school's first
    /// under `prefer`. The first that states exactly the topic, in words
    /// that `usable` accepts, wins; else the first that states it exactly;
    /// else the first.
    static func choose(for choice: TopicChoice, preferred: Int?, usable: (Exemplar) -> Bool) -> Exemplar {
        var holders = choice.chosen.holders
        if let preferred, let index = holders.firstIndex(of: preferred) {
            holders.remove(at: index)
            holders.insert(preferred, at: 0)
        }
        let candidates = holders.map { holder -> Exemplar in
            let clause = choice.row.cells[holder]!.strongest
            return Exemplar(document: holder, clause: clause, rule: restricted(clause.rule, to: choice.row.key, position: choice.chosen.position))
        }
        let exact = candidates.filter(\.isExact)
        return exact.first(where: usable) ?? exact.first ?? candidates[0]
    }

    /// `rule` said only of the topic `key`: its subjects of the topic's
    /// class, its audience within the topic's group, the chosen position.
    static func restricted(_ rule: Rule, to key: TopicKey, position: Position) -> Rule {
        var result = rule
        result.subject = rule.subject.filter { SubjectClass(subject: $0) == key.subjectClass }
        if let group = key.audience { result.audience = rule.audience.filter(group.contains) }
        result.modality = position.modality
        result.context = position.context
        result.exceptions = position.exceptions
        result.age = Position(rule, on: key).age
        return result
    }
}
