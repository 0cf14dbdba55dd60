/// The topic × school matrix: one column per document, one row per topic.
public struct ComparisonMatrix: Hashable, Sendable {
    public var documents: [ComparedDocument]
    public var rows: [TopicRow]
    /// The document the others were compared against (`--baseline`).
    public var baseline: Int?

    public init(documents: [ComparedDocument], rows: [TopicRow], baseline: Int? = nil) {
        self.documents = documents
        self.rows = rows
        self.baseline = baseline
    }

    /// The matrix of `documents`: their clauses grouped by topic key
    /// (hashing, one pass; clauses that name no audience for an action that
    /// needs one are placed by `AmbiguousAudience`), one row per topic in key
    /// order.
    public init(comparing policies: [PolicyDocument]) {
        let names = Self.uniqueNames(policies.map(\.name))
        var topics: [TopicKey: [[Clause]]] = [:]
        var uncompared = Array(repeating: 0, count: policies.count)
        var ambiguous = AmbiguousAudience()
        let empty = Array(repeating: [Clause](), count: policies.count)
        for (index, policy) in policies.enumerated() {
            for clause in policy.clauses {
                if clause.rule.action == .other { uncompared[index] += 1; continue }
                for key in TopicKey.keys(of: clause.rule) {
                    if AmbiguousAudience.isOpen(key) {
                        ambiguous.pending.append(.init(document: index, clause: clause, key: key))
                    } else {
                        topics[key, default: empty][index].append(clause)
                    }
                }
            }
        }
        for (item, key) in ambiguous.resolve(in: topics) {
            topics[key, default: empty][item.document].append(item.clause)
        }
        // Clauses that cannot take part in a conflict: qualified ones, and
        // those whose polarity the extractor was unsure of.
        let qualification = Qualification(lexicon: .standard)
        let uncertain = policies.map { policy in Set(policy.unread.filter { $0.reason == .uncertainPolarity }.compactMap(\.clause)) }
        let rows = topics.keys.sorted().map { key in
            TopicRow(key: key, cells: topics[key]!.enumerated().map { index, clauses in
                Cell(clauses, on: key) { !uncertain[index].contains($0.id) && !qualification.isQualified($0) }
            })
        }
        let summaries = SchoolSummary.summaries(of: rows, documents: policies.count)
        documents = policies.indices.map {
            ComparedDocument(
                name: names[$0], school: policies[$0].school, title: policies[$0].title,
                uncompared: uncompared[$0], summary: summaries[$0], unread: UnreadCount(of: policies[$0]))
        }
        self.rows = rows
        baseline = nil
    }

    /// The rows with any of `findings` (`--only differ,gap`): a row that
    /// differs and has a gap is kept for either.
    public func only(_ findings: Set<RowStatus>) -> ComparisonMatrix {
        var matrix = self
        matrix.rows = rows.filter { !findings.isDisjoint(with: $0.findings) }
        return matrix
    }

    static func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let count = (seen[name] ?? 0) + 1
            seen[name] = count
            return count == 1 ? name : "\(name)-\(count)"
        }
    }
}
