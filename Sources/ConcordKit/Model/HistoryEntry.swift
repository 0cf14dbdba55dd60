/// One row of a policy's version table.
public struct HistoryEntry: Codable, Hashable, Sendable {
    public var version: String
    /// As written in the source ("June 2015", "2024-09"), or nil.
    public var date: String?
    public var purpose: String?
    public var lead: String?
    /// 1-based source line of the row, when read from a document.
    public var line: Int?

    public init(version: String, date: String? = nil, purpose: String? = nil, lead: String? = nil, line: Int? = nil) {
        self.version = version
        self.date = date
        self.purpose = purpose
        self.lead = lead
        self.line = line
    }
}
