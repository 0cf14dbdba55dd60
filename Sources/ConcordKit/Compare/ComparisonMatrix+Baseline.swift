extension ComparisonMatrix {
    /// The rows where some document deviates from the one at `baseline`
    /// (the trust's template), each row's status and findings judged against
    /// it alone: `conflict` where a school forbids what the template requires
    /// or permits (or the reverse), `differ` where its position is another,
    /// `gap` where it leaves out a template topic or adds one the template
    /// does not have. Rows every school shares with the template are dropped.
    /// Every school's summary is counted on the rows kept and against the
    /// template: its conflicts are its conflicts with the template, its
    /// strictest and loosest the topics where it is stricter or looser than
    /// the template (the template's own are 0).
    public func deviations(from baseline: Int) -> ComparisonMatrix {
        var matrix = self
        matrix.baseline = baseline
        matrix.rows = rows.compactMap { $0.deviations(from: baseline) }
        let summaries = SchoolSummary.summaries(of: matrix.rows, documents: documents.count, against: baseline)
        for index in matrix.documents.indices { matrix.documents[index].summary = summaries[index] }
        return matrix
    }
}

extension TopicRow {
    /// This row judged against the document at `baseline`; nil when no
    /// document deviates from it.
    func deviations(from baseline: Int) -> TopicRow? {
        var findings = Set<RowStatus>()
        var conflicting: [Int] = []
        var evidence: [Int: ConflictEvidence] = [:]
        let template = cells[baseline]?.position
        for (index, cell) in cells.enumerated() where index != baseline {
            switch (template, cell?.position) {
            case (nil, nil): continue
            case (nil, _), (_, nil): findings.insert(.gap)
            case (let template?, let position?):
                let pair = TopicRow.conflicts([(baseline, cells[baseline]!.stance), (index, cell!.stance)])
                if !pair.isEmpty {
                    findings.insert(.conflict)
                    conflicting.append(index)
                    for side in pair {
                        if side.document == baseline, var known = evidence[baseline] {
                            known.against.append(index)
                            evidence[baseline] = known
                        } else {
                            evidence[side.document] = side
                        }
                    }
                }
                if !position.agrees(with: template) { findings.insert(.differ) }
            }
        }
        guard !findings.isEmpty else { return nil }
        var row = self
        row.findings = findings.sorted()
        row.status = row.findings[0]
        row.conflicting = conflicting.isEmpty ? [] : ([baseline] + conflicting).sorted()
        row.conflicts = row.conflicting.compactMap { evidence[$0] }
        return row
    }
}
