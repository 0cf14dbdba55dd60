/// Builds a `PolicyDocument` block by block: sections from headings,
/// clauses from sentences, passages from the rest, and the scope that
/// headings, lead-ins and role bullets give the blocks after them.
struct DocumentBuilder {
    let outline: Outline
    let lexicon: Lexicon
    /// What the text so far says about the blocks after it; the sentence
    /// extractors read it through the box, without a copy. (A copy of the
    /// builder would share it; the builder is never copied.)
    let scopeBox = ExtractionScopeBox()
    var scope: ExtractionScope {
        _read { yield scopeBox.value }
        nonmutating _modify { yield &scopeBox.value }
    }
    var sections: [Section] = []
    var current = Section(id: "s0", heading: nil, line: nil)
    var previousWasHeading = false
    var usedIds: Set<String> = []
    /// Clauses in the current section so far (counting them each time
    /// would be quadratic).
    var clauseCount = 0
    /// Inside a letter to parents or staff, between "Dear …" and "Yours …".
    var inLetter = false
    /// What the extractor did not fully understand, in document order.
    var unread: [UnreadNote] = []
    /// The rule of the clause made last, which "The same rule applies to …"
    /// extends.
    var lastRule: Rule?
    /// The block before was a table row, and the heading row of its table.
    var previousWasTableRow = false
    var tableHeader: [String]?
    /// The sentence being read: one analysis that each sentence of each
    /// block is read into in turn, keeping its arrays' storage.
    let sentence: SentenceAnalysis
    /// The name the school calls itself by.
    let ownName: OwnName?

    init(outline: Outline, lexicon: Lexicon) {
        self.outline = outline
        self.lexicon = lexicon
        self.sentence = SentenceAnalysis(lexicon: lexicon)
        self.ownName = OwnName.find(in: outline)
        sentence.ownName = ownName
        // About one id a block: room for them up front, so that the set is
        // not rehashed, each id hashed again, as it grows.
        usedIds.reserveCapacity(outline.blocks.count + 16)
    }

    /// Reads one block; the first clause or passage made of a list item
    /// keeps the item's marker.
    mutating func add(_ block: OutlineBlock, nextIsListItem: Bool) {
        let section = sections.count, start = current.items.count
        addBlock(block, nextIsListItem: nextIsListItem)
        guard let marker = block.marker, block.kind != .heading, sections.count == section, start < current.items.count else { return }
        switch current.items[start] {
        case .clause(var clause):
            clause.marker = marker
            current.items[start] = .clause(clause)
        case .passage(var passage):
            passage.marker = marker
            current.items[start] = .passage(passage)
        }
    }

