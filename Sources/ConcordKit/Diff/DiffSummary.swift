/// How many changes of each kind a diff holds. A change with several kinds
/// counts once under each; a split or merge counts once; renumbered
/// headings, items and clauses count once together, as one renumbering.
public struct DiffSummary: Hashable, Sendable {
    public var clauses: [ChangeKind: Int]
    public var document: [DocumentChange.Kind: Int]
    public var prose: [ProseChange.Kind: Int]

    public init(changes: [ClauseChange], document: [DocumentChange], prose: [ProseChange] = [], renumbering: [Renumbering]? = nil) {
        var clauses: [ChangeKind: Int] = [:]
        for kind in ChangeKind.allCases { clauses[kind] = 0 }
        for change in changes {
            for kind in change.kinds { clauses[kind, default: 0] += 1 }
        }
        var counts: [DocumentChange.Kind: Int] = [:]
        for kind in DocumentChange.Kind.allCases { counts[kind] = 0 }
        for change in document { counts[change.kind, default: 0] += 1 }
        // Counted by ordinal, then put in the dictionary once: hashing a
        // kind for each of thousands of entries cost more than the rest.
        var byOrdinal = [Int](repeating: 0, count: ProseChange.Kind.allCases.count)
        var changedProse = 0
        for index in prose.indices {
            for kind in prose[index].kinds { byOrdinal[kind.ordinal] += 1 }
            if !prose[index].isUnchanged { changedProse += 1 }
        }
        var proseCounts: [ProseChange.Kind: Int] = [:]
        for (ordinal, kind) in ProseChange.Kind.allCases.enumerated() { proseCounts[kind] = byOrdinal[ordinal] }
        // Renumbered pieces count once, as one renumbering with the clauses'.
        let renumberedOnly = (proseCounts[.renumbered] ?? 0) > 0 ? prose.indices.filter { prose[$0].kinds == [.renumbered] }.count : 0
        let renumbered = (renumbering ?? Renumbering.all(changes: changes, prose: prose)).isEmpty ? 0 : 1
        proseCounts[.renumbered] = renumbered
        self.clauses = clauses
        self.document = counts
        self.prose = proseCounts
        self.proseChanges = changedProse - renumberedOnly + renumbered
    }

    /// How many headings and passages changed, a renumbering (of headings,
    /// items and clauses) counted once.
    public var proseChanges: Int

    /// Every kind with its count, clause kinds first, then document kinds,
    /// then prose kinds ("prose-edited"), in a fixed order.
    public var counts: [(kind: String, count: Int)] {
        ChangeKind.allCases.map { ($0.rawValue, clauses[$0] ?? 0) }
            + DocumentChange.Kind.allCases.map { ($0.rawValue, document[$0] ?? 0) }
            + ProseChange.Kind.allCases.map { ("prose-" + $0.rawValue, prose[$0] ?? 0) }
    }

    /// "1 tightened, 2 added, 40 unchanged, 1 history-added; prose: 1
    /// renumbered, 1 minor, 2 edited, 30 unchanged": the kinds that occur,
    /// changes first, `unchanged` after them; the prose part only when a
    /// heading or passage changed.
    public var line: String {
        let changed = ChangeKind.allCases.filter { $0 != .unchanged }.map { ($0.rawValue, clauses[$0] ?? 0) }
        let unchanged = [(ChangeKind.unchanged.rawValue, clauses[.unchanged] ?? 0)]
        let document = DocumentChange.Kind.allCases.map { ($0.rawValue, self.document[$0] ?? 0) }
        let parts = (changed + unchanged + document).filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        let clauseLine = parts.isEmpty ? "no clauses" : parts.joined(separator: ", ")
        let proseKinds = ProseChange.Kind.allCases.filter { $0 != .unchanged } + [.unchanged]
        let proseParts = proseKinds.map { ($0.rawValue, prose[$0] ?? 0) }.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        return proseChanges == 0 ? clauseLine : clauseLine + "; prose: " + proseParts.joined(separator: ", ")
    }
}
