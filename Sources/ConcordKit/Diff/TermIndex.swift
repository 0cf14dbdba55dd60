/// An inverted index from terms to the clauses that use them: the candidate
/// bucket of the pairing. Terms found in more than `commonLimit` clauses
/// ("staff", "the") are left out, so looking a clause up costs at most
/// `commonLimit` per term.
struct TermIndex {
    private var postings: [String: [Int]] = [:]
    private let commonLimit: Int

    init(_ entries: [(index: Int, print: ClauseFingerprint)], commonLimit: Int) {
        self.commonLimit = commonLimit
        for entry in entries {
            for term in entry.print.termCounts.keys { postings[term, default: []].append(entry.index) }
        }
    }

    /// The `limit` indexed clauses sharing the most terms with `print`,
    /// most first, ties to the lower index.
    func candidates(for print: ClauseFingerprint, limit: Int) -> [Int] {
        var shared: [Int: Int] = [:]
        for term in print.termCounts.keys {
            guard let list = postings[term], list.count <= commonLimit else { continue }
            for index in list { shared[index, default: 0] += 1 }
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(limit).map(\.key)
    }
}
