/// Pairs the clauses of two versions of a policy by what they say, not by
/// their numbers or places.
///
/// 1. **Same words.** Clauses whose words are equal once white space and a
///    leading list number are ignored pair first, in document order
///    (re-wrapped, renumbered, reordered and moved clauses pair here).
/// 2. **Similar words or rule.** Each clause left in NEW gets candidates from
///    OLD through two buckets: an index from terms to the clauses using them
///    (terms in more than `commonTermLimit` clauses are skipped, so a bucket
///    stays small) keeping the `candidateLimit` best, and the clauses with
///    the same action and subject. A candidate is kept when its text
///    similarity (Dice over terms) is at least `textThreshold`, or at least
///    `ruleTextThreshold` with a rule alike enough (same action, similar
///    parties). Kept edges are taken greedily, best score first
///    (0.7 × text + 0.3 × rule, ties to the closer position). Work is
///    O(n·k) for k candidates, never all pairs.
/// 3. **Splits and merges.** A clause left in NEW whose terms are mostly
///    (≥ `partThreshold`) inside a longer OLD clause is a part of it; when an
///    OLD clause has two or more such parts (its own partner counts, if it is
///    a part too) covering ≥ `coverThreshold` of its terms, they become one
///    split. Merges are the same with OLD and NEW swapped.
/// 4. Whatever is left is added or removed.
struct ClausePairer {
    var textThreshold = 0.5
    var ruleTextThreshold = 0.25
    var ruleThreshold = 0.6
    var partThreshold = 0.7
    var coverThreshold = 0.6
    var candidateLimit = 8
    var commonTermLimit = 40

    /// The groups, and each clause's key (`WordScanner.key`) and its id
    /// (equal ids, equal keys): the pairing computes the keys, and the
    /// classifier compares them again.
    func pair(_ old: [Clause], _ new: [Clause]) -> (groups: [ClauseGroup], oldKeys: [ClauseKey], newKeys: [ClauseKey]) {
        var state = PairingState(old: old, new: new)
        pairSameWords(&state)
        pairSimilar(&state)
        findParts(&state, splitting: true)
        findParts(&state, splitting: false)
        return (state.groups(), state.oldPrints.map { ClauseKey(text: $0.key, id: $0.keyID) },
                state.newPrints.map { ClauseKey(text: $0.key, id: $0.keyID) })
    }

    /// Step 1: equal keys, in document order. Where a text occurs several
    /// times, the first free one in the same section is preferred (looking
    /// at a few at most), else the first free one.
    private func pairSameWords(_ state: inout PairingState) {
        // The old clauses by their key's id (`ClauseFingerprint.keyID`):
        // keys are interned as bytes once, when the fingerprints are made.
        var byKey: [[Int]] = []
        for index in state.oldPrints.indices {
            let id = Int(state.oldPrints[index].keyID)
            while byKey.count <= id { byKey.append([]) }
            byKey[id].append(index)
        }
        var firstFree = [Int](repeating: 0, count: byKey.count)
        for index in state.newPrints.indices {
            let key = Int(state.newPrints[index].keyID)
            guard key < byKey.count, !byKey[key].isEmpty else { continue }
            let list = byKey[key]
            var start = firstFree[key]
            while start < list.count, state.oldPartner[list[start]] != nil { start += 1 }
            firstFree[key] = start
            guard start < list.count else { continue }
            var chosen = list[start]
            let section = state.new[index].section
            for candidate in list[start..<min(list.count, start + 8)]
            where state.oldPartner[candidate] == nil && state.old[candidate].section == section {
                chosen = candidate
                break
            }
            state.link(old: chosen, new: index)
        }
    }

