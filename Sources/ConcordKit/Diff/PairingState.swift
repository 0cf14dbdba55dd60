/// The pairing in progress: fingerprints of both sides, one-to-one links,
/// and the splits and merges found so far.
struct PairingState {
    let old: [Clause]
    let new: [Clause]
    let oldPrints: [ClauseFingerprint]
    let newPrints: [ClauseFingerprint]
    /// How many distinct terms the two sides use.
    let vocabulary: Int
    var oldPartner: [Int?]
    var newPartner: [Int?]
    /// OLD clause → the NEW clauses it was split into.
    var splits: [Int: [Int]] = [:]
    /// NEW clause → the OLD clauses merged into it.
    var merges: [Int: [Int]] = [:]
    var oldGrouped: [Bool]
    var newGrouped: [Bool]

    init(old: [Clause], new: [Clause]) {
        self.old = old
        self.new = new
        (oldPrints, newPrints, vocabulary) = ClauseFingerprint.make(old: old, new: new)
        oldPartner = Array(repeating: nil, count: old.count)
        newPartner = Array(repeating: nil, count: new.count)
        oldGrouped = Array(repeating: false, count: old.count)
        newGrouped = Array(repeating: false, count: new.count)
    }

    mutating func link(old: Int, new: Int) {
        oldPartner[old] = new
        newPartner[new] = old
    }

    /// Neither paired nor in a split or merge.
    func isOpen(_ index: Int, newSide: Bool) -> Bool {
        newSide ? newPartner[index] == nil && !newGrouped[index] : oldPartner[index] == nil && !oldGrouped[index]
    }

    func isGroupable(_ index: Int, newSide: Bool) -> Bool {
        newSide ? !newGrouped[index] : !oldGrouped[index]
    }

    /// Makes `whole` and `parts` one split (`whole` in OLD) or merge (`whole`
    /// in NEW). A whole paired with a clause that is not one of the parts
    /// stays paired: the parts are then left alone.
    mutating func group(whole: Int, parts: [Int], splitting: Bool) {
        let partner = splitting ? oldPartner[whole] : newPartner[whole]
        if let partner, !parts.contains(partner) { return }
        if splitting {
            if let partner { newPartner[partner] = nil; oldPartner[whole] = nil }
            splits[whole] = parts
            oldGrouped[whole] = true
            for part in parts { newGrouped[part] = true }
        } else {
            if let partner { oldPartner[partner] = nil; newPartner[whole] = nil }
            merges[whole] = parts
            newGrouped[whole] = true
            for part in parts { oldGrouped[part] = true }
        }
    }

    /// How far apart the two are in their documents, as a share of length.
    func distance(old: Int, new: Int) -> Double {
        abs(Double(old) / Double(max(self.old.count, 1)) - Double(new) / Double(max(self.new.count, 1)))
    }

    /// The `limit` members of a sorted `bucket` of OLD indices closest to
    /// where `newIndex` would be in OLD (a binary search, then outwards).
    func nearest(_ bucket: [Int], to newIndex: Int, limit: Int) -> [Int] {
        let target = newIndex * old.count / max(new.count, 1)
        var low = 0, high = bucket.count
        while low < high {
            let middle = (low + high) / 2
            if bucket[middle] < target { low = middle + 1 } else { high = middle }
        }
        var result: [Int] = []
        var left = low - 1, right = low
        while result.count < limit, left >= 0 || right < bucket.count {
            if right < bucket.count, left < 0 || bucket[right] - target <= target - bucket[left] {
                result.append(bucket[right])
                right += 1
            } else {
                result.append(bucket[left])
                left -= 1
            }
        }
        return result
    }

    /// Every clause of both sides in exactly one group.
    func groups() -> [ClauseGroup] {
        var groups: [ClauseGroup] = []
        for (index, partner) in oldPartner.enumerated() {
            if let partner {
                groups.append(ClauseGroup(old: [index], new: [partner]))
            } else if let parts = splits[index] {
                groups.append(ClauseGroup(old: [index], new: parts))
            } else if !oldGrouped[index] {
                groups.append(ClauseGroup(old: [index], new: []))
            }
        }
        for (index, partner) in newPartner.enumerated() where partner == nil {
            if let parts = merges[index] {
                groups.append(ClauseGroup(old: parts, new: [index]))
            } else if !newGrouped[index] {
                groups.append(ClauseGroup(old: [], new: [index]))
            }
        }
        return groups
    }
}
