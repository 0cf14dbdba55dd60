/// An inverted index from term ids to the clauses that use them: the
/// candidate bucket of the pairing. Terms found in more than `commonLimit`
/// clauses ("staff", "the") are left out, so looking a clause up costs at
/// most `commonLimit` per term.
struct TermIndex {
    private var postings: [[Int]]
    private let commonLimit: Int

    init(_ entries: [(index: Int, print: ClauseFingerprint)], vocabulary: Int, commonLimit: Int) {
        self.commonLimit = commonLimit
        postings = Array(repeating: [], count: vocabulary)
        for entry in entries {
            for id in entry.print.termIDs { postings[Int(id)].append(entry.index) }
        }
    }

    /// The `limit` indexed clauses sharing the most term weight with
    /// `print`, most first, ties to the lower index.
    func candidates(for print: ClauseFingerprint, limit: Int) -> [Int] {
        var shared: [Int: Double] = [:]
        for (position, id) in print.termIDs.enumerated() where Int(id) < postings.count {
            let list = postings[Int(id)]
            guard list.count <= commonLimit else { continue }
            for index in list { shared[index, default: 0] += print.termWeights[position] }
        }
        let ranked = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(limit).map(\.key)
    }
}
