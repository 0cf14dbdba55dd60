/// One school's position on one topic: the strongest of its clauses there,
/// with every clause behind it (the strongest first, then the others in
/// document order).
public struct Cell: Hashable, Sendable {
    public var position: Position
    public var clauses: [Clause]

    public init(position: Position, clauses: [Clause]) {
        self.position = position
        self.clauses = clauses
    }

    /// The cell of a school's clauses on `key`: the strictest position wins,
    /// the earliest clause breaking ties. Nil when there are none.
    public init?(_ clauses: [Clause], on key: TopicKey) {
        guard !clauses.isEmpty else { return nil }
        let positions = clauses.map { Position($0.rule, on: key) }
        var best = 0
        for index in positions.indices.dropFirst() where positions[best].strictness < positions[index].strictness {
            best = index
        }
        var ordered = [clauses[best]]
        ordered += clauses.enumerated().filter { $0.offset != best }.map(\.element).sorted { $0.line < $1.line }
        self.init(position: positions[best], clauses: ordered)
    }

    /// The clause whose position the cell shows.
    public var strongest: Clause { clauses[0] }
}
