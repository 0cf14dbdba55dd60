/// The reading order of a document's pieces and clauses: each section's
/// heading, then its items. A diff gives every piece and clause its place
/// in it, so that each version's words can be rebuilt in order from the
/// diff alone.
struct DocumentOrder {
    /// The prose pieces (headings and passages), in reading order.
    var pieces: [ProsePiece] = []
    /// Each clause's place, in the order of `PolicyDocument.clauses`.
    var clauses: [Int] = []

    /// Each piece's key id (`PieceWords.Parts.keyID`).
    var keyIDs: [Int32] = []

    /// The order, the pieces' words worked out through `words`, which both
    /// versions of a diff share.
    init(_ document: PolicyDocument, words: inout PieceWords) {
        var order = 0
        // Room for every heading and item: growing the array would copy
        // every piece made so far.
        var room = document.sections.count
        for sectionIndex in document.sections.indices { room += document.sections[sectionIndex].items.count }
        pieces.reserveCapacity(room)
        keyIDs.reserveCapacity(room)
        // Items are looked at in place: copying a clause out of its section
        // retains every string and array it holds.
        for sectionIndex in document.sections.indices {
            let id = document.sections[sectionIndex].id
            if let heading = document.sections[sectionIndex].heading {
                let line = document.sections[sectionIndex].line ?? 0
                let parts = words.parts(of: heading)
                keyIDs.append(parts.keyID)
                pieces.append(ProsePiece(kind: .heading, text: heading, number: Self.number(of: id), section: id, line: line,
                                         order: order, parts: parts))
                order += 1
            }
            for itemIndex in document.sections[sectionIndex].items.indices {
                if case .passage(let passage) = document.sections[sectionIndex].items[itemIndex] {
                    let parts = words.parts(of: passage.text)
                    keyIDs.append(parts.keyID)
                    pieces.append(ProsePiece(kind: Self.kind(of: passage.kind), text: passage.text, section: id, line: passage.line,
                                             order: order, marker: passage.marker, parts: parts))
                } else {
                    clauses.append(order)
                }
                order += 1
            }
        }
    }

    /// Calls `body` with each clause's section and item index and its place
    /// in reading order, as `clauses` has them, without making the pieces.
    static func forEachClausePlace(_ document: PolicyDocument, _ body: (Int, Int, Int) -> Void) {
        var order = 0
        for sectionIndex in document.sections.indices {
            if document.sections[sectionIndex].heading != nil { order += 1 }
            for itemIndex in document.sections[sectionIndex].items.indices {
                if case .passage = document.sections[sectionIndex].items[itemIndex] {} else { body(sectionIndex, itemIndex, order) }
                order += 1
            }
        }
    }

    /// A section id that is a number or letter written in the source; nil
    /// for an ordinal ("s3") given to a heading without one.
    static func number(of id: String) -> String? {
        let bytes = id.utf8
        if bytes.count >= 2, bytes.first == UInt8(ascii: "s"), bytes.dropFirst().allSatisfy({ $0 >= 48 && $0 <= 57 }) { return nil }
        return id
    }

    static func kind(of kind: Passage.Kind) -> ProsePiece.Kind {
        switch kind {
        case .paragraph: return .paragraph
        case .listItem: return .item
        case .note: return .note
        }
    }
}
