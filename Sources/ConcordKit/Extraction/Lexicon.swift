import Foundation

/// The compiled vocabulary: phrase matchers built once from `LexiconData`.
/// Load the bundled one with `Lexicon.standard`; extend it with
/// `Lexicon(extending:)`.
public struct Lexicon: Sendable {
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
    var roles = PhraseMatcher<Role>()
    var modals = PhraseMatcher<Modality>()
    var notModal = PhraseMatcher<Bool>()
    var possibilityAfterMay = PhraseMatcher<Bool>()
    var actions = PhraseMatcher<ActionCue>()
    var contexts = PhraseMatcher<Context>()
    var channels = PhraseMatcher<Bool>()
    var complaintChannels = PhraseMatcher<Bool>()
    var exceptionTriggers = PhraseMatcher<Bool>()
    var exceptions = PhraseMatcher<Exception>()
    var imperatives: Set<String> = []
    var gerundDuties: Set<String> = []
    var headingForce = PhraseMatcher<Modality>()
    var prohibitiveLeadIns = PhraseMatcher<Bool>()
    var deonticLeadIns = PhraseMatcher<Bool>()
    var nonDeonticLeadIns = PhraseMatcher<Bool>()
    var consequences = PhraseMatcher<Bool>()
    var breachTerms = PhraseMatcher<Bool>()
    var reminders = PhraseMatcher<Bool>()
    var nonDeontic = PhraseMatcher<Bool>()
    var passiveReport = PhraseMatcher<Bool>()
    var definitionVerbs = PhraseMatcher<Bool>()
    var ageWords = PhraseMatcher<AgeThreshold.Comparator>()
    var ageSuffixes = PhraseMatcher<AgeThreshold.Comparator>()
    var numberWords: [String: Int] = [:]
    var institutionalActions: Set<Action> = []
    var headActions: Set<Action> = []
    var stanceCues: Set<String> = []
    var sanctionHeadings: Set<String> = []
    var scopePhrases = PhraseMatcher<Bool>()
    var imageNouns = PhraseMatcher<Bool>()
    var postingVerbs = PhraseMatcher<Bool>()
    var notRoles = PhraseMatcher<Bool>()
    var notContexts = PhraseMatcher<Bool>()

    /// Tokens of `text`, encoded for this lexicon's matchers.
    func tokenize(_ text: String) -> [Token] {
        var tokens = Tokenizer.tokenize(text)
        vocabulary.encode(&tokens)
        return tokens
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
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "json") else {
            throw LoadError.unreadable("lexicon.json is missing from the bundle")
        }
        return try decode(Data(contentsOf: url))
    }

    /// Decodes lexicon JSON, reporting unknown ids.
    public static func decode(_ json: Data) throws -> LexiconData {
        do {
            return try JSONDecoder().decode(LexiconData.self, from: json)
        } catch DecodingError.dataCorrupted(let context) {
            throw LoadError.invalid(context.debugDescription)
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw LoadError.invalid("\(path): \(context.debugDescription)")
        }
    }

    /// The standard vocabulary extended by the JSON of a lexicon file.
    public init(extending json: Data) throws {
        try self.init(data: Lexicon.standard.data.merged(with: Lexicon.decode(json)))
    }

    public init(data: LexiconData) throws {
        self.data = data
        var vocabulary = Vocabulary()
        for (id, phrases) in data.roles ?? [:] {
            guard let role = Role(rawValue: id) else { throw LoadError.unknownId(kind: "role", id: id) }
            for phrase in phrases { roles.add(phrase, role, vocabulary: &vocabulary) }
        }
        for (id, phrases) in data.modals ?? [:] {
            guard let modality = Modality(rawValue: id) else { throw LoadError.unknownId(kind: "modality", id: id) }
            for phrase in phrases { modals.add(phrase, modality, vocabulary: &vocabulary) }
        }
        for (priority, entry) in (data.actions ?? []).enumerated() {
            for phrase in entry.phrases { actions.add(phrase, ActionCue(action: entry.action, priority: priority, negated: false), vocabulary: &vocabulary) }
            for phrase in entry.negated ?? [] { actions.add(phrase, ActionCue(action: entry.action, priority: priority, negated: true), vocabulary: &vocabulary) }
        }
        for (id, phrases) in data.contexts ?? [:] {
            guard let context = Context(rawValue: id) else { throw LoadError.unknownId(kind: "context", id: id) }
            for phrase in phrases { contexts.add(phrase, context, vocabulary: &vocabulary) }
        }
        for (id, phrases) in data.exceptions ?? [:] {
            guard let exception = Exception(rawValue: id) else { throw LoadError.unknownId(kind: "exception", id: id) }
            for phrase in phrases { exceptions.add(phrase, exception, vocabulary: &vocabulary) }
        }
        for (id, phrases) in data.headingForce ?? [:] {
            guard let modality = Modality(rawValue: id) else { throw LoadError.unknownId(kind: "modality", id: id) }
            for phrase in phrases { headingForce.add(phrase, modality, vocabulary: &vocabulary) }
        }
        for (id, phrases) in data.ageWords ?? [:] {
            guard let comparator = AgeThreshold.Comparator(rawValue: id) else { throw LoadError.unknownId(kind: "age comparator", id: id) }
            for phrase in phrases { ageWords.add(phrase, comparator, vocabulary: &vocabulary) }
        }
        for (id, phrases) in data.ageSuffixes ?? [:] {
            guard let comparator = AgeThreshold.Comparator(rawValue: id) else { throw LoadError.unknownId(kind: "age comparator", id: id) }
            for phrase in phrases { ageSuffixes.add(phrase, comparator, vocabulary: &vocabulary) }
        }
        func fill(_ matcher: inout PhraseMatcher<Bool>, _ phrases: [String]?, _ value: Bool = true) {
            for phrase in phrases ?? [] { matcher.add(phrase, value, vocabulary: &vocabulary) }
        }
        fill(&notModal, data.notModal)
        fill(&possibilityAfterMay, data.possibilityAfterMay)
        fill(&channels, data.channels)
        fill(&complaintChannels, data.complaintChannels)
        fill(&exceptionTriggers, data.exceptionTriggers)
        fill(&prohibitiveLeadIns, data.prohibitiveLeadIns)
        fill(&deonticLeadIns, data.deonticLeadIns)
        fill(&nonDeonticLeadIns, data.nonDeonticLeadIns)
        fill(&consequences, data.consequences)
        fill(&breachTerms, data.breachTerms)
        fill(&reminders, data.reminders)
        fill(&nonDeontic, data.nonDeontic)
        fill(&passiveReport, data.passiveReport)
        fill(&definitionVerbs, data.definitionVerbs?.extends, true)
        fill(&definitionVerbs, data.definitionVerbs?.replaces, false)
        imperatives = Set((data.imperatives ?? []).map { $0.lowercased() })
        gerundDuties = Set((data.gerundDuties ?? []).map { $0.lowercased() })
        numberWords = data.numberWords ?? [:]
        institutionalActions = Set(data.institutionalActions ?? [])
        headActions = Set(data.headActions ?? [])
        stanceCues = Set(data.stanceCues ?? [])
        sanctionHeadings = Set(data.sanctionHeadings ?? [])
        fill(&scopePhrases, data.scopePhrases)
        fill(&imageNouns, data.imageNouns)
        fill(&postingVerbs, data.postingVerbs)
        fill(&notRoles, data.notRoles)
        fill(&notContexts, data.notContexts)
        // Last: every matcher above has added its words.
        self.vocabulary = vocabulary
    }
}
