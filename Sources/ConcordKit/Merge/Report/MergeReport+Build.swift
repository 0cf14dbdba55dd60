extension MergeReport {
    /// The report of a merge. It opens with what needs the author: the
    /// clauses marked for review, the conflicts the strategy settled, the
    /// topics only one school covers, the sentences left to place. Then the
    /// sources (what the extractor left to read by eye in each), where the
    /// purpose and definitions came from, and every topic: the position
    /// chosen, who said what, why, and the merged clause that states it.
    init(_ result: MergeResult) {
        var title = [Self.plain("Merge report")]
        if let name = result.document.title { title.append(Self.plain(": " + name)) }
        blocks.append(.heading(1, title))
        let edited = result.clauses.filter { $0.edit != nil }.count
        let reviewed = result.clauses.filter { $0.review != nil }
        blocks.append(.paragraph([
            Self.plain("Strategy: "), Self.code(result.strategy.name),
            Self.plain(". \(result.sources.count) sources, \(result.choices.count) topics, \(result.clauses.count) merged clauses: "
                + "\(result.clauses.count - reviewed.count) in a school's own words, \(edited) edited and marked, "
                + "\(reviewed.count - edited) marked for review as written; \(result.toPlace.count) sentences left to place."),
        ]))
        appendNeeds(result, reviewed: reviewed)
        appendSources(result)
        blocks.append(.heading(2, [Self.plain("Topics")]))
        for choice in result.choices { appendTopic(choice, result: result) }
    }

    private mutating func appendNeeds(_ result: MergeResult, reviewed: [MergedClause]) {
        blocks.append(.heading(2, [Self.plain("Needs the author")]))
        blocks.append(.heading(3, [Self.plain("Clauses marked for review (\(reviewed.count))")]))
        blocks.append(reviewed.isEmpty ? .paragraph([Self.plain("None.")]) : .list(reviewed.map { clause in
            [Self.strong(clause.clause.id), Self.plain(" (words of \(clause.source.document) \(clause.source.clause)): " + (clause.review ?? ""))]
        }))
        let settled = result.choices.filter { !$0.alternatives.isEmpty }
        let conflicts = settled.filter { $0.row.status == .conflict }.count
        blocks.append(.heading(3, [Self.plain("Positions settled by the strategy (\(settled.count), \(conflicts) of them conflicts)")]))
        blocks.append(settled.isEmpty ? .paragraph([Self.plain("None.")]) : .list(settled.map { choice in
            var spans = [Self.plain((choice.row.status == .conflict ? "Conflict: " : "") + choice.row.label + " ("), Self.code(choice.row.key.id), Self.plain("): "),
                         Self.strong(CellNotation.words(choice.chosen.position)), Self.plain(" over ")]
            spans.append(Self.plain(choice.alternatives.map { CellNotation.words($0.position) }.joined(separator: "; ")))
            spans.append(Self.plain(" (" + choice.reason + ")" + Self.where(choice.row.key, in: result)))
            return spans
        }))
        let single = result.choices.filter { $0.covering.count == 1 && result.sources.count > 1 }
        blocks.append(.heading(3, [Self.plain("Topics only one school covers (\(single.count))")]))
        blocks.append(single.isEmpty ? .paragraph([Self.plain("None.")]) : .list(single.map { choice in
            [Self.plain(choice.row.label + " ("), Self.code(choice.row.key.id),
             Self.plain("): " + result.sources[choice.covering[0]] + Self.where(choice.row.key, in: result))]
        }))
        blocks.append(.heading(3, [Self.plain("Sentences left to place (\(result.toPlace.count))")]))
        blocks.append(result.toPlace.isEmpty ? .paragraph([Self.plain("None.")]) : .list(result.toPlace.map { sentence in
            [Self.strong(sentence.places), Self.plain(" (\(sentence.reason)): " + sentence.text)]
        }))
    }

    private mutating func appendSources(_ result: MergeResult) {
        blocks.append(.heading(2, [Self.plain("Sources")]))
        blocks.append(.table(["Source", "School", "To read by eye"], result.sources.indices.map { index in
            [result.sources[index], result.schools[index], result.unread[index].description]
        }))
        var note = "To read by eye: what the extractor did not fully understand in each source"
        note += result.unread.contains { $0.total > 0 } ? "; " : "."
        blocks.append(.paragraph(result.unread.contains { $0.total > 0 }
            ? [Self.plain(note), Self.code(UnreadCount.listing), Self.plain(" lists it.")] : [Self.plain(note)]))
        guard !result.passageSources.isEmpty else { return }
        blocks.append(.list(result.passageSources.map { source in
            [Self.plain(source.section + ": the passages of "), Self.strong(source.source), Self.plain(", " + source.reason + ".")]
        }))
    }

    private mutating func appendTopic(_ choice: TopicChoice, result: MergeResult) {
        let row = choice.row
        blocks.append(.heading(3, [Self.plain(row.label + " ("), Self.code(row.key.id), Self.plain(")")]))
        var items: [[Span]] = []
        if let merged = result.clause(for: row.key) {
            var spans = [Self.plain("Merged clause: \(merged.clause.id), the words of \(merged.source.document) \(merged.source.clause)")]
            if let review = merged.review { spans.append(Self.plain("; " + review)) }
            items.append(spans)
        }
        items.append([Self.plain("Chosen: "), Self.strong(CellNotation.words(choice.chosen.position)),
                      Self.plain(", held by " + Self.holders(choice.chosen, row: row, result: result))])
        for stance in choice.alternatives {
            items.append([Self.plain("Alternative: " + CellNotation.words(stance.position) + ", held by " + Self.holders(stance, row: row, result: result))])
        }
        let silent = row.cells.indices.filter { row.cells[$0] == nil }
        if !silent.isEmpty {
            items.append([Self.plain("Not covered by: " + silent.map { result.sources[$0] }.joined(separator: ", ")
                + " (covered by \(row.cells.count - silent.count) of \(row.cells.count))")])
        }
        items.append([Self.plain("Why: " + choice.reason)])
        blocks.append(.list(items))
    }

    /// "; merged clause 3.2", or "" where no clause states it.
    static func `where`(_ key: TopicKey, in result: MergeResult) -> String {
        result.clause(for: key).map { "; merged clause " + $0.clause.id } ?? ""
    }

    /// "ashton-vale (6.10), todwick (A.3)".
    static func holders(_ stance: TopicChoice.Stance, row: TopicRow, result: MergeResult) -> String {
        stance.holders.map { index in
            result.sources[index] + " (" + (row.cells[index]?.strongest.id ?? "?") + ")"
        }.joined(separator: ", ")
    }
}
