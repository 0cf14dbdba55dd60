/// A change to what a policy says about itself: its title, school, trust or
/// a row of its version table.
public struct DocumentChange: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case titleChanged = "title-changed"
        case schoolChanged = "school-changed"
        case trustChanged = "trust-changed"
        case historyAdded = "history-added"
        case historyRemoved = "history-removed"
        case historyChanged = "history-changed"

        public var isHistory: Bool {
            self == .historyAdded || self == .historyRemoved || self == .historyChanged
        }
    }

    public var kind: Kind
    /// The old and new title, school or trust (nil where there was none).
    public var old: String?
    public var new: String?
    /// The old and new version-table rows, for history changes.
    public var oldEntry: HistoryEntry?
    public var newEntry: HistoryEntry?

    public init(kind: Kind, old: String? = nil, new: String? = nil, oldEntry: HistoryEntry? = nil, newEntry: HistoryEntry? = nil) {
        self.kind = kind
        self.old = old
        self.new = new
        self.oldEntry = oldEntry
        self.newEntry = newEntry
    }
}
