/// How many changes of each kind a diff holds. A change with several kinds
/// counts once under each; a split or merge counts once.
public struct DiffSummary: Hashable, Sendable {
    public var clauses: [ChangeKind: Int]
    public var document: [DocumentChange.Kind: Int]

    public init(changes: [ClauseChange], document: [DocumentChange]) {
        var clauses: [ChangeKind: Int] = [:]
        for kind in ChangeKind.allCases { clauses[kind] = 0 }
        for change in changes {
            for kind in change.kinds { clauses[kind, default: 0] += 1 }
        }
        var counts: [DocumentChange.Kind: Int] = [:]
        for kind in DocumentChange.Kind.allCases { counts[kind] = 0 }
        for change in document { counts[change.kind, default: 0] += 1 }
        self.clauses = clauses
        self.document = counts
    }

    /// Every kind with its count, clause kinds first, in a fixed order.
    public var counts: [(kind: String, count: Int)] {
        ChangeKind.allCases.map { ($0.rawValue, clauses[$0] ?? 0) }
            + DocumentChange.Kind.allCases.map { ($0.rawValue, document[$0] ?? 0) }
    }

    /// "1 tightened, 2 added, 40 unchanged, 1 history-added": the kinds that
    /// occur, changes first, `unchanged` after the clause kinds.
    public var line: String {
        let changed = ChangeKind.allCases.filter { $0 != .unchanged }.map { ($0.rawValue, clauses[$0] ?? 0) }
        let unchanged = [(ChangeKind.unchanged.rawValue, clauses[.unchanged] ?? 0)]
        let document = DocumentChange.Kind.allCases.map { ($0.rawValue, self.document[$0] ?? 0) }
        let parts = (changed + unchanged + document).filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        return parts.isEmpty ? "no clauses" : parts.joined(separator: ", ")
    }
}
