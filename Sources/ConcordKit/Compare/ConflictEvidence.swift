/// One school's side of a conflict: the sentence whose position meets an
/// opposite one of other schools on the same topic, so a reader can check
/// the conflict against the words.
public struct ConflictEvidence: Hashable, Sendable {
    /// The document (index into the matrix's documents).
    public var document: Int
    /// The clause that takes this side: its text and line.
    public var clause: Clause
    /// Its position on the topic.
    public var position: Position
    /// The documents holding a position that conflicts with this one.
    public var against: [Int]

    public init(document: Int, clause: Clause, position: Position, against: [Int]) {
        self.document = document
        self.clause = clause
        self.position = position
        self.against = against
    }

    /// Whether this side forbids or discourages (else it requires, advises
    /// or permits).
    public var forbids: Bool { position.modality.isProhibition }
}
