/// Where the parts of a policy are written in the file it was read from, so
/// that checks can point at them. For a `.policy` file these are positions
/// in that file; for a document read from `.txt` or `.md`, its source lines.
public struct PolicySourceMap: Sendable {
    /// A piece of text of the policy and where it starts.
    public struct Text: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation
    }

    /// One per clause, in the order of `PolicyDocument.clauses`.
    public var clauses: [SourceLocation] = []
    /// Where each clause's `rule` line is, if the file gives one.
    public var rules: [SourceLocation?] = []
    /// One per history entry.
    public var history: [SourceLocation] = []
    /// Every text of the policy (title, headings, clauses, passages).
    public var texts: [Text] = []

    public init() {}

    /// The map of a document read from prose: each part at its source line.
    public init(document: PolicyDocument) {
        func at(_ line: Int?) -> SourceLocation { SourceLocation(line: max(line ?? 1, 1), column: 1) }
        for clause in document.clauses {
            clauses.append(at(clause.line))
            rules.append(nil)
        }
        history = document.history.map { at($0.line) }
        for text in [document.title, document.school, document.trust].compactMap({ $0 }) {
            texts.append(Text(text: text, location: at(1)))
        }
        for section in document.sections {
            if let heading = section.heading { texts.append(Text(text: heading, location: at(section.line))) }
            for item in section.items {
                switch item {
                case .clause(let clause): texts.append(Text(text: clause.text, location: at(clause.line)))
                case .passage(let passage): texts.append(Text(text: passage.text, location: at(passage.line)))
                }
            }
        }
    }
}
