/// The label, body and key of the headings and passages of both versions
/// of a policy, worked out once per distinct text: most pieces are the same
/// in both versions, and a policy repeats some ("and", "Date approved:").
/// Keys are interned too, so that pieces with the same words share an id.
struct PieceWords {
    struct Parts {
        var label: String?
        var body: String
        var key: String
        /// Equal ids, equal keys; -1 for an empty key (no words).
        var keyID: Int32
    }

    private var texts = TermTable()
    private var keys = TermTable()
    private var known: [Parts] = []

    /// The parts of a piece's `text` (`ProsePiece.split`, `WordScanner.key`).
    mutating func parts(of text: String) -> Parts {
        var text = text
        let id = text.withUTF8 { texts.id(of: $0) }
        if id < known.count { return known[id] }
        let (label, body) = ProsePiece.split(text)
        var key = WordScanner.key(body)
        let keyID = key.isEmpty ? -1 : Int32(key.withUTF8 { keys.id(of: $0) })
        known.append(Parts(label: label, body: body, key: key, keyID: keyID))
        return known[id]
    }
}