    /// Step 2: candidates from the term index and the rule bucket, then a
    /// greedy matching over the edges that pass.
    private func pairSimilar(_ state: inout PairingState) {
        let openOld = state.oldPartner.indices.filter { state.oldPartner[$0] == nil }
        let openNew = state.newPartner.indices.filter { state.newPartner[$0] == nil }
        guard !openOld.isEmpty, !openNew.isEmpty else { return }
        var index = TermIndex(openOld.map { ($0, state.oldPrints[$0]) }, vocabulary: state.vocabulary, commonLimit: commonTermLimit)
        var byRule: [RuleKey: [Int]] = [:]
        for oldIndex in openOld where state.old[oldIndex].rule.action != .other {
            byRule[RuleKey(state.old[oldIndex].rule), default: []].append(oldIndex)
        }
        var edges: [Edge] = []
        for newIndex in openNew {
            let print = state.newPrints[newIndex]
            var candidates = index.candidates(for: print, limit: candidateLimit)
            if let bucket = byRule[RuleKey(state.new[newIndex].rule)] {
                candidates += state.nearest(bucket, to: newIndex, limit: candidateLimit)
            }
            // At most twice `candidateLimit` candidates: a look back beats a set.
            for (position, oldIndex) in candidates.enumerated() where !candidates[..<position].contains(oldIndex) {
                if let edge = edge(old: oldIndex, new: newIndex, in: state) { edges.append(edge) }
            }
        }
        edges.sort()
        for edge in edges where state.oldPartner[edge.old] == nil && state.newPartner[edge.new] == nil {
            state.link(old: edge.old, new: edge.new)
        }
    }

    private func edge(old: Int, new: Int, in state: PairingState) -> Edge? {
        let text = state.oldPrints[old].similarity(to: state.newPrints[new])
        guard text >= ruleTextThreshold else { return nil }
        let oldRule = state.old[old].rule, newRule = state.new[new].rule
        let rule = RuleComparison(old: oldRule, new: newRule).similarity
        let ruleAlike = oldRule.action == newRule.action && oldRule.action != .other && rule >= ruleThreshold
        guard text >= textThreshold || (text >= ruleTextThreshold && ruleAlike) else { return nil }
        return Edge(score: 0.7 * text + 0.3 * rule, distance: state.distance(old: old, new: new), old: old, new: new)
    }

    /// Step 3: parts of a longer clause on the other side. With `splitting`,
    /// parts are NEW clauses inside an OLD one; otherwise OLD inside NEW.
    private func findParts(_ state: inout PairingState, splitting: Bool) {
        let wholes = splitting ? state.oldPrints : state.newPrints
        let parts = splitting ? state.newPrints : state.oldPrints
        let openParts = parts.indices.filter { state.isOpen($0, newSide: splitting) }
        guard !openParts.isEmpty else { return }
        var index = TermIndex(wholes.indices.filter { state.isGroupable($0, newSide: !splitting) }.map { ($0, wholes[$0]) }, vocabulary: state.vocabulary, commonLimit: commonTermLimit)
        var partsOf: [Int: [Int]] = [:]
        for part in openParts {
            var best: (whole: Int, containment: Double)?
            for whole in index.candidates(for: parts[part], limit: candidateLimit) {
                let containment = parts[part].containment(in: wholes[whole])
                guard containment >= partThreshold, wholes[whole].mass > parts[part].mass else { continue }
                if best == nil || containment > best!.containment { best = (whole, containment) }
            }
            if let best { partsOf[best.whole, default: []].append(part) }
        }
        for whole in partsOf.keys.sorted() {
            var group = partsOf[whole]!
            let partner = splitting ? state.oldPartner[whole] : state.newPartner[whole]
            if let partner, parts[partner].containment(in: wholes[whole]) >= partThreshold,
                parts[partner].mass < wholes[whole].mass
            {
                group.append(partner)
            }
            guard group.count >= 2, wholes[whole].coverage(by: group.map { parts[$0] }) >= coverThreshold else { continue }
            state.group(whole: whole, parts: group.sorted(), splitting: splitting)
        }
    }
}

private struct Edge: Comparable {
    var score: Double
    var distance: Double
    var old: Int
    var new: Int

    static func < (lhs: Edge, rhs: Edge) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
        return (lhs.new, lhs.old) < (rhs.new, rhs.old)
    }
}

/// The rule bucket of step 2: the same action and the same subjects.
private struct RuleKey: Hashable {
    var action: Action
    var subject: [Role]

    init(_ rule: Rule) {
        action = rule.action
        subject = rule.subject
    }
}

/// A clause's words joined by single spaces (`WordScanner.key`), and the
/// id the pairing interned them under: equal ids, equal words.
struct ClauseKey {
    var text: String
    var id: Int32
}
