/// How many notes the extractor left on a document (`PolicyDocument.unread`),
/// in all and for each reason: what the reports show so that a reader knows
/// where to look by eye. A document read from a `.policy` file has none (its
/// author wrote every rule out), so it counts 0.
public struct UnreadCount: Hashable, Sendable {
    /// Notes for each reason; a reason with none is absent.
    public private(set) var reasons: [UnreadNote.Reason: Int] = [:]
    public private(set) var total = 0

    public init(_ notes: [UnreadNote] = []) {
        for note in notes { add(note.reason) }
    }

    /// The count of `document`'s notes.
    public init(of document: PolicyDocument) {
        self.init(document.unread)
    }

    public mutating func add(_ reason: UnreadNote.Reason) {
        reasons[reason, default: 0] += 1
        total += 1
    }

    public subscript(reason: UnreadNote.Reason) -> Int {
        reasons[reason] ?? 0
    }

    /// "3 action not recognised, 4 party assumed": the reasons that occur,
    /// in the order of `UnreadNote.Reason.allCases`; empty when there are no
    /// notes.
    public var breakdown: String {
        UnreadNote.Reason.allCases.compactMap { reason in
            self[reason] == 0 ? nil : "\(self[reason]) \(reason.description)"
        }.joined(separator: ", ")
    }

    /// "7 (3 action not recognised, 4 party assumed)", or "0".
    public var description: String {
        total == 0 ? "0" : "\(total) (\(breakdown))"
    }

    /// How a reader lists the notes of a document, for the reports to say
    /// after their counts.
    public static let listing = "concord extract FILE --unread"
}
