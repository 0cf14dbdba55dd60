/// What the policy author tells `merge` beyond the documents: the merged
/// policy's title, the trust, its first history entry, and the local words
/// that become placeholders.
public struct MergeSettings: Hashable, Sendable {
    /// The merged title; nil takes the title most sources use.
    public var title: String?
    /// The trust's name: kept in the header, and `{{trust}}` in the prose.
    public var trust: String?
    /// The lead person of the first history entry.
    public var lead: String?
    public var version: String
    /// As it should be written ("2025-09"); nil leaves the date out.
    public var date: String?
    /// Local words (a council, a town) that become placeholders.
    public var locals: [LocalWord]

    public init(
        title: String? = nil, trust: String? = nil, lead: String? = nil, version: String = "1.0", date: String? = nil,
        locals: [LocalWord] = []
    ) {
        self.title = title
        self.trust = trust
        self.lead = lead
        self.version = version
        self.date = date
        self.locals = locals
    }
}
