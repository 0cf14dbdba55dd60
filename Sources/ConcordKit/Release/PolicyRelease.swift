/// Releases a new version of a policy: checks that the version increases
/// on every version in its history and every one released before, and
/// appends a history entry whose purpose ends with a summary of the clause
/// changes since the previous released version, computed by `PolicyDiffer`
/// ("Annual review (2 tightened, 1 added)").
public struct PolicyRelease: Sendable {
    public var version: String
    public var purpose: String
    public var lead: String
    public var date: String?

    public init(version: String, purpose: String, lead: String, date: String? = nil) {
        self.version = version
        self.purpose = purpose
        self.lead = lead
        self.date = date
    }

    /// The latest of `released` (the versions kept in the history folder)
    /// that comes before this release: the one to compare with.
    public func previous(among released: [String]) -> String? {
        guard let mine = ReleaseVersion(version) else { return nil }
        return released.compactMap { ReleaseVersion($0) }.filter { $0 < mine }.max()?.description
    }

    /// The policy with its new history entry, or why the version is refused.
    /// `previous` is the last released version's policy (nil for the
    /// first release); `released` every version released so far.
    public func apply(to document: PolicyDocument, previous: PolicyDocument?, released: [String] = []) -> Result<PolicyDocument, ReleaseError> {
        guard let mine = ReleaseVersion(version) else { return .failure(.notANumber(version)) }
        let earlier = document.history.map(\.version) + released
        if let latest = earlier.compactMap({ ReleaseVersion($0) }).max(), !(latest < mine) {
            return .failure(.notIncreasing(version, latest: latest.description))
        }
        let summary = previous.map { Self.summary(PolicyDiffer().diff($0, document)) } ?? "first kept release"
        var released = document
        released.history.append(HistoryEntry(version: version, date: date, purpose: purpose + " (" + summary + ")", lead: lead))
        return .success(released)
    }

    /// "2 tightened, 1 added, 3 prose changes": the clause changes of a
    /// diff, in the order of `ChangeKind`, leaving out unchanged clauses,
    /// then how many headings and passages changed (a renumbering counts
    /// once); "no clause changes" when nothing changed.
    public static func summary(_ diff: PolicyDiff) -> String {
        let summary = diff.summary
        let counts = summary.clauses
        var parts = ChangeKind.allCases.filter { $0 != .unchanged }.compactMap { kind -> String? in
            guard let count = counts[kind], count > 0 else { return nil }
            return "\(count) \(kind.rawValue)"
        }
        let prose = summary.proseChanges
        if prose > 0 { parts.append(prose == 1 ? "1 prose change" : "\(prose) prose changes") }
        return parts.isEmpty ? "no clause changes" : parts.joined(separator: ", ")
    }
}
