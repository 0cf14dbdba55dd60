/// Applies a `MergeStrategy` to one topic row: groups the schools' cells
/// into stances (positions that agree) and picks one.
struct PositionChooser {
    var strategy: MergeStrategy
    /// The document `prefer:NAME` names, if any.
    var preferred: Int?
    var names: [String]

    func choose(_ row: TopicRow) -> TopicChoice {
        let stances = Self.stances(of: row)
        let strictest = stances.indices.max { Self.stricter(stances[$1], than: stances[$0]) }!
        var chosen = strictest
        var reason: String
        switch strategy {
        case .strictest:
            reason = stances.count == 1 ? "every school that covers it agrees" : "the strictest of \(stances.count) positions"
        case .majority:
            let most = stances.map(\.holders.count).max()!
            let tied = stances.indices.filter { stances[$0].holders.count == most }
            chosen = tied.max { Self.stricter(stances[$1], than: stances[$0]) }!
            if stances.count == 1 {
                reason = "every school that covers it agrees"
            } else if tied.count == 1 {
                reason = "held by \(most) of the \(row.cells.compactMap { $0 }.count) schools that cover it"
            } else {
                reason = "\(tied.count) positions tie at \(most) school\(most == 1 ? "" : "s") each; the strictest of them"
            }
        case .prefer:
            if let preferred, let index = stances.firstIndex(where: { $0.holders.contains(preferred) }) {
                chosen = index
                reason = "the preferred school (\(names[preferred])) holds it"
            } else {
                let name = preferred.map { names[$0] } ?? "the preferred school"
                reason = stances.count == 1
                    ? "\(name) says nothing here; every school that covers it agrees"
                    : "\(name) says nothing here; the strictest of \(stances.count) positions"
            }
        }
        let alternatives = stances.indices.filter { $0 != chosen }.map { stances[$0] }.sorted {
            if $0.holders.count != $1.holders.count { return $0.holders.count > $1.holders.count }
            return Self.stricter($0, than: $1)
        }
        return TopicChoice(row: row, chosen: stances[chosen], alternatives: alternatives, reason: reason)
    }

    /// The distinct positions of a row, each with its holders, in the order
    /// of their first holder.
    static func stances(of row: TopicRow) -> [TopicChoice.Stance] {
        var stances: [TopicChoice.Stance] = []
        for (index, cell) in row.cells.enumerated() {
            guard let position = cell?.position else { continue }
            if let found = stances.firstIndex(where: { $0.position.agrees(with: position) }) {
                stances[found].holders.append(index)
            } else {
                stances.append(TopicChoice.Stance(position: position, holders: [index]))
            }
        }
        return stances
    }

    /// Stricter position first; equal strictness goes to the stance more
    /// schools hold, then to the one held first.
    static func stricter(_ a: TopicChoice.Stance, than b: TopicChoice.Stance) -> Bool {
        let left = a.position.strictness, right = b.position.strictness
        if left != right { return right < left }
        if a.holders.count != b.holders.count { return a.holders.count > b.holders.count }
        return a.holders[0] < b.holders[0]
    }
}
