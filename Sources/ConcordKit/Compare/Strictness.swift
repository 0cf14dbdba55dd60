/// How strict a position is, as a key that sorts from loosest to strictest.
///
/// Modality first (`must`/`must-not` > `should`/`should-not` > `may`, and a
/// prohibition over a duty of the same strength), then scope. For
/// prohibitions and duties the wider the scope the stricter: an age limit
/// protecting people under 18 covers more than one under 16, and no age
/// limit at all covers everyone; no context means everywhere; every
/// exception lifts the rule somewhere. For a permission the narrower the
/// stricter, so the order of scope is reversed.
public struct Strictness: Hashable, Sendable, Comparable {
    var ranks: [Int]

    public init(_ position: Position) {
        let modality = position.modality
        let widening = modality == .may ? -1 : 1
        ranks = [
            modality.strength,
            modality.isProhibition ? 1 : 0,
            widening * Self.ageCoverage(position.age),
            widening * -position.exceptions.count,
            widening * (position.context.isEmpty ? 1 : 0),
        ]
    }

    /// How many people an age limit covers: everyone without one, more the
    /// higher an "under" limit and the lower an "over" limit.
    static func ageCoverage(_ age: AgeThreshold?) -> Int {
        guard let age else { return 1_000 }
        switch age.comparator {
        case .under: return age.years
        case .over: return 200 - age.years
        }
    }

    public static func < (lhs: Strictness, rhs: Strictness) -> Bool {
        lhs.ranks.lexicographicallyPrecedes(rhs.ranks)
    }
}

extension Position {
    public var strictness: Strictness { Strictness(self) }
}
