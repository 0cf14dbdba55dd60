/// Pairs the prose pieces of two versions of a policy by what they say, the
/// way clauses pair: headings with headings, passages with passages, never
/// by number or place.
///
/// 1. **Same words**: equal `WordScanner.key`s (white space, wrapping and a
///    leading list marker aside), in document order.
/// 2. **Same words but for case and punctuation**: equal terms
///    (`WordScanner.terms`), a `minor` change.
/// 3. **Similar words**: Dice's coefficient over terms at least
///    `textThreshold`; candidates come from an index of terms (terms in more
///    than `commonTermLimit` pieces skipped), the `candidateLimit` best
///    kept, edges taken greedily, best first.
/// 4. **Rewritten in place**: what is left of an OLD section and of the NEW
///    section it became pairs in order when at least `rewriteThreshold`
///    alike (a purpose paragraph written anew).
struct ProsePairer {
    var textThreshold = 0.5
    var rewriteThreshold = 0.2
    var candidateLimit = 8
    var commonTermLimit = 40

    /// For each OLD piece its NEW partner's index, or nil. `oldKeys` and
    /// `newKeys` are the pieces' key ids (`PieceWords`): equal ids, equal
    /// keys; -1 for no words.
    func pair(_ old: [ProsePiece], _ new: [ProsePiece], sections: [String: String], oldKeys: [Int32], newKeys: [Int32]) -> [Int?] {
        var partner = [Int?](repeating: nil, count: old.count)
        var taken = [Bool](repeating: false, count: new.count)
        // The pieces are read in place, by index: a piece holds several
        // strings, and copying it out of its array retains each.
        pairEqual(old, new, sections: sections, &partner, &taken, oldKeys: oldKeys, newKeys: newKeys)
        var bags = Bags(old: old.count, new: new.count)
        var loose = TermTable(capacity: max(16, old.count))
        let oldLoose = old.indices.map { partner[$0] == nil ? Self.looseKey(old[$0], in: &loose, adding: true) : -1 }
        let newLoose = new.indices.map { taken[$0] ? -1 : Self.looseKey(new[$0], in: &loose, adding: false) }
        pairEqual(old, new, sections: sections, &partner, &taken, oldKeys: oldLoose, newKeys: newLoose)
        pairSimilar(old, new, &partner, &taken, &bags)
        pairInPlace(old, new, sections: sections, &partner, &taken, &bags)
        return partner
    }

