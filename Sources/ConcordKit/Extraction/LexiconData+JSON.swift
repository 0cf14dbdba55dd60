extension LexiconData {
    /// The lexicon versions this Concord reads.
    static let knownVersions = [1]

    /// The lexicon that a JSON object describes, read into the `Codable`
    /// fields; `null` is an absent field. A key it does not know (a misspelt
    /// "acitons") and a version it does not read are errors, as the schema
    /// has them: a misspelt field would otherwise do nothing, silently. A
    /// value of the wrong shape is reported with its path ("roles.staff:
    /// expected a list of strings").
    init(json: JSONNode) throws(Lexicon.LoadError) {
        self.init()
        guard case .object(let members) = json else { throw Self.invalid("", "expected an object") }
        for (key, value) in members {
            if case .null = value { continue }
            switch key {
            case "version":
                guard case .int(let number) = value else { throw Self.invalid(key, "expected a whole number") }
                guard Self.knownVersions.contains(number) else {
                    throw Self.invalid("", "version \(number) is not one this concord reads (it reads \(Self.knownVersions.map(String.init).joined(separator: ", ")))")
                }
                version = number
            case "actions": actions = try Self.actionEntries(value, at: key)
            case "institutionalActions": institutionalActions = try Self.actionList(value, at: key)
            case "headActions": headActions = try Self.actionList(value, at: key)
            case "definitionVerbs":
                guard case .object(let verbs) = value else { throw Self.invalid(key, "expected an object") }
                var result = DefinitionVerbs()
                for (name, list) in verbs {
                    if case .null = list { continue }
                    switch name {
                    case "extends": result.extends = try Self.strings(list, at: key + "." + name)
                    case "replaces": result.replaces = try Self.strings(list, at: key + "." + name)
                    case "names": result.names = try Self.strings(list, at: key + "." + name)
                    default: throw Self.unknownField(name, at: key, among: ["extends", "replaces", "names"])
                    }
                }
                definitionVerbs = result
            case "numberWords":
                guard case .object(let words) = value else { throw Self.invalid(key, "expected an object") }
                var result: [String: Int] = [:]
                for (word, number) in words {
                    guard case .int(let number) = number else { throw Self.invalid(key + "." + word, "expected a whole number") }
                    result[word] = number
                }
                numberWords = result
            default:
                if let path = Self.groupFields[key] {
                    self[keyPath: path] = try Self.groups(value, at: key)
                } else if let path = Self.listFields[key] {
                    self[keyPath: path] = try Self.strings(value, at: key)
                } else {
                    throw Self.unknownField(key, at: "", among: Self.fieldNames)
                }
            }
        }
    }

    /// Fields that group phrases under an id: `{"staff": ["teacher*", …]}`.
    private static let groupFields: [String: any WritableKeyPath<LexiconData, [String: [String]]?> & Sendable] = [
        "roles": \.roles, "modals": \.modals, "contexts": \.contexts, "exceptions": \.exceptions,
        "headingForce": \.headingForce, "ageWords": \.ageWords, "ageSuffixes": \.ageSuffixes,
    ]

    /// Fields that are one list of phrases or words.
    private static let listFields: [String: any WritableKeyPath<LexiconData, [String]?> & Sendable] = [
        "notModal": \.notModal, "possibilityAfterMay": \.possibilityAfterMay, "channels": \.channels,
        "complaintChannels": \.complaintChannels, "exceptionTriggers": \.exceptionTriggers,
        "imperatives": \.imperatives, "gerundDuties": \.gerundDuties, "prohibitiveLeadIns": \.prohibitiveLeadIns,
        "deonticLeadIns": \.deonticLeadIns, "nonDeonticLeadIns": \.nonDeonticLeadIns, "consequences": \.consequences,
        "breachTerms": \.breachTerms, "reminders": \.reminders, "nonDeontic": \.nonDeontic,
        "passiveReport": \.passiveReport, "notRoles": \.notRoles, "notContexts": \.notContexts,
        "stanceCues": \.stanceCues, "sanctionHeadings": \.sanctionHeadings, "scopePhrases": \.scopePhrases,
        "imageNouns": \.imageNouns, "postingVerbs": \.postingVerbs,
    ]

    private static func strings(_ value: JSONNode, at path: String) throws(Lexicon.LoadError) -> [String] {
        guard case .array(let items) = value else { throw invalid(path, "expected a list of strings") }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case .string(let text) = item else { throw invalid(path, "expected a list of strings") }
            result.append(text)
        }
        return result
    }

    private static func groups(_ value: JSONNode, at path: String) throws(Lexicon.LoadError) -> [String: [String]] {
        guard case .object(let members) = value else { throw invalid(path, "expected an object of lists") }
        var result: [String: [String]] = [:]
        for (id, list) in members { result[id] = try strings(list, at: path + "." + id) }
        return result
    }

    private static func action(_ value: JSONNode, at path: String) throws(Lexicon.LoadError) -> Action {
        guard case .string(let name) = value else { throw invalid(path, "expected an action's name") }
        guard let action = Action(rawValue: name) else { throw .unknownId(kind: "action", id: name) }
        return action
    }

    private static func actionList(_ value: JSONNode, at path: String) throws(Lexicon.LoadError) -> [Action] {
        guard case .array(let items) = value else { throw invalid(path, "expected a list of actions") }
        var result: [Action] = []
        for item in items { result.append(try action(item, at: path)) }
        return result
    }

    private static func actionEntries(_ value: JSONNode, at path: String) throws(Lexicon.LoadError) -> [ActionEntry] {
        guard case .array(let items) = value else { throw invalid(path, "expected a list of actions") }
        var result: [ActionEntry] = []
        for (index, item) in items.enumerated() {
            let here = "\(path).\(index)"
            guard case .object(let members) = item else { throw invalid(here, "expected an object") }
            var name: Action?, phrases: [String]?, negated: [String]?
            for (key, field) in members {
                if case .null = field { continue }
                switch key {
                case "action": name = try action(field, at: here + ".action")
                case "phrases": phrases = try strings(field, at: here + ".phrases")
                case "negated": negated = try strings(field, at: here + ".negated")
                default: throw unknownField(key, at: here, among: ["action", "phrases", "negated"])
                }
            }
            guard let name else { throw invalid(here, "no \"action\"") }
            guard let phrases else { throw invalid(here, "no \"phrases\"") }
            result.append(ActionEntry(action: name, phrases: phrases, negated: negated))
        }
        return result
    }

    /// Every top-level field a lexicon may have.
    static var fieldNames: [String] {
        ["version", "actions", "institutionalActions", "headActions", "definitionVerbs", "numberWords"]
            + groupFields.keys.sorted() + listFields.keys.sorted()
    }

    private static func unknownField(_ name: String, at path: String, among names: [String]) -> Lexicon.LoadError {
        var message = "unknown field '\(name)'"
        if let suggestion = Suggestion.closest(to: name, among: names) { message += "; did you mean '\(suggestion)'?" }
        return invalid(path, message)
    }

    private static func invalid(_ path: String, _ message: String) -> Lexicon.LoadError {
        .invalid(path.isEmpty ? message : path + ": " + message)
    }
}
