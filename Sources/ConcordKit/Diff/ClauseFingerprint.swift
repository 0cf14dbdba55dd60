/// What the pairing compares of one clause, computed once: its words
/// without a leading list number (for "same words?") and its terms counted
/// (for similarity).
struct ClauseFingerprint: Sendable {
    /// The words joined by single spaces: two clauses with equal keys say
    /// the same words however their lines were wrapped or numbered.
    var key: String
    var words: [String]
    var termCounts: [String: Int]
    var termTotal: Int

    init(_ clause: Clause) {
        words = WordScanner.wordsWithoutMarker(clause.text)
        key = words.joined(separator: " ")
        var counts: [String: Int] = [:]
        let terms = WordScanner.terms(key)
        for term in terms { counts[term, default: 0] += 1 }
        termCounts = counts
        termTotal = terms.count
    }

    /// How many terms the two have in common, counted with multiplicity.
    func sharedTerms(with other: ClauseFingerprint) -> Int {
        let (small, large) = termCounts.count <= other.termCounts.count ? (termCounts, other.termCounts) : (other.termCounts, termCounts)
        var shared = 0
        for (term, count) in small {
            if let otherCount = large[term] { shared += min(count, otherCount) }
        }
        return shared
    }

    /// Dice's coefficient of the two term multisets: 1 for the same terms,
    /// 0 for none in common.
    func similarity(to other: ClauseFingerprint) -> Double {
        let total = termTotal + other.termTotal
        guard total > 0 else { return 1 }
        return 2 * Double(sharedTerms(with: other)) / Double(total)
    }

    /// The share of this clause's terms that `other` also has: near 1 when
    /// this clause is a part of `other`.
    func containment(in other: ClauseFingerprint) -> Double {
        guard termTotal > 0 else { return 0 }
        return Double(sharedTerms(with: other)) / Double(termTotal)
    }
}
