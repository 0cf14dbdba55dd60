/// Lines every compare writer opens with: how many documents and topics,
/// and how many rows have each status.
enum CompareSummary {
    /// "5 documents, 62 topics: 3 conflict, 12 differ, 40 gap, 7 agree".
    /// Against a baseline, the sums of the schools' counts, so that the
    /// line and the table of schools agree: "5 documents, 40 topics that
    /// deviate from trust: school by school, 4 conflict, 9 stricter, 12
    /// looser".
    static func headline(_ matrix: ComparisonMatrix) -> String {
        if let baseline = matrix.baseline { return headline(matrix, against: baseline) }
        let counts = RowStatus.allCases.map { status in
            "\(matrix.rows.filter { $0.status == status }.count) \(status.rawValue)"
        }
        let documents = matrix.documents.count
        let topics = matrix.rows.count
        return "\(documents) document\(documents == 1 ? "" : "s"), \(topics) topic\(topics == 1 ? "" : "s"): "
            + counts.joined(separator: ", ")
    }

    /// Some document has notes left by the extractor: the writers then say
    /// how to list them.
    static func hasUnread(_ matrix: ComparisonMatrix) -> Bool {
        matrix.documents.contains { $0.unread.total > 0 }
    }

    static func percent(_ share: Double) -> String {
        String(Int((share * 100).rounded())) + "%"
    }

    private static func headline(_ matrix: ComparisonMatrix, against baseline: Int) -> String {
        let summaries = matrix.documents.map(\.summary)
        let conflicts = summaries.reduce(0) { $0 + $1.conflicts }
        let stricter = summaries.reduce(0) { $0 + $1.strictest }
        let looser = summaries.reduce(0) { $0 + $1.loosest }
        let documents = matrix.documents.count
        let topics = matrix.rows.count
        return "\(documents) document\(documents == 1 ? "" : "s"), \(topics) topic\(topics == 1 ? "" : "s") that deviate from "
            + "\(matrix.documents[baseline].name): school by school, \(conflicts) conflict, \(stricter) stricter, \(looser) looser"
    }
}
