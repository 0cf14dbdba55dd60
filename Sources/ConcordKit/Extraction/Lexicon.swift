import FoundationEssentials

/// The compiled vocabulary: phrase matchers built once from `LexiconData`.
/// Load the bundled one with `Lexicon.standard`; extend it with
/// `Lexicon(extending:)`. A class, so that every sentence shares one
/// immutable copy instead of retaining each of its tables.
public final class Lexicon: Sendable {
    public enum LoadError: Error, CustomStringConvertible, Sendable {
        case unreadable(String)
        case invalid(String)
        case unknownId(kind: String, id: String)

        public var description: String {
            switch self {
            case .unreadable(let detail): return "cannot read the lexicon: \(detail)"
            case .invalid(let detail): return "the lexicon is not valid: \(detail)"
            case .unknownId(let kind, let id): return "the lexicon names an unknown \(kind) '\(id)'"
            }
        }
    }

    struct ActionCue: Sendable {
        var action: Action
        var priority: Int
        var negated: Bool
    }

    public let data: LexiconData
    let vocabulary: Vocabulary
    let roles: PhraseMatcher<Role>
    let modals: PhraseMatcher<Modality>
    let notModal: PhraseMatcher<Bool>
    let possibilityAfterMay: PhraseMatcher<Bool>
    let actions: PhraseMatcher<ActionCue>
    let contexts: PhraseMatcher<Context>
    let channels: PhraseMatcher<Bool>
    let complaintChannels: PhraseMatcher<Bool>
    let exceptionTriggers: PhraseMatcher<Bool>
    let exceptions: PhraseMatcher<Exception>
    let imperatives: WordSet
    let gerundDuties: WordSet
    let headingForce: PhraseMatcher<Modality>
    let prohibitiveLeadIns: PhraseMatcher<Bool>
    let deonticLeadIns: PhraseMatcher<Bool>
    let nonDeonticLeadIns: PhraseMatcher<Bool>
    let consequences: PhraseMatcher<Bool>
    let breachTerms: PhraseMatcher<Bool>
    let reminders: PhraseMatcher<Bool>
    let nonDeontic: PhraseMatcher<Bool>
    let passiveReport: PhraseMatcher<Bool>
    let definitionVerbs: PhraseMatcher<Bool>
    /// "… are referred to together as": the parties before, named by the
    /// term after.
    let namingPhrases: PhraseMatcher<Bool>
    let ageWords: PhraseMatcher<AgeThreshold.Comparator>
    let ageSuffixes: PhraseMatcher<AgeThreshold.Comparator>
    /// The values of number words ("thirteen") by vocabulary id; -1 for
    /// other words.
    let numberWordValues: [Int]
    let institutionalActions: Set<Action>
    let headActions: Set<Action>
    let stanceCues: WordSet
    let sanctionHeadings: WordSet
    let scopePhrases: PhraseMatcher<Bool>
    let imageNouns: PhraseMatcher<Bool>
    let postingVerbs: PhraseMatcher<Bool>
    let notRoles: PhraseMatcher<Bool>
    let notContexts: PhraseMatcher<Bool>
    let wordLists: WordLists

    /// Tokens of `text`, encoded for this lexicon's matchers.
    func tokenize(_ text: String) -> [Token] {
        Tokenizer.tokenize(text, vocabulary: vocabulary)
    }

    /// The vocabulary bundled with Concord.
    public static let standard: Lexicon = {
        do {
            return try Lexicon(data: bundledData())
        } catch {
            preconditionFailure("the bundled lexicon is broken: \(error)")
        }
    }()

    static func bundledData() throws -> LexiconData {
        try decode(Array(bundledJSON.utf8))
    }

    /// Decodes lexicon JSON, reporting where it is malformed and which
    /// field has the wrong shape.
    public static func decode(_ json: Data) throws -> LexiconData {
        try decode([UInt8](json))
    }

    static func decode(_ json: [UInt8]) throws(LoadError) -> LexiconData {
        let node: JSONNode
        do {
            node = try JSONReader.read(json)
        } catch {
            throw .invalid(error.description)
        }
        return try LexiconData(json: node)
    }

    /// The standard vocabulary extended by the JSON of a lexicon file.
    public convenience init(extending json: Data) throws {
        try self.init(data: Lexicon.standard.data.merged(with: Lexicon.decode(json)))
    }

    /// Each phrase of several words led by a verb, led by its gerund too
    /// ("connect with" → "connecting with"), where no phrase says so already.
    static func gerunds<Payload>(of phrases: [(phrase: String, payload: Payload)]) -> [(phrase: String, payload: Payload)] {
        let known = Set(phrases.map(\.phrase))
        var added: [(phrase: String, payload: Payload)] = []
        var seen = Set<String>()
        for (phrase, payload) in phrases {
            guard let space = phrase.firstIndex(of: " "), let gerund = VerbForm.presentParticiple(of: String(phrase[..<space])) else { continue }
            let inflected = gerund + phrase[space...]
            guard !known.contains(inflected), seen.insert(inflected).inserted else { continue }
            added.append((inflected, payload))
        }
        return added
    }

