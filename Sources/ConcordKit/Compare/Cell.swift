/// One school's position on one topic: the strongest of its clauses there,
/// with every clause behind it (the strongest first, then the others in
/// document order).
public struct Cell: Hashable, Sendable {
    public var position: Position
    public var clauses: [Clause]
    /// The positions of the clauses that can take part in a conflict: those
    /// that hold in every case their contexts name (not qualified) and whose
    /// polarity the extractor is sure of.
    public var plainPositions: [Position]
    /// The clause behind each plain position, aligned with it.
    public var plainClauses: [Clause]

    public init(position: Position, clauses: [Clause], plainPositions: [Position]? = nil, plainClauses: [Clause]? = nil) {
        self.position = position
        self.clauses = clauses
        self.plainPositions = plainPositions ?? [position]
        self.plainClauses = plainClauses ?? Array(clauses.prefix(self.plainPositions.count))
    }

    /// The school's stance for conflicts: its plain positions, with the clause behind each, where
    /// they agree in polarity; none where it has none, or where it forbids in
    /// one plain clause what it allows in another (its own rules then depend
    /// on cases the contexts do not name).
    var stance: [(position: Position, clause: Clause)] {
        guard let first = plainPositions.first else { return [] }
        guard plainPositions.allSatisfy({ $0.modality.isProhibition == first.modality.isProhibition }) else { return [] }
        return Array(zip(plainPositions, plainClauses))
    }

    /// The cell of a school's clauses on `key`: the strictest position wins,
    /// the earliest clause breaking ties. Nil when there are none. `isPlain`
    /// tells the clauses that can take part in a conflict.
    public init?(_ clauses: [Clause], on key: TopicKey, isPlain: (Clause) -> Bool = { _ in true }) {
        guard !clauses.isEmpty else { return nil }
        let positions = clauses.map { Position($0.rule, on: key) }
        var best = 0
        for index in positions.indices.dropFirst() where positions[best].strictness < positions[index].strictness {
            best = index
        }
        var ordered = [clauses[best]]
        ordered += clauses.enumerated().filter { $0.offset != best }.map(\.element).sorted { $0.line < $1.line }
        let plain = clauses.indices.filter { isPlain(clauses[$0]) }
        self.init(
            position: positions[best], clauses: ordered,
            plainPositions: plain.map { positions[$0] }, plainClauses: plain.map { clauses[$0] })
    }

    /// The clause whose position the cell shows.
    public var strongest: Clause { clauses[0] }
}
