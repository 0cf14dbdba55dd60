/// The terms of a text (`WordScanner.terms`) with their counts, each term
/// interned once in a shared `TermTable`: ids in increasing order, so that
/// two bags are compared by one walk of both and no term is hashed twice.
struct TermBag {
    /// Distinct term ids, increasing, and how often each occurs.
    private(set) var ids: [Int32] = []
    private(set) var counts: [Int32] = []
    /// The number of terms, repeats included.
    private(set) var total = 0

    /// The bag of `text`'s terms, interned in `table`.
    init(_ text: String, table: inout TermTable) {
        var all: [Int32] = []
        WordScanner.forEachTerm(in: text, into: &all) { all, term in all.append(Int32(table.id(of: term))) }
        guard !all.isEmpty else { return }
        all.sort()
        total = all.count
        for id in all {
            if id == ids.last {
                counts[counts.count - 1] += 1
            } else {
                ids.append(id)
                counts.append(1)
            }
        }
    }

    /// Dice's coefficient of the two multisets of terms: twice the terms
    /// they share (repeats counted up to the smaller count) over all their
    /// terms; 1 for two empty bags.
    func dice(_ other: TermBag) -> Double {
        let total = self.total + other.total
        guard total > 0 else { return 1 }
        var shared = 0
        var mine = 0, theirs = 0
        while mine < ids.count, theirs < other.ids.count {
            if ids[mine] < other.ids[theirs] {
                mine += 1
            } else if ids[mine] > other.ids[theirs] {
                theirs += 1
            } else {
                shared += Int(min(counts[mine], other.counts[theirs]))
                mine += 1
                theirs += 1
            }
        }
        return 2 * Double(shared) / Double(total)
    }
}
