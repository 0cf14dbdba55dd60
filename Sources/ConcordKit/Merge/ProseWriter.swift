/// Writes a clause's prose from its rule, for a merged position no school
/// states in words: "Staff and governors must not befriend pupils under 16
/// on personal accounts." The words come from `ProseVocabulary`, never from
/// one school's prose.
struct ProseWriter {
    func sentence(for rule: Rule) -> String {
        var out = ""
        let subject = rule.subject.isEmpty ? [Role.everyone] : rule.subject
        out += Self.capitalized(list(subject, age: rule.age, joiner: "and"))
        out += " " + rule.modality.phrase + " "
        let verb = ProseVocabulary.verbs[rule.action] ?? ProseVocabulary.Verb(bare: rule.action.rawValue, towards: rule.action.rawValue + " {}")
        if rule.audience.isEmpty {
            out += verb.bare
        } else {
            out += verb.towards.filling(slot: list(rule.audience, age: rule.age, joiner: "or"))
        }
        if let age = rule.age, !rule.subject.contains(age.appliesTo), !rule.audience.contains(age.appliesTo) {
            out += " where " + (ProseVocabulary.roleNouns[age.appliesTo] ?? age.appliesTo.rawValue) + " are " + Self.age(age)
        }
        if !rule.context.isEmpty {
            out += " " + Self.joined(rule.context.compactMap { ProseVocabulary.contexts[$0] }, "or")
        }
        if !rule.exceptions.isEmpty {
            out += " unless " + Self.joined(rule.exceptions.compactMap { ProseVocabulary.exceptions[$0] }, "or")
        }
        return out + "."
    }

    /// Roles as a list of nouns, the age after the role it limits.
    private func list(_ roles: [Role], age: AgeThreshold?, joiner: String) -> String {
        Self.joined(roles.map { role in
            var noun = ProseVocabulary.roleNouns[role] ?? role.rawValue
            if let age, age.appliesTo == role { noun += " " + Self.age(age) }
            return noun
        }, joiner)
    }

    static func age(_ age: AgeThreshold) -> String {
        "\(age.comparator.rawValue) \(age.years)"
    }

    /// "a", "a and b", "a, b and c".
    static func joined(_ words: [String], _ joiner: String) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(joiner) " + words.last!
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isLowercase else { return text }
        return first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }
}
