/// Compares the prose of two versions of a policy (headings and passages):
/// pairs the pieces (`ProsePairer`), then says of each pair or leftover
/// what changed. Wrapping, white space and list markers are layout, not
/// content, and so is a passage read as two in one version only (its words
/// joined are the other's); a change of case or punctuation only is
/// `minor`; a heading or item whose number alone changed is
/// `renumbered`.
struct ProseDiffer {
    /// The changes in NEW document order, a removed piece right after the
    /// piece that preceded it in OLD.
    func diff(_ old: PolicyDocument, _ new: PolicyDocument, sections: [String: String]) -> [ProseChange] {
        var words = PieceWords()
        let oldOrder = DocumentOrder(old, words: &words), newOrder = DocumentOrder(new, words: &words)
        let oldPieces = oldOrder.pieces, newPieces = newOrder.pieces
        // Equal key ids are equal keys (words): compared as integers.
        let oldKeys = oldOrder.keyIDs, newKeys = newOrder.keyIDs
        var partner = ProsePairer().pair(oldPieces, newPieces, sections: sections, oldKeys: oldKeys, newKeys: newKeys)
        var newPartner = [Int?](repeating: nil, count: newPieces.count)
        for (index, match) in partner.enumerated() { if let match { newPartner[match] = index } }
        // Pieces joined onto a paired one: NEW pieces after a NEW partner,
        // OLD pieces after an OLD one.
        var joinedNew: [Int: [Int]] = [:], joinedOld: [Int: [Int]] = [:]
        var absorbedNew = Set<Int>(), absorbedOld = Set<Int>()
        for index in oldPieces.indices {
            guard let match = partner[index], oldKeys[index] != newKeys[match] else { continue }
            if let rest = Self.continuation(of: oldPieces[index].text, after: match, in: newPieces, open: { newPartner[$0] == nil }) {
                joinedNew[index] = rest
                absorbedNew.formUnion(rest)
                for other in rest { newPartner[other] = index }
            } else if let rest = Self.continuation(of: newPieces[match].text, after: index, in: oldPieces, open: { partner[$0] == nil }) {
                joinedOld[index] = rest
                absorbedOld.formUnion(rest)
                for other in rest { partner[other] = match }
            }
        }
        let moved = Self.movedHeadings(oldPieces, newPieces, partner)
        var changes: [(key: (Int, Int, Int), change: ProseChange)] = []
        var anchor = -1
        var lastSection: (old: String?, new: String?) = (nil, nil)
        changes.reserveCapacity(oldPieces.count + newPieces.count)
        // Pieces are read in place, by index: copying one out of its array
        // retains each of its strings.
        for index in oldPieces.indices where !absorbedOld.contains(index) {
            guard let match = partner[index] else {
                changes.append(((anchor, 1, index), ProseChange(kinds: [.removed], old: [oldPieces[index]], new: [])))
                continue
            }
            anchor = match
            let joined = joinedOld[index] != nil || joinedNew[index] != nil
            var kinds: [ProseChange.Kind] = [.unchanged]
            var redline = Redline()
            if joined || oldKeys[index] != newKeys[match] {
                let olds = [index] + (joinedOld[index] ?? []), news = [match] + (joinedNew[index] ?? [])
                let oldText = olds.count == 1 ? oldPieces[index].body : olds.map { oldPieces[$0].text }.joined(separator: " ")
                let newText = news.count == 1 ? newPieces[match].body : news.map { newPieces[$0].text }.joined(separator: " ")
                kinds = Self.wordKinds(oldText, newText)
                if kinds != [.unchanged] { redline = Redline.between(oldText, newText) }
            }
            if kinds == [.unchanged], Self.renumbered(oldPieces[index], newPieces[match]) { kinds = [.renumbered] }
            if oldPieces[index].kind == .heading {
                if moved.contains(index) { kinds.append(.moved) }
            } else if let section = oldPieces[index].section {
                // Pieces come section by section: one look-up a section.
                if section != lastSection.old {
                    lastSection = (section, sections[section])
                }
                if let mapped = lastSection.new, mapped != newPieces[match].section { kinds.append(.moved) }
            }
            if kinds.count > 1 { kinds.removeAll { $0 == .unchanged } }
            let olds = joinedOld[index].map { [index] + $0 }.map { $0.map { oldPieces[$0] } } ?? [oldPieces[index]]
            let news = joinedNew[index].map { [match] + $0 }.map { $0.map { newPieces[$0] } } ?? [newPieces[match]]
            changes.append(((match, 0, index), ProseChange(kinds: kinds, old: olds, new: news, redline: redline)))
        }
        for index in newPieces.indices where newPartner[index] == nil {
            changes.append(((index, 0, -1), ProseChange(kinds: [.added], old: [], new: [newPieces[index]])))
        }
        changes.sort { $0.key < $1.key }
        return changes.map(\.change)
    }

    /// Whether the two pieces' numbers differ: most pieces have none, and
    /// are told apart without making the lists.
    static func renumbered(_ old: ProsePiece, _ new: ProsePiece) -> Bool {
        if old.number == nil, new.number == nil, old.label == nil, new.label == nil, old.marker == new.marker { return false }
        return old.numbering != new.numbering
    }

    /// The open pieces right after `start` in `pieces` (next in reading
    /// order, same section, no heading) whose words joined to `start`'s are
    /// the words of `text`; nil if there are none such.
    static func continuation(of text: String, after start: Int, in pieces: [ProsePiece], open: (Int) -> Bool) -> [Int]? {
        let target = WordScanner.key(text)
        var joined = pieces[start].text
        var rest: [Int] = []
        var next = start + 1
        while next < pieces.count, rest.count < 4, open(next), pieces[next].kind != .heading,
              pieces[next].section == pieces[start].section, pieces[next].order == pieces[next - 1].order + 1 {
            joined += " " + pieces[next].text
            rest.append(next)
            let key = WordScanner.key(joined)
            if key == target { return rest }
            guard target.hasPrefix(key) else { return nil }
            next += 1
        }
        return nil
    }

    /// `unchanged` for the same words (layout aside), `minor` for the same
    /// terms, else `edited`.
    static func wordKinds(_ old: String, _ new: String) -> [ProseChange.Kind] {
        if WordScanner.key(old) == WordScanner.key(new) { return [.unchanged] }
        if WordScanner.terms(old) == WordScanner.terms(new) { return [.minor] }
        return [.edited]
    }

    /// The OLD headings whose partners are out of order: those off a
    /// longest run of paired headings whose NEW places increase.
    static func movedHeadings(_ old: [ProsePiece], _ new: [ProsePiece], _ partner: [Int?]) -> Set<Int> {
        let paired = old.indices.filter { old[$0].kind == .heading && partner[$0] != nil }
        let places = paired.map { partner[$0]! }
        let kept = Set(longestIncreasing(places).map { paired[$0] })
        return Set(paired.filter { !kept.contains($0) })
    }

    /// The indices of a longest strictly increasing subsequence of `values`
    /// (patience sorting, O(n log n)).
    static func longestIncreasing(_ values: [Int]) -> [Int] {
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: values.count)
        for (index, value) in values.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [Int] = []
        var index = tails.last ?? -1
        while index >= 0 {
            result.append(index)
            index = previous[index]
        }
        return result.reversed()
    }
}
