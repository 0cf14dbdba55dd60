/// Table rows: the party a row names, and the force its column heading gives.
extension DocumentBuilder {
    /// A table row: in a responsibilities table ("Headteacher | Approves new
    /// accounts") the first cell is the party of the rest; otherwise the
    /// row is read as a paragraph.
    mutating func addTableRow(_ block: OutlineBlock, cells: [String]) {
        // A table's first row of short headings ("Who | What they may post |
        // Account") is kept, and gives each column's words to its cells.
        if !previousWasTableRow {
            tableHeader = nil
            if cells.count >= 2, tableRowRoles(cells[0]) == nil, cells.allSatisfy({ $0.utf8.count < 60 && !$0.hasSuffix(".") }) {
                tableHeader = cells
                current.items.append(.passage(Passage(kind: .paragraph, text: block.text, line: block.line)))
                return
            }
        }
        if cells.count >= 2, let roles = tableRowRoles(cells[0]), let header = tableHeader, header.count == cells.count,
           header.dropFirst().contains(where: { columnStem($0) != nil }) {
            // "Class teachers | Photos of their class": the party, then what
            // the column's heading says of it ("What they may post").
            current.items.append(.passage(Passage(kind: .paragraph, text: cells[0], line: block.line)))
            let saved = scope.roleBullet
            scope.roleBullet = (roles, 1)
            for (column, cell) in zip(header, cells).dropFirst() {
                let item = OutlineBlock(kind: .listItem(depth: 1), text: cell, line: block.line)
                if let stem = columnStem(column) {
                    var lead = ExtractionScope.LeadIn(modality: nil, subject: roles, namesParty: true, context: [], exceptions: [],
                                                      isDeontic: true, isStatement: false, rule: nil, depth: 1)
                    lead.stem = stem
                    lead.isOpen = true
                    addClauses(of: item, inList: true, leadIn: lead, skipLastSentence: false)
                } else {
                    current.items.append(.passage(Passage(kind: .paragraph, text: cell, line: block.line)))
                }
            }
            scope.roleBullet = saved
            return
        }
        // "Do | Don't" tables: each cell is an item with its column's force.
        if let header = tableHeader, header.count == cells.count, tableRowRoles(cells[0]) == nil,
           case let forces = header.map({ lexicon.headingForce.first(in: lexicon.tokenize($0), 0..<lexicon.tokenize($0).count)?.payload }),
           forces.contains(where: { $0 != nil }) {
            for (force, cell) in zip(forces, cells) {
                let item = OutlineBlock(kind: .listItem(depth: 1), text: cell, line: block.line)
                guard let force else {
                    current.items.append(.passage(Passage(kind: .paragraph, text: cell, line: block.line)))
                    continue
                }
                let party = scope.boundParty(inList: false) ?? scope.scope
                let lead = ExtractionScope.LeadIn(modality: force, subject: party, namesParty: false, context: [], exceptions: [],
                                                  isDeontic: true, isStatement: false, rule: nil, depth: 1)
                addClauses(of: item, inList: true, leadIn: lead, skipLastSentence: false)
            }
            return
        }
        let first = OutlineBlock(kind: .paragraph, text: cells[0], line: block.line)
        if cells.count >= 2, let roles = roleBulletRoles(first) ?? tableRowRoles(cells[0]) {
            current.items.append(.passage(Passage(kind: .paragraph, text: cells[0], line: block.line)))
            let saved = scope.roleBullet
            scope.roleBullet = (roles, 1)
            let duties = OutlineBlock(kind: .listItem(depth: 1), text: cells.dropFirst().joined(separator: "; "), line: block.line)
            addClauses(of: duties, inList: true, leadIn: nil, skipLastSentence: false)
            scope.roleBullet = saved
        } else if tableHeader != nil, cells.count >= 3, let (index, roles) = partyCell(of: cells) {
            // "In class | Pupils | Phones must be handed in": the cells
            // before the party's say where its rule holds.
            current.items.append(.passage(Passage(kind: .paragraph, text: cells[...index].joined(separator: " "), line: block.line)))
            let situation = lexicon.tokenize(cells[..<index].joined(separator: " "))
            let settings = lexicon.contexts.scan(situation).map(\.payload).canonical
            let saved = scope.roleBullet
            scope.roleBullet = (roles, 1)
            let lead = ExtractionScope.LeadIn(modality: nil, subject: roles, namesParty: true, context: settings, exceptions: [],
                                              isDeontic: true, isStatement: false, rule: nil, depth: 1)
            let duties = OutlineBlock(kind: .listItem(depth: 1), text: cells[(index + 1)...].joined(separator: "; "), line: block.line)
            addClauses(of: duties, inList: true, leadIn: lead, skipLastSentence: false)
            scope.roleBullet = saved
        } else {
            addClauses(of: block, inList: false, leadIn: nil, skipLastSentence: false)
        }
    }

    /// A short cell past the first that names only a party, with rules
    /// after it: the "Who" column of a rules table.
    func partyCell(of cells: [String]) -> (Int, [Role])? {
        for index in 1..<(cells.count - 1) where cells[index].utf8.count <= 40 {
            if let roles = tableRowRoles(cells[index]) { return (index, roles) }
        }
        return nil
    }

    /// The party a table row's first cell names, before any name or note
    /// in brackets: "Headteacher (Mrs L. Garside)", "Office staff".
    func tableRowRoles(_ cell: String) -> [Role]? {
        let named = String(cell.prefix { $0 != "(" })
        return roleBulletRoles(OutlineBlock(kind: .paragraph, text: trimmedRight(named), line: 0))
    }

    /// A column heading that states a force ("What they may post", "Must
    /// not"), as the start of a sentence its cells finish: "they may post".
    func columnStem(_ heading: String) -> String? {
        var words = heading.split(separator: " ")
        if let first = words.first, lexicon.wordLists.titleOpeners.contains(lexicon.tokenize(String(first)).first ?? Token(start: 0, end: 0, isWord: false)) {
            words.removeFirst()
        }
        let stem = words.joined(separator: " ")
        guard !stem.isEmpty else { return nil }
        let tokens = lexicon.tokenize(stem)
        return lexicon.modals.scan(tokens).isEmpty ? nil : stem
    }
}
