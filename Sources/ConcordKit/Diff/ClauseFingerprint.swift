/// What the pairing compares of one clause, computed once: its words
/// without a leading list number (for "same words?") and its terms, interned
/// and weighted by rarity (for similarity).
struct ClauseFingerprint: Sendable {
    /// The words joined by single spaces: two clauses with equal keys say
    /// the same words however their lines were wrapped or numbered.
    var key: String
    /// The id of `key` among the keys of both sides: equal ids, equal keys.
    var keyID: Int32 = 0
    /// Term ids, ascending and unique, with their counts (32-bit: a
    /// 5,000-clause pair holds some 200,000 of each).
    var termIDs: [Int32] = []
    var termCounts: [Int32] = []
    /// The weight of every term id: one array, shared by all the
    /// fingerprints of one `make`, not a copy of the weights in each.
    var weights: [Double] = []
    /// Σ count × weight.
    var mass: Double = 0

    /// The weight of the term at `position` in `termIDs`.
    @inline(__always)
    func weight(at position: Int) -> Double { weights[Int(termIDs[position])] }

    /// Fingerprints of both sides over one vocabulary. A term's weight is
    /// its inverse document frequency over both sides, ln(1 + N / df): "the",
    /// "staff" and "don't" count for little, "retweet" for much.
    static func make(old: [Clause], new: [Clause]) -> (old: [ClauseFingerprint], new: [ClauseFingerprint], vocabulary: Int) {
        var interner = Interner()
        // The clauses are read in place, by index: a closure over each
        // would copy it, retaining every string and array it holds.
        var oldPrints: [ClauseFingerprint] = [], newPrints: [ClauseFingerprint] = []
        oldPrints.reserveCapacity(old.count)
        newPrints.reserveCapacity(new.count)
        for index in old.indices { oldPrints.append(interner.fingerprint(of: old[index].text)) }
        for index in new.indices { newPrints.append(interner.fingerprint(of: new[index].text)) }
        let total = Double(max(old.count + new.count, 1))
        let weights = interner.documentFrequency.map { (1 + total / Double($0)).logarithm }
        func weigh(_ prints: inout [ClauseFingerprint]) {
            for index in prints.indices {
                var mass = 0.0
                for (position, id) in prints[index].termIDs.enumerated() {
                    // Added once per occurrence, in the order of the ids:
                    // the same sum, to the last bit, as adding up each term.
                    let weight = weights[Int(id)]
                    for _ in 0..<prints[index].termCounts[position] { mass += weight }
                }
                prints[index].weights = weights
                prints[index].mass = mass
            }
        }
        weigh(&oldPrints)
        weigh(&newPrints)
        return (oldPrints, newPrints, interner.table.count)
    }

    /// Term ids and their document frequencies over both sides. The state
    /// is passed `inout` to the term scan, so no closure captures it.
    private struct Interner {
        var table = TermTable()
        var documentFrequency: [Int] = []
        /// The terms of the clause being added, before they are sorted.
        var found: [Int32] = []
        /// The keys seen so far, and the fingerprint of each: a clause whose
        /// words were seen before (in the other version, unchanged, or
        /// earlier in its own) is not scanned for terms again.
        var keys = TermTable()
        var byKey: [ClauseFingerprint] = []

        /// The fingerprint of a clause's text (of its key), without weights;
        /// its distinct terms counted once more in their document frequency.
        mutating func fingerprint(of text: String) -> ClauseFingerprint {
            var key = WordScanner.key(text)
            let keyID = key.withUTF8 { keys.id(of: $0) }
            if keyID < byKey.count {
                let print = byKey[keyID]
                for id in print.termIDs { documentFrequency[Int(id)] += 1 }
                return print
            }
            var print = fingerprint(key)
            print.keyID = Int32(keyID)
            byKey.append(print)
            return print
        }

        /// The fingerprint of `key`, without weights: its distinct terms,
        /// each counted once more in its document frequency.
        mutating func fingerprint(_ key: String) -> ClauseFingerprint {
            found.removeAll(keepingCapacity: true)
            WordScanner.forEachTerm(in: key, stemmed: true, into: &self) { interner, term in
                let id = interner.table.id(of: term)
                if id == interner.documentFrequency.count { interner.documentFrequency.append(0) }
                interner.found.append(Int32(id))
            }
            found.sort()
            var print = ClauseFingerprint(key: key)
            var distinct = 0, previous: Int32 = -1
            for id in found where id != previous {
                distinct += 1
                previous = id
            }
            print.termIDs.reserveCapacity(distinct)
            print.termCounts.reserveCapacity(distinct)
            previous = -1
            for id in found {
                if id == previous {
                    print.termCounts[print.termCounts.count - 1] += 1
                } else {
                    print.termIDs.append(id)
                    print.termCounts.append(1)
                    documentFrequency[Int(id)] += 1
                    previous = id
                }
            }
            return print
        }
    }

    /// The weight of the terms the two have in common, counted with
    /// multiplicity (a merge walk over the sorted ids).
    func sharedMass(with other: ClauseFingerprint) -> Double {
        var i = 0, j = 0, shared = 0.0
        while i < termIDs.count, j < other.termIDs.count {
            if termIDs[i] == other.termIDs[j] {
                shared += Double(min(termCounts[i], other.termCounts[j])) * weight(at: i)
                i += 1
                j += 1
            } else if termIDs[i] < other.termIDs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// Weighted Dice coefficient of the two term multisets: 1 for the same
    /// terms, 0 for none in common.
    func similarity(to other: ClauseFingerprint) -> Double {
        let total = mass + other.mass
        guard total > 0 else { return key == other.key ? 1 : 0 }
        return 2 * sharedMass(with: other) / total
    }

    /// The share of this clause's term weight that `other` also has: near 1
    /// when this clause is a part of `other`.
    func containment(in other: ClauseFingerprint) -> Double {
        guard mass > 0 else { return 0 }
        return sharedMass(with: other) / mass
    }

    /// The share of this clause's term weight found in at least one of
    /// `parts` (counts added up over the parts).
    func coverage(by parts: [ClauseFingerprint]) -> Double {
        guard mass > 0 else { return 0 }
        var covered = 0.0
        for (index, id) in termIDs.enumerated() {
            var available: Int32 = 0
            for part in parts {
                if let found = part.position(of: id) { available += part.termCounts[found] }
            }
            covered += Double(min(termCounts[index], available)) * weight(at: index)
        }
        return covered / mass
    }

    /// Where `id` is in `termIDs` (a binary search).
    func position(of id: Int32) -> Int? {
        var low = 0, high = termIDs.count
        while low < high {
            let middle = (low + high) / 2
            if termIDs[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < termIDs.count && termIDs[low] == id ? low : nil
    }
}

private extension Double {
    /// The natural logarithm, by the series of atanh (no Foundation here):
    /// ln x = 2 · atanh((x − 1) / (x + 1)), after scaling x into [1, 2).
    var logarithm: Double {
        guard self > 0 else { return 0 }
        // Infinity would halve forever in the scaling below.
        guard self.isFinite else { return self }
        var x = self, exponent = 0.0
        while x >= 2 { x /= 2; exponent += 1 }
        while x < 1 { x *= 2; exponent -= 1 }
        let y = (x - 1) / (x + 1), y2 = y * y
        var term = y, sum = 0.0, n = 1.0
        while abs(term / n) > 1e-12 {
            sum += term / n
            term *= y2
            n += 2
        }
        return 2 * sum + exponent * 0.6931471805599453
    }
}
