/// The structure of a document: its blocks in order, its metadata and its
/// version history, with what was found wrong on the way.
public struct Outline: Sendable {
    public var name: String
    public var title: String?
    public var school: String?
    public var history: [HistoryEntry]
    public var blocks: [OutlineBlock]
    public var diagnostics: [Diagnostic]

    public init(name: String, title: String? = nil, school: String? = nil, history: [HistoryEntry] = [], blocks: [OutlineBlock] = [], diagnostics: [Diagnostic] = []) {
        self.name = name
        self.title = title
        self.school = school
        self.history = history
        self.blocks = blocks
        self.diagnostics = diagnostics
    }
}