    public init(data: LexiconData) throws {
        self.data = data
        var vocabulary = Vocabulary()
        func matcher(_ phrases: [String]?) -> PhraseMatcher<Bool> {
            PhraseMatcher((phrases ?? []).map { ($0, true) }, vocabulary: &vocabulary)
        }
        /// A matcher of phrases grouped by the raw value of their payload.
        func grouped<Payload>(_ groups: [String: [String]]?, kind: String, _ payload: (String) -> Payload?) throws -> PhraseMatcher<Payload> {
            var entries: [(phrase: String, payload: Payload)] = []
            for (id, phrases) in groups ?? [:] {
                guard let value = payload(id) else { throw LoadError.unknownId(kind: kind, id: id) }
                for phrase in phrases { entries.append((phrase, value)) }
            }
            return PhraseMatcher(entries, vocabulary: &vocabulary)
        }
        roles = try grouped(data.roles, kind: "role", Role.init(rawValue:))
        modals = try grouped(data.modals, kind: "modality", Modality.init(rawValue:))
        var actions: [(phrase: String, payload: ActionCue)] = []
        for (priority, entry) in (data.actions ?? []).enumerated() {
            for phrase in entry.phrases { actions.append((phrase, ActionCue(action: entry.action, priority: priority, negated: false))) }
            for phrase in entry.negated ?? [] { actions.append((phrase, ActionCue(action: entry.action, priority: priority, negated: true))) }
        }
        // (Not the negated phrasings: "…, considering the reputation of the
        // school" is an adjunct, which "avoid" before it does not negate.)
        self.actions = PhraseMatcher(actions + Self.gerunds(of: actions.filter { !$0.payload.negated }), vocabulary: &vocabulary)
        contexts = try grouped(data.contexts, kind: "context", Context.init(rawValue:))
        exceptions = try grouped(data.exceptions, kind: "exception", Exception.init(rawValue:))
        headingForce = try grouped(data.headingForce, kind: "modality", Modality.init(rawValue:))
        ageWords = try grouped(data.ageWords, kind: "age comparator", AgeThreshold.Comparator.init(rawValue:))
        ageSuffixes = try grouped(data.ageSuffixes, kind: "age comparator", AgeThreshold.Comparator.init(rawValue:))
        notModal = matcher(data.notModal)
        possibilityAfterMay = matcher(data.possibilityAfterMay)
        channels = matcher(data.channels)
        complaintChannels = matcher(data.complaintChannels)
        exceptionTriggers = matcher(data.exceptionTriggers)
        prohibitiveLeadIns = matcher(data.prohibitiveLeadIns)
        deonticLeadIns = matcher(data.deonticLeadIns)
        nonDeonticLeadIns = matcher(data.nonDeonticLeadIns)
        consequences = matcher(data.consequences)
        breachTerms = matcher(data.breachTerms)
        reminders = matcher(data.reminders)
        nonDeontic = matcher(data.nonDeontic)
        passiveReport = matcher(data.passiveReport)
        namingPhrases = matcher(data.definitionVerbs?.names)
        definitionVerbs = PhraseMatcher((data.definitionVerbs?.extends ?? []).map { ($0, true) } + (data.definitionVerbs?.replaces ?? []).map { ($0, false) },
                                        vocabulary: &vocabulary)
        imperatives = WordSet((data.imperatives ?? []).map { $0.lowercased() }, vocabulary: &vocabulary)
        gerundDuties = WordSet((data.gerundDuties ?? []).map { $0.lowercased() }, vocabulary: &vocabulary)
        var numberWordValues: [Int] = []
        for (word, value) in data.numberWords ?? [:] {
            let id = Int(vocabulary.wordID(word))
            if numberWordValues.count <= id { numberWordValues += Array(repeating: -1, count: id + 1 - numberWordValues.count) }
            numberWordValues[id] = value
        }
        self.numberWordValues = numberWordValues
        institutionalActions = Set(data.institutionalActions ?? [])
        headActions = Set(data.headActions ?? [])
        stanceCues = WordSet(data.stanceCues ?? [], vocabulary: &vocabulary)
        sanctionHeadings = WordSet(data.sanctionHeadings ?? [], vocabulary: &vocabulary)
        scopePhrases = matcher(data.scopePhrases)
        imageNouns = matcher(data.imageNouns)
        postingVerbs = matcher(data.postingVerbs)
        notRoles = matcher(data.notRoles)
        notContexts = matcher(data.notContexts)
        wordLists = WordLists(vocabulary: &vocabulary)
        // Last: every matcher and word set above has added its words.
        self.vocabulary = vocabulary
    }
}
