/// One entry of a diff's prose: a heading or passage of OLD paired with one
/// of NEW, or a leftover, with the kinds of change it carries and, where the
/// words differ, a word redline.
public struct ProseChange: Hashable, Sendable {
    /// What happened to a piece of prose. `unchanged` is only ever alone;
    /// `moved` may go with `minor` or `edited`.
    public enum Kind: String, CaseIterable, Codable, Sendable, Comparable {
        case unchanged
        /// Only a heading's number changed; a diff reports all of its
        /// renumbered headings together, once.
        case renumbered
        /// The words differ only in case or punctuation ("college" →
        /// "College", "E-Safety Policy;" → "E-Safety Policy.").
        case minor
        /// Words were added, removed or replaced.
        case edited
        /// A heading now comes in another order, or a passage in another
        /// section.
        case moved
        case added
        case removed

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.ordinal < rhs.ordinal }

        var ordinal: Int { Kind.allCases.firstIndex(of: self)! }
    }

    public var kinds: [Kind]
    /// The old pieces: none when added; several when consecutive pieces of
    /// one side hold the words of one piece of the other (a line break read
    /// as a paragraph break in one version only), which is layout.
    public var oldPieces: [ProsePiece]
    public var newPieces: [ProsePiece]
    /// Old words against new (several pieces joined by a space); empty when
    /// the words are the same.
    public var redline: Redline

    public init(kinds: [Kind], old: [ProsePiece], new: [ProsePiece], redline: Redline = Redline()) {
        self.kinds = kinds.count == 1 ? kinds : Array(Set(kinds)).sorted()
        self.oldPieces = old
        self.newPieces = new
        self.redline = redline
    }

    public init(kinds: [Kind], old: ProsePiece?, new: ProsePiece?, redline: Redline = Redline()) {
        self.init(kinds: kinds, old: old.map { [$0] } ?? [], new: new.map { [$0] } ?? [], redline: redline)
    }

    /// The first old piece, nil when added.
    public var old: ProsePiece? { oldPieces.first }
    /// The first new piece, nil when removed.
    public var new: ProsePiece? { newPieces.first }

    public var isUnchanged: Bool { kinds.count == 1 && kinds[0] == .unchanged }
}