    private mutating func addBlock(_ block: OutlineBlock, nextIsListItem: Bool) {
        // A letter ("Dear Mr/Mrs … Yours sincerely") is kept, never read
        // for clauses.
        if inLetter {
            current.items.append(.passage(Passage(kind: .note, text: block.text, line: block.line)))
            if block.text.hasPrefix("Yours ") { inLetter = false }
            return
        }
        if block.text.hasPrefix("Dear ") {
            inLetter = true
            current.items.append(.passage(Passage(kind: .note, text: block.text, line: block.line)))
            return
        }
        defer { if case .tableRow = block.kind {} else { previousWasTableRow = false } }
        switch block.kind {
        case .heading:
            startSection(block)
            return
        case .note:
            current.items.append(.passage(Passage(kind: .note, text: block.text, line: block.line)))
            return
        case .tableRow(let cells):
            addTableRow(block, cells: cells)
            previousWasTableRow = true
            previousWasHeading = false
            return
        case .paragraph:
            scope.roleBullet = nil
            scope.siblingSubject = nil
            // "The Do's and Don'ts below apply to all staff and to
            // volunteers": the parties the section binds.
            if let parties = sectionScope(of: block) {
                scope.headingRoles = parties
                scope.sectionScope = parties
            }
            bindAnswer(to: block)
            // A paragraph ending in a colon or a dash leads in to the list
            // after it; one whose sentence is left open ("Staff must not:")
            // states no clause of its own even where no list follows.
            let lead = endsAsLeadIn(block.text) ? leadIn(from: block) : nil
            let isLeadIn = lead != nil && nextIsListItem
            addClauses(of: block, inList: false, leadIn: nil, skipLastSentence: isLeadIn || lead?.isOpen == true)
            scope.leadIn = isLeadIn ? lead : nil
        case .listItem(let depth):
            // "4.1 The Do's and Don'ts below apply to all staff and to
            // volunteers": a numbered paragraph may say it too.
            if scope.leadIn == nil, let parties = sectionScope(of: block) {
                scope.headingRoles = parties
                scope.sectionScope = parties
            }
            if let leadIn = scope.leadIn {
                if !leadIn.governs(block) {
                    scope.leadIn = nil
                } else if leadIn.childrenKind == nil {
                    scope.leadIn!.childrenKind = ExtractionScope.LeadIn.MarkerKind(block)
                }
            }
            if let bullet = scope.roleBullet, depth < bullet.depth { scope.roleBullet = nil }
            if let roles = roleBulletRoles(block) {
                scope.roleBullet = (roles, depth)
                scope.siblingSubject = nil
                current.items.append(.passage(Passage(kind: .listItem, text: block.text, line: block.line)))
            } else {
                let inherited = scope.leadIn
                let lead = endsAsLeadIn(block.text) ? leadIn(from: block, after: inherited?.stem) : nil
                addClauses(of: block, inList: true, leadIn: inherited, skipLastSentence: lead?.isOpen == true)
                if let lead, lead.isOpen, lead.namesParty { scope.siblingSubject = lead.subject }
                if nextIsListItem, let nested = lead {
                    var nested = nested
                    // An item left open ("· Staff must:") leads the items
                    // after it at its own depth too, in a flat list.
                    nested.depth = lead?.isOpen == true ? depth : depth + 1
                    nested.item = (depth, ExtractionScope.LeadIn.MarkerKind(block))
                    if nested.subject.isEmpty || !nested.namesParty, let inherited, !inherited.subject.isEmpty { nested.subject = inherited.subject }
                    // "must not …: 4.6. do anything …, for example by: 4.6.1 …":
                    // a nested lead-in with no force of its own passes on its parent's.
                    if !nested.isDeontic, let inherited, inherited.isDeontic {
                        nested.isDeontic = true
                        nested.modality = inherited.modality
                        nested.isStatement = false
                        nested.context = (nested.context + inherited.context).canonical
                    }
                    scope.leadIn = nested
                }
            }
        }
        previousWasHeading = false
    }

    /// A list item that is only a role ("· SLT", "· Parents/Carers").
    func roleBulletRoles(_ block: OutlineBlock) -> [Role]? {
        guard block.text.utf8.count < 60, block.text.utf8.lazy.filter({ $0 == 32 }).count < 6 else { return nil }
        let tokens = lexicon.tokenize(block.text)
        let words = tokens.wordCount
        guard words > 0, words <= 4 else { return nil }
        let matches = lexicon.roles.scan(tokens)
        let covered = Set(matches.flatMap { Array($0.start..<$0.end) })
        guard tokens.indices.allSatisfy({ covered.contains($0) || !tokens[$0].isWord || lexicon.wordLists.roleBulletFillers.contains(tokens[$0]) }) else { return nil }
        return matches.map(\.payload).canonical
    }

