/// An age in a school's sentence changed to the age a strategy chose on
/// another topic the sentence speaks to: "must not add pupils as friends
/// (including past pupils under 16)" states the chosen position on pupils,
/// and with 16 made 18 the one chosen on ex-pupils too. Only the number
/// changes, only where it appears once in the sentence and the topics the
/// sentence was chosen for do not depend on it; the clause is marked for
/// review with the edit named.
struct AgeEdit {
    var text: String
    var age: AgeThreshold
    /// The choices (indices) the edited sentence states besides its own.
    var absorbed: [Int]
    var description: String

    struct Found {
        /// By the first choice of the group whose sentence is edited.
        var byGroup: [Int: AgeEdit] = [:]
        /// Choice index → the first choice of the group that states it.
        var absorbed: [Int: Int] = [:]
    }

    /// `groups` are the choices (indices) that share an exemplar clause;
    /// a choice alone in its group can be absorbed by another group's
    /// sentence edited to state it.
    static func find(groups: [[Int]], exemplars: [Exemplar], choices: [TopicChoice], context: MergeContext) -> Found {
        var found = Found()
        var single: [TopicKey: Int] = [:]
        for members in groups where members.count == 1 { single[choices[members[0]].row.key] = members[0] }
        for members in groups {
            let leader = members[0]
            guard found.absorbed[leader] == nil else { continue }
            let clause = exemplars[leader].clause
            guard let age = clause.rule.age else { continue }
            let own = members.map { choices[$0].row.key }
            guard own.allSatisfy({ Position(clause.rule, on: $0).age == nil }) else { continue }
            for key in TopicKey.keys(of: clause.rule) where !own.contains(key) {
                guard let other = single[key], found.absorbed[other] == nil, found.byGroup[other] == nil,
                    let group = key.audience, group.contains(age.appliesTo)
                else { continue }
                let held = Position(clause.rule, on: key)
                let chosen = choices[other].chosen.position
                guard let wanted = chosen.age, wanted.comparator == age.comparator, wanted.years != age.years,
                    held.modality == chosen.modality, held.context == chosen.context, held.exceptions == chosen.exceptions,
                    let text = replacing(age.years, with: wanted.years, in: found.byGroup[leader]?.text ?? context.placeholders.apply(clause.text))
                else { continue }
                var edit = found.byGroup[leader] ?? AgeEdit(text: text, age: age, absorbed: [], description: "")
                edit.text = text
                edit.age = AgeThreshold(comparator: age.comparator, years: wanted.years, appliesTo: age.appliesTo)
                edit.absorbed.append(other)
                edit.description = "edited: age \(age.years) changed to \(wanted.years), the position chosen on \(key.id)"
                found.byGroup[leader] = edit
                found.absorbed[other] = leader
            }
        }
        return found
    }

    /// `text` with the number `old` (a whole word, found exactly once)
    /// made `new`; nil where it is not there once.
    static func replacing(_ old: Int, with new: Int, in text: String) -> String? {
        let bytes = Array(text.utf8)
        let digits = Array(String(old).utf8)
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
        var found: [Int] = []
        var index = 0
        while index + digits.count <= bytes.count {
            if Array(bytes[index..<(index + digits.count)]) == digits, !isDigit(index - 1), !isDigit(index + digits.count) {
                found.append(index)
            }
            index += 1
        }
        guard found.count == 1, let at = found.first else { return nil }
        let result = Array(bytes[..<at]) + Array(String(new).utf8) + Array(bytes[(at + digits.count)...])
        return String(decoding: result, as: UTF8.self)
    }
}
