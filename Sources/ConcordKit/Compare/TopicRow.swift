/// One topic across every school: a cell per document (nil where it says
/// nothing), the row's status and who holds its strictest and loosest
/// positions.
public struct TopicRow: Hashable, Sendable {
    public var key: TopicKey
    public var label: String
    /// The audience roles the topic's clauses name within its group.
    public var audience: [Role]
    /// Aligned with `ComparisonMatrix.documents`.
    public var cells: [Cell?]
    public var status: RowStatus
    /// Every status that holds (a row can both differ and have a gap).
    public var findings: [RowStatus]
    /// The strictest position and the documents (indices) holding it.
    public var strictest: Position
    public var strictestHolders: [Int]
    /// The loosest position's holders, where positions differ; else empty.
    public var loosestHolders: [Int]
    /// Documents whose position conflicts with another's.
    public var conflicting: [Int]
    /// Each conflicting document's side, with the sentence behind it, in
    /// document order.
    public var conflicts: [ConflictEvidence]

    /// The row of `key` from its cells; at least one cell is present (the
    /// matrix makes a row only for a topic some clause speaks to).
    init(key: TopicKey, cells: [Cell?]) {
        self.key = key
        self.label = TopicVocabulary.label(for: key)
        self.cells = cells
        let present = cells.indices.filter { cells[$0] != nil }
        let positions = cells.map { $0?.position }
        var roles = Set<Role>()
        for index in present {
            for clause in cells[index]!.clauses {
                roles.formUnion(clause.rule.audience.filter { key.audience?.contains($0) ?? false })
            }
        }
        audience = roles.sorted()

        let ranked = present.map { (index: $0, strictness: positions[$0]!.strictness) }
        let top = ranked.map(\.strictness).max()!
        let bottom = ranked.map(\.strictness).min()!
        strictestHolders = ranked.filter { $0.strictness == top }.map(\.index)
        strictest = positions[strictestHolders[0]]!

        conflicts = Self.conflicts(present.map { ($0, cells[$0]!.stance) })
        conflicting = conflicts.map(\.document)
        let first = positions[present[0]]!
        let differs = present.contains { !positions[$0]!.agrees(with: first) }
        loosestHolders = differs ? ranked.filter { $0.strictness == bottom }.map(\.index) : []

        var findings: [RowStatus] = []
        if !conflicting.isEmpty { findings.append(.conflict) }
        if differs { findings.append(.differ) }
        if present.count < cells.count { findings.append(.gap) }
        if findings.isEmpty { findings.append(.agree) }
        self.findings = findings
        self.status = findings[0]
    }

    /// The side of every document whose stance conflicts with another's:
    /// its first plain clause whose position meets an opposite one. Conflict
    /// depends only on modality, contexts and whether there are exceptions,
    /// so the distinct positions of those are compared, not every pair of
    /// schools.
    static func conflicts(_ stances: [(index: Int, stance: [(position: Position, clause: Clause)])]) -> [ConflictEvidence] {
        var holders: [Position: Set<Int>] = [:]
        for (index, stance) in stances {
            for side in stance { holders[side.position.essentials, default: []].insert(index) }
        }
        let distinct = Array(holders.keys)
        var opposed: [Position: Set<Int>] = [:]
        for (offset, a) in distinct.enumerated() {
            for b in distinct[(offset + 1)...] where a.conflicts(with: b) {
                opposed[a, default: []].formUnion(holders[b]!)
                opposed[b, default: []].formUnion(holders[a]!)
            }
        }
        guard !opposed.isEmpty else { return [] }
        // Every clause of each document that takes part, then the one most
        // like what the other side says ("must not bring phones" against
        // "may bring phones", not "must not wear earphones").
        let candidates: [(index: Int, sides: [ConflictEvidence])] = stances.map { index, stance in
            (index, stance.compactMap { side in
                guard let against = opposed[side.position.essentials]?.subtracting([index]), !against.isEmpty else { return nil }
                return ConflictEvidence(document: index, clause: side.clause, position: side.position, against: against.sorted())
            })
        }
        // Each side's content words, read once.
        let sideWords = candidates.map { $0.sides.map { ContentWords($0.clause.text).words } }
        var words: [Int: Set<String>] = [:]
        for (offset, candidate) in candidates.enumerated() where !candidate.sides.isEmpty {
            words[candidate.index] = sideWords[offset].reduce(into: Set<String>()) { $0.formUnion($1) }
        }
        return candidates.enumerated().compactMap { offset, candidate in
            let sides = candidate.sides
            guard sides.count > 1 else { return sides.first }
            // How many content words a side shares with what the documents
            // it conflicts with say; the first side breaks a tie.
            let shared = sides.indices.map { index in
                let theirs = sides[index].against.reduce(into: Set<String>()) { $0.formUnion(words[$1] ?? []) }
                return sideWords[offset][index].intersection(theirs).count
            }
            let best = sides.indices.max { shared[$0] != shared[$1] ? shared[$0] < shared[$1] : $0 > $1 }!
            return sides[best]
        }
    }
}

extension Position {
    /// What decides a conflict: modality, contexts and exceptions.
    var essentials: Position { Position(modality: modality, context: context, exceptions: exceptions) }
}
