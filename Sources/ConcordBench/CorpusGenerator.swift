/// Makes synthetic school policies by recombining and perturbing the real
/// corpus's sections and lines: sections picked from every school and put
/// in a new order, clauses dropped and added, modalities and ages changed,
/// the school renamed. Deterministic: the same seed gives the same corpus.
struct CorpusGenerator {
    let pool: SourcePool
    let seed: UInt64

    /// How often each edit is made to a line of a new policy.
    var dropRate = 0.05
    var modalRate = 0.08
    var ageRate = 0.04
    var addRate = 0.05

    init(pool: SourcePool, seed: UInt64) {
        self.pool = pool
        self.seed = seed
    }

    /// The clauses of an average real policy.
    var clausesPerPolicy: Int { max(1, pool.corpusClauses / max(1, pool.titles.count)) }

    /// Document `index` of a corpus: about `clauses` clauses (a real
    /// school's count when nil).
    func policy(_ index: Int, clauses: Int? = nil) -> SyntheticPolicy {
        var random = SeededGenerator(seed: seed).split(index)
        let target = clauses ?? Int.random(in: clausesPerPolicy / 2...clausesPerPolicy * 3 / 2, using: &random)
        var sections: [SyntheticPolicy.Section] = []
        var count = 0
        var used: [Int: Int] = [:]
        while count < target {
            let pieceIndex = Int.random(in: 0..<pool.pieces.count, using: &random)
            let piece = pool.pieces[pieceIndex]
            used[pieceIndex, default: 0] += 1
            var body: [SyntheticPolicy.LineRef] = []
            for line in piece.body {
                if random.chance(dropRate) && !pool.lines[line].text.isEmpty { continue }
                body.append(.init(index: line, variant: variant(of: line, using: &random)))
                if random.chance(addRate), let added = pool.clauseLines.randomElement(using: &random) {
                    body.append(.init(index: added, variant: .original))
                }
            }
            sections.append(.init(heading: piece.heading.map { .init(index: $0, variant: .original) }, body: body,
                                  clauses: piece.clauses, occurrence: used[pieceIndex]!))
            count += max(1, piece.clauses)
        }
        return SyntheticPolicy(school: SchoolNames.name(using: &random), title: pool.titles.randomElement(using: &random)!, sections: sections)
    }

    /// The next version of `policy`: a few clauses dropped, added, reworded,
    /// tightened or loosened, or given another age; a few sections moved.
    func revision(of policy: SyntheticPolicy, index: Int) -> SyntheticPolicy {
        var random = SeededGenerator(seed: seed ^ 0x5EED).split(index)
        var revised = policy
        for s in revised.sections.indices {
            var body: [SyntheticPolicy.LineRef] = []
            for var line in revised.sections[s].body {
                let roll = Double.random(in: 0..<1, using: &random)
                if roll < 0.02 && !pool.lines[line.index].text.isEmpty { continue }
                if roll < 0.04, pool.lines[line.index].modal != nil { line.variant = line.variant == .modal ? .original : .modal }
                else if roll < 0.05, pool.lines[line.index].age != nil { line.variant = line.variant == .age ? .original : .age }
                else if roll < 0.08, pool.lines[line.index].reworded != nil { line.variant = .reworded }
                body.append(line)
                if random.chance(0.02), let added = pool.clauseLines.randomElement(using: &random) {
                    body.append(.init(index: added, variant: .original))
                }
            }
            revised.sections[s].body = body
        }
        let moves = max(1, revised.sections.count / 20)
        for _ in 0..<moves where revised.sections.count > 1 {
            let section = revised.sections.remove(at: Int.random(in: 0..<revised.sections.count, using: &random))
            revised.sections.insert(section, at: Int.random(in: 0...revised.sections.count, using: &random))
        }
        return revised
    }

    private func variant(of line: Int, using random: inout SeededGenerator) -> LineVariant {
        let roll = Double.random(in: 0..<1, using: &random)
        if roll < modalRate, pool.lines[line].modal != nil { return .modal }
        if roll < modalRate + ageRate, pool.lines[line].age != nil { return .age }
        return .original
    }
}

/// Made-up school names, so that every generated policy is another school.
enum SchoolNames {
    static let starts = ["Ash", "Brook", "Cal", "Dun", "Elm", "Fair", "Glen", "Hazel", "Kings", "Lang",
                         "Mill", "North", "Oak", "Pen", "Queens", "Rother", "Stan", "Thorn", "Upton", "Wick"]
    static let ends = ["ford", "ton", "field", "ley", "wood", "bridge", "worth", "hurst", "dale", "mere"]
    static let kinds = ["Primary School", "C of E Primary School", "Infant School", "Junior School",
                        "Academy", "Community Primary School", "Village Primary School"]

    static func name(using random: inout SeededGenerator) -> String {
        starts.randomElement(using: &random)! + ends.randomElement(using: &random)! + " " + kinds.randomElement(using: &random)!
    }
}
