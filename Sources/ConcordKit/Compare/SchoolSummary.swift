/// One school across every row: how many topics it addresses, in how many
/// it conflicts with another school, and how often its position is the
/// strictest or the loosest where positions differ.
public struct SchoolSummary: Hashable, Sendable {
    public var topics = 0
    public var addressed = 0
    public var conflicts = 0
    public var strictest = 0
    public var loosest = 0

    public init() {}

    /// Share of topics addressed, 0...1.
    public var coverage: Double { topics == 0 ? 0 : Double(addressed) / Double(topics) }

    /// The summaries of every document over `rows`, each row counted once.
    static func summaries(of rows: [TopicRow], documents: Int) -> [SchoolSummary] {
        var summaries = Array(repeating: SchoolSummary(), count: documents)
        for index in summaries.indices { summaries[index].topics = rows.count }
        for row in rows {
            for (index, cell) in row.cells.enumerated() where cell != nil { summaries[index].addressed += 1 }
            for index in row.conflicting { summaries[index].conflicts += 1 }
            guard !row.loosestHolders.isEmpty else { continue }
            for index in row.strictestHolders { summaries[index].strictest += 1 }
            for index in row.loosestHolders { summaries[index].loosest += 1 }
        }
        return summaries
    }

    /// The summaries of every document over `rows`, each judged against the
    /// document at `baseline` alone: a conflict with it, a position stricter
    /// or looser than its. The baseline counts no conflict, strictest or
    /// loosest of its own, so the counts add up to the matrix's.
    static func summaries(of rows: [TopicRow], documents: Int, against baseline: Int) -> [SchoolSummary] {
        var summaries = Array(repeating: SchoolSummary(), count: documents)
        for index in summaries.indices { summaries[index].topics = rows.count }
        for row in rows {
            let template = row.cells[baseline]?.position.strictness
            for (index, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                summaries[index].addressed += 1
                guard index != baseline else { continue }
                if row.conflicting.contains(index) { summaries[index].conflicts += 1 }
                guard let template else { continue }
                let strictness = cell.position.strictness
                if strictness > template { summaries[index].strictest += 1 }
                if strictness < template { summaries[index].loosest += 1 }
            }
        }
        return summaries
    }
}
