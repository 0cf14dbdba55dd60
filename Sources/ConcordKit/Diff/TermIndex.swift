/// An inverted index from term ids to the clauses that use them: the
/// candidate bucket of the pairing. Terms found in more than `commonLimit`
/// clauses ("staff", "the") are left out, so looking a clause up costs at
/// most `commonLimit` per term.
///
/// The postings lie end to end in one array (term t's are
/// `postings[starts[t]..<starts[t + 1]]`), and a lookup adds up its scores
/// in a dense array indexed by clause: no array per term, no hashing.
struct TermIndex {
    private var starts: [Int]
    private var postings: [Int]
    private let commonLimit: Int
    /// Scratch for `candidates`: each clause's shared weight (0 between
    /// lookups), and the clauses a lookup touched.
    private var scores: [Double]
    private var touched: [Int] = []

    init(_ entries: [(index: Int, print: ClauseFingerprint)], vocabulary: Int, commonLimit: Int) {
        self.commonLimit = commonLimit
        var counts = [Int](repeating: 0, count: vocabulary + 1)
        var largest = -1
        for entry in entries {
            for id in entry.print.termIDs { counts[Int(id) + 1] += 1 }
            largest = max(largest, entry.index)
        }
        for term in 0..<vocabulary { counts[term + 1] += counts[term] }
        starts = counts
        var next = counts
        postings = [Int](repeating: 0, count: counts[vocabulary])
        for entry in entries {
            for id in entry.print.termIDs {
                postings[next[Int(id)]] = entry.index
                next[Int(id)] += 1
            }
        }
        scores = [Double](repeating: 0, count: largest + 1)
    }

    /// The `limit` indexed clauses sharing the most term weight with
    /// `print`, most first, ties to the lower index.
    mutating func candidates(for print: ClauseFingerprint, limit: Int) -> [Int] {
        touched.removeAll(keepingCapacity: true)
        let vocabulary = starts.count - 1
        for (position, id) in print.termIDs.enumerated() where Int(id) < vocabulary {
            let range = starts[Int(id)]..<starts[Int(id) + 1]
            guard range.count <= commonLimit else { continue }
            let weight = print.weight(at: position)
            for index in postings[range] {
                // Weights are positive (ln(1 + N / df) ≥ ln 2): a score of
                // 0 is a clause this lookup has not touched yet.
                if scores[index] == 0 { touched.append(index) }
                scores[index] += weight
            }
        }
        let ranked = touched.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        for index in touched { scores[index] = 0 }
        return Array(ranked.prefix(limit))
    }
}
