/// The vocabulary as written in `lexicon.json` (schema:
/// `schemas/lexicon.schema.json`): role synonyms, modal phrases, action
/// patterns in priority order, contexts, exceptions and the cue lists the
/// extractor reads. A trust extends it with `--lexicon FILE` in the same
/// shape; every field of an extension is optional.
public struct LexiconData: Codable, Sendable {
    public struct ActionEntry: Codable, Sendable {
        public var action: Action
        public var phrases: [String]
        /// Phrases that state the action's opposite ("maintain
        /// confidentiality"): they flip the clause's modality.
        public var negated: [String]?
    }

    public struct DefinitionVerbs: Codable, Sendable {
        public var extends: [String]?
        public var replaces: [String]?
        /// Phrases that name the parties before them with the term after
        /// them ("… are referred to together as 'staff'").
        public var names: [String]?
    }

    public var version: Int?
    public var roles: [String: [String]]?
    public var modals: [String: [String]]?
    public var notModal: [String]?
    public var possibilityAfterMay: [String]?
    public var actions: [ActionEntry]?
    public var contexts: [String: [String]]?
    public var channels: [String]?
    /// Official routes for complaints ("via the appropriate channels"):
    /// channels for `complain-online` and `report` only.
    public var complaintChannels: [String]?
    public var exceptionTriggers: [String]?
    public var exceptions: [String: [String]]?
    public var imperatives: [String]?
    public var gerundDuties: [String]?
    public var headingForce: [String: [String]]?
    public var prohibitiveLeadIns: [String]?
    public var deonticLeadIns: [String]?
    public var nonDeonticLeadIns: [String]?
    public var consequences: [String]?
    public var breachTerms: [String]?
    public var reminders: [String]?
    public var nonDeontic: [String]?
    public var passiveReport: [String]?
    /// Actions an agentless passive binds the school to ("School accounts
    /// must be monitored").
    public var institutionalActions: [Action]?
    /// Phrases that contain a role word but name no party ("Child
    /// Protection policy", "Teachers' Standards").
    public var notRoles: [String]?
    /// Phrases that contain a context's words but name no context ("in
    /// school uniform").
    public var notContexts: [String]?
    /// Actions that win when their verb opens the clause ("will take action
    /// to protect the reputation" is `take-action`).
    public var headActions: [Action]?
    /// Words of cues that judge a thing rather than bind a party ("… is
    /// forbidden", "zero tolerance"): the party before them is not bound.
    public var stanceCues: [String]?
    /// Words of a heading about breaches ("Sanctions", "Breaches of the
    /// Code of Conduct"): its sanctions fall on the parties of the section before.
    public var sanctionHeadings: [String]?
    /// Phrases naming whom a policy applies to ("This policy applies to …").
    public var scopePhrases: [String]?
    /// Words for images, and verbs of posting: "Photographs of pupils must
    /// not be published" is `post-images` whatever else the clause names.
    public var imageNouns: [String]?
    public var postingVerbs: [String]?
    public var definitionVerbs: DefinitionVerbs?
    public var ageWords: [String: [String]]?
    /// Words after an age that give its comparator ("13 or over").
    public var ageSuffixes: [String: [String]]?
    public var numberWords: [String: Int]?

    /// This vocabulary with `other`'s entries added. Action patterns of the
    /// extension come first, so that a trust's wording wins.
    public func merged(with other: LexiconData) -> LexiconData {
        func lists(_ a: [String: [String]]?, _ b: [String: [String]]?) -> [String: [String]]? {
            guard let b else { return a }
            var result = a ?? [:]
            for (key, values) in b { result[key, default: []] += values }
            return result
        }
        func list(_ a: [String]?, _ b: [String]?) -> [String]? {
            guard let b else { return a }
            return (a ?? []) + b
        }
        var result = self
        result.roles = lists(roles, other.roles)
        result.modals = lists(modals, other.modals)
        result.notModal = list(notModal, other.notModal)
        result.possibilityAfterMay = list(possibilityAfterMay, other.possibilityAfterMay)
        result.actions = (other.actions ?? []) + (actions ?? [])
        result.contexts = lists(contexts, other.contexts)
        result.channels = list(channels, other.channels)
        result.complaintChannels = list(complaintChannels, other.complaintChannels)
        result.exceptionTriggers = list(exceptionTriggers, other.exceptionTriggers)
        result.exceptions = lists(exceptions, other.exceptions)
        result.imperatives = list(imperatives, other.imperatives)
        result.gerundDuties = list(gerundDuties, other.gerundDuties)
        result.headingForce = lists(headingForce, other.headingForce)
        result.prohibitiveLeadIns = list(prohibitiveLeadIns, other.prohibitiveLeadIns)
        result.deonticLeadIns = list(deonticLeadIns, other.deonticLeadIns)
        result.nonDeonticLeadIns = list(nonDeonticLeadIns, other.nonDeonticLeadIns)
        result.consequences = list(consequences, other.consequences)
        result.breachTerms = list(breachTerms, other.breachTerms)
        result.reminders = list(reminders, other.reminders)
        result.nonDeontic = list(nonDeontic, other.nonDeontic)
        result.passiveReport = list(passiveReport, other.passiveReport)
        result.institutionalActions = (institutionalActions ?? []) + (other.institutionalActions ?? [])
        result.notRoles = list(notRoles, other.notRoles)
        result.notContexts = list(notContexts, other.notContexts)
        result.headActions = (headActions ?? []) + (other.headActions ?? [])
        result.stanceCues = list(stanceCues, other.stanceCues)
        result.sanctionHeadings = list(sanctionHeadings, other.sanctionHeadings)
        result.scopePhrases = list(scopePhrases, other.scopePhrases)
        result.imageNouns = list(imageNouns, other.imageNouns)
        result.postingVerbs = list(postingVerbs, other.postingVerbs)
        if let verbs = other.definitionVerbs {
            result.definitionVerbs = DefinitionVerbs(
                extends: list(definitionVerbs?.extends, verbs.extends),
                replaces: list(definitionVerbs?.replaces, verbs.replaces),
                names: list(definitionVerbs?.names, verbs.names))
        }
        result.ageWords = lists(ageWords, other.ageWords)
        result.ageSuffixes = lists(ageSuffixes, other.ageSuffixes)
        if let numbers = other.numberWords {
            result.numberWords = (numberWords ?? [:]).merging(numbers) { _, new in new }
        }
        return result
    }
}