    /// The id in `table` of the terms of a piece's words, without case and
    /// punctuation (`WordScanner.terms(piece.body).joined(separator: " ")`,
    /// written into one buffer: no `String` per term or key); -1 for no
    /// terms, or for terms not in the table unless `adding`.
    private static func looseKey(_ piece: ProsePiece, in table: inout TermTable, adding: Bool) -> Int32 {
        var bytes: [UInt8] = []
        WordScanner.forEachTerm(in: piece.body, into: &bytes) { bytes, term in
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: term)
        }
        guard !bytes.isEmpty else { return -1 }
        let id = bytes.withUnsafeBufferPointer { adding ? table.id(of: $0) : table.existingID(of: $0) }
        return id.map { Int32($0) } ?? -1
    }

    /// Each piece's bag of terms, made when first asked for; the terms of
    /// both sides interned in one table.
    private struct Bags {
        var table = TermTable()
        var old: [TermBag?]
        var new: [TermBag?]

        init(old: Int, new: Int) {
            self.old = Array(repeating: nil, count: old)
            self.new = Array(repeating: nil, count: new)
        }

        mutating func old(_ index: Int, _ pieces: [ProsePiece]) -> TermBag {
            if let bag = old[index] { return bag }
            let bag = TermBag(pieces[index].body, table: &table)
            old[index] = bag
            return bag
        }

        mutating func new(_ index: Int, _ pieces: [ProsePiece]) -> TermBag {
            if let bag = new[index] { return bag }
            let bag = TermBag(pieces[index].body, table: &table)
            new[index] = bag
            return bag
        }
    }

    /// A piece's words and whether it is a heading: headings pair only with
    /// headings, passages only with passages.
    private struct Key: Hashable {
        var side: Bool
        var text: String
    }

    /// Steps 1 and 2: equal keys, in document order (-1 is no piece's
    /// key). Where a text occurs several times ("and", "or"), a free one
    /// in the section the piece's section was is preferred (looking at a
    /// few at most), else the first free one. Keys come as ids, interned as
    /// bytes (`TermTable`), as the clause pairing does: hashing them as
    /// `String`s cost more than the rest.
    private func pairEqual(_ old: [ProsePiece], _ new: [ProsePiece], sections: [String: String],
                           _ partner: inout [Int?], _ taken: inout [Bool], oldKeys: [Int32], newKeys: [Int32]) {
        // The pieces with each key id: headings and passages apart.
        var byKey: [[Int]] = [], headingsByKey: [[Int]] = []
        for index in old.indices where partner[index] == nil && oldKeys[index] >= 0 {
            let id = Int(oldKeys[index])
            while byKey.count <= id {
                byKey.append([])
                headingsByKey.append([])
            }
            if old[index].kind == .heading { headingsByKey[id].append(index) } else { byKey[id].append(index) }
        }
        guard !byKey.isEmpty else { return }
        var firstFree = [Int](repeating: 0, count: byKey.count), firstFreeHeading = firstFree
        for index in new.indices where !taken[index] && newKeys[index] >= 0 && Int(newKeys[index]) < byKey.count {
            let id = Int(newKeys[index])
            let isHeading = new[index].kind == .heading
            let candidates = isHeading ? headingsByKey[id] : byKey[id]
            var at = isHeading ? firstFreeHeading[id] : firstFree[id]
            while at < candidates.count, partner[candidates[at]] != nil { at += 1 }
            if isHeading { firstFreeHeading[id] = at } else { firstFree[id] = at }
            guard at < candidates.count else { continue }
            var chosen = candidates[at]
            if candidates.count > at + 1 {
                let section = new[index].section
                chosen = candidates[at...].prefix(8).first { candidate in
                    partner[candidate] == nil && old[candidate].section.map { sections[$0] ?? $0 } == section
                } ?? chosen
            }
            partner[chosen] = index
            taken[index] = true
        }
    }

    /// Step 3: similar words, through an index of terms. The postings are
    /// indexed by term id and the shared counts kept in a dense array, as
    /// `TermIndex` does for clauses.
    private func pairSimilar(_ old: [ProsePiece], _ new: [ProsePiece], _ partner: inout [Int?], _ taken: inout [Bool], _ bags: inout Bags) {
        let openOld = old.indices.filter { partner[$0] == nil }
        let openNew = new.indices.filter { !taken[$0] }
        guard !openOld.isEmpty, !openNew.isEmpty else { return }
        var postings: [[Int]] = []
        for index in openOld {
            let bag = bags.old(index, old)
            for id in bag.ids {
                while postings.count <= Int(id) { postings.append([]) }
                postings[Int(id)].append(index)
            }
        }
        var edges: [(score: Double, distance: Double, old: Int, new: Int)] = []
        var shared = [Int](repeating: 0, count: old.count)
        var touched: [Int] = []
        for index in openNew {
            let bag = bags.new(index, new)
            let side = new[index].kind == .heading
            for id in bag.ids where Int(id) < postings.count && postings[Int(id)].count <= commonTermLimit {
                for candidate in postings[Int(id)] where (old[candidate].kind == .heading) == side {
                    if shared[candidate] == 0 { touched.append(candidate) }
                    shared[candidate] += 1
                }
            }
            touched.sort { shared[$0] != shared[$1] ? shared[$0] > shared[$1] : $0 < $1 }
            for candidate in touched.prefix(candidateLimit) {
                let score = bags.old(candidate, old).dice(bag)
                guard score >= textThreshold else { continue }
                let distance = abs(Double(old[candidate].order) / Double(max(old.count, 1)) - Double(new[index].order) / Double(max(new.count, 1)))
                edges.append((score, distance, candidate, index))
            }
            for candidate in touched { shared[candidate] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        edges.sort { $0.score != $1.score ? $0.score > $1.score : ($0.distance != $1.distance ? $0.distance < $1.distance : ($0.old, $0.new) < ($1.old, $1.new)) }
        for edge in edges where partner[edge.old] == nil && !taken[edge.new] {
            partner[edge.old] = edge.new
            taken[edge.new] = true
        }
    }

    /// Step 4: what is left of a section and of its counterpart, in order.
    private func pairInPlace(_ old: [ProsePiece], _ new: [ProsePiece], sections: [String: String],
                             _ partner: inout [Int?], _ taken: inout [Bool], _ bags: inout Bags) {
        var openNew: [Key: [Int]] = [:]
        for index in new.indices where !taken[index] {
            openNew[Key(side: new[index].kind == .heading, text: new[index].section ?? ""), default: []].append(index)
        }
        guard !openNew.isEmpty else { return }
        for index in old.indices where partner[index] == nil {
            let section = old[index].section ?? ""
            guard let candidates = openNew[Key(side: old[index].kind == .heading, text: sections[section] ?? section)] else { continue }
            let bag = bags.old(index, old)
            guard let match = candidates.first(where: { !taken[$0] && bag.dice(bags.new($0, new)) >= rewriteThreshold }) else { continue }
            partner[index] = match
            taken[match] = true
        }
    }
}
