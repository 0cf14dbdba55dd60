/// Something in a document the extractor did not fully understand, for a
/// person to read by eye: a sentence that looks like a rule but gave no
/// clause, or a clause whose action, party or polarity is a guess.
public struct UnreadNote: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, CaseIterable, Sendable {
        /// A sentence with a sign of a rule (a modal, a negated imperative,
        /// an item under a lead-in that gives force) that gave no clause.
        case noClause = "no-clause"
        /// A clause whose action is none of the vocabulary's (`other`).
        case unknownAction = "unknown-action"
        /// A clause whose party nothing in the text named: the policy's
        /// default party was assumed.
        case guessedSubject = "guessed-subject"
        /// A clause with a negation its modality does not account for.
        case uncertainPolarity = "uncertain-polarity"

        /// How the reason reads in a listing.
        public var description: String {
            switch self {
            case .noClause: return "no clause"
            case .unknownAction: return "action not recognised"
            case .guessedSubject: return "party assumed"
            case .uncertainPolarity: return "polarity uncertain"
            }
        }
    }

    public var line: Int
    public var reason: Reason
    /// The sentence or the clause's text.
    public var text: String
    /// The clause the note is about, if any.
    public var clause: String?

    public init(line: Int, reason: Reason, text: String, clause: String? = nil) {
        self.line = line
        self.reason = reason
        self.text = text
        self.clause = clause
    }
}
