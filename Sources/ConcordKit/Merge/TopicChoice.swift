/// What a strategy chose on one topic: the position, the documents holding
/// it, the other positions and their holders, and why.
public struct TopicChoice: Hashable, Sendable {
    /// One stance on the topic and the documents (indices) that take it.
    public struct Stance: Hashable, Sendable {
        public var position: Position
        public var holders: [Int]
    }

    public var row: TopicRow
    public var chosen: Stance
    /// The other stances, most held first, then strictest first.
    public var alternatives: [Stance]
    /// Why the strategy chose it, in words ("strictest of 3 positions").
    public var reason: String

    /// Documents with a clause on the topic.
    public var covering: [Int] { row.cells.indices.filter { row.cells[$0] != nil } }
}
