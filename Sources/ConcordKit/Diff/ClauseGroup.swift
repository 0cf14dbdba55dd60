/// Old and new clauses (by index into each document's `clauses`) that the
/// pairing put together: one and one (a pair), one and none (removed), none
/// and one (added), one and several (a split) or several and one (a merge).
struct ClauseGroup: Hashable, Sendable {
    var old: [Int]
    var new: [Int]
}