    mutating func addClauses(of block: OutlineBlock, inList: Bool, leadIn: ExtractionScope.LeadIn?, skipLastSentence: Bool) {
        var text = block.text
        let kind: Passage.Kind = inList ? .listItem : .paragraph
        // An item that finishes its lead-in's sentence is read joined to it
        // ("Staff must not" + "post photographs of pupils"); its clauses'
        // ranges are then moved back onto the item's own text.
        let stem = inList ? leadIn?.stem : nil
        var read = stem.map { $0 + " " + block.text } ?? block.text
        let offset = stem.map { $0.utf8.count + 1 } ?? 0
        var unreadSentences: [UnreadNote] = []
        let found: [SentenceExtractor.Found] = read.withUTF8 { bytes in
            var sentences = SentenceSplitter.split(bytes)
            if skipLastSentence { sentences.removeLast() }
            var result: [SentenceExtractor.Found] = []
            var blockSubject: [Role]?
            for (index, range) in sentences.enumerated() {
                sentence.read(blockText: bytes, range: range)
                var extractor = SentenceExtractor(sentence: sentence, scopeBox: scopeBox, inList: inList, leadIn: leadIn, opensBlock: index == 0)
                extractor.blockSubject = blockSubject
                extractor.continuesLeadIn = stem != nil && range.lowerBound < offset
                if extractor.continuesLeadIn { extractor.itemStart = sentence.tokens.firstIndex { $0.start >= offset } }
                var found = extractor.extract()
                if found.isEmpty, let previous = result.last?.rule ?? lastRule, let extended = extractor.extending(previous) { found = [extended] }
                // A sentence that looks like a rule but gave none: the item's
                // own words of it, for a person to read.
                if found.isEmpty, extractor.looksLikeARule {
                    let lower = max(range.lowerBound, offset)
                    if lower < range.upperBound {
                        let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<range.upperBound]), as: UTF8.self)
                        unreadSentences.append(UnreadNote(line: block.line(atOffset: lower - offset), reason: .noClause, text: words))
                    }
                }
                if offset > 0 {
                    found = found.compactMap { clause in
                        guard clause.range.upperBound > offset else { return nil }
                        var clause = clause
                        clause.range = max(clause.range.lowerBound - offset, 0)..<(clause.range.upperBound - offset)
                        return clause
                    }
                }
                // "This includes defamatory comments.", "In both cases, it
                // must have the prior approval …": a later sentence of an item
                // that refers back adds to the clause before it.
                if inList, index > 0, !result.isEmpty, extractor.refersBack {
                    let exceptions = found.flatMap(\.rule.exceptions)
                    result[result.count - 1].rule.exceptions = (result[result.count - 1].rule.exceptions + exceptions).canonical
                    found = []
                }
                if let explicit = found.last(where: \.explicitSubject) { blockSubject = explicit.rule.subject }
                result += found
            }
            return result
        }
        unread += unreadSentences
        if let explicit = found.last(where: \.explicitSubject), inList {
            scope.siblingSubject = explicit.rule.subject
        }
        // A list item that states one clause keeps its whole text.
        if inList, found.count == 1 {
            let clause = makeClause(text: block.text, line: block.line, rule: found[0].rule)
            noteDoubts(of: clause, found[0].doubts)
            current.items.append(.clause(clause))
            return
        }
        // The clauses and the passages between them are cut from the
        // block's bytes where they lie, not from a copy of them.
        text.withUTF8 { utf8 in
            func slice(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
            }
            var cursor = 0
            for clause in found {
                let lower = max(clause.range.lowerBound, 0), upper = min(clause.range.upperBound, utf8.count)
                if lower > cursor {
                    let gap = trimmedLeft(trimmedRight(slice(cursor..<lower)))
                    if !gap.isEmpty { current.items.append(.passage(Passage(kind: kind, text: gap, line: block.line(atOffset: cursor)))) }
                }
                let made = makeClause(text: slice(lower..<upper), line: block.line(atOffset: lower), rule: clause.rule)
                noteDoubts(of: made, clause.doubts)
                current.items.append(.clause(made))
                cursor = max(cursor, upper)
            }
            if cursor < utf8.count {
                let rest = trimmedLeft(trimmedRight(slice(cursor..<utf8.count)))
                if !rest.isEmpty { current.items.append(.passage(Passage(kind: kind, text: rest, line: block.line(atOffset: cursor)))) }
            }
        }
    }

    /// Notes what the extractor is unsure of in a clause it made.
    mutating func noteDoubts(of clause: Clause, _ doubts: [UnreadNote.Reason]) {
        if clause.rule.action == .other { unread.append(UnreadNote(line: clause.line, reason: .unknownAction, text: clause.text, clause: clause.id)) }
        for doubt in doubts { unread.append(UnreadNote(line: clause.line, reason: doubt, text: clause.text, clause: clause.id)) }
    }

    mutating func makeClause(text: String, line: Int, rule: Rule) -> Clause {
        lastRule = rule
        clauseCount += 1
        let ordinal = clauseCount
        var id = "\(current.id).\(ordinal)"
        var suffix = 2
        // Inserting tells whether the id was taken: one hash of it, not two.
        while !usedIds.insert(id).inserted {
            id = "\(current.id).\(ordinal)-\(suffix)"
            suffix += 1
        }
        return Clause(id: id, text: text, line: line, section: current.id, rule: rule)
    }

    mutating func finish() -> PolicyDocument {
        if !current.items.isEmpty || current.heading != nil { sections.append(current) }
        var document = PolicyDocument(name: outline.name, title: outline.title, school: outline.school,
                                      history: outline.history, definitions: scope.definitions, sections: sections)
        document.unread = unread
        return document
    }
}
