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

    mutating func add(_ block: OutlineBlock, nextIsListItem: Bool) {
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
            if let parties = sectionScope(of: block) { scope.headingRoles = parties }
            // A paragraph ending in a colon or a dash leads in to the list
            // after it; one whose sentence is left open ("Staff must not:")
            // states no clause of its own even where no list follows.
            let lead = endsAsLeadIn(block.text) ? leadIn(from: block) : nil
            let isLeadIn = lead != nil && nextIsListItem
            addClauses(of: block, inList: false, leadIn: nil, skipLastSentence: isLeadIn || lead?.isOpen == true)
            scope.leadIn = isLeadIn ? lead : nil
        case .listItem(let depth):
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
                let lead = endsAsLeadIn(block.text) ? leadIn(from: block) : nil
                addClauses(of: block, inList: true, leadIn: inherited, skipLastSentence: lead?.isOpen == true)
                if let lead, lead.isOpen, lead.namesParty { scope.siblingSubject = lead.subject }
                if nextIsListItem, let nested = lead {
                    var nested = nested
                    // An item left open ("· Staff must:") leads the items
                    // after it at its own depth too, in a flat list.
                    nested.depth = lead?.isOpen == true ? depth : depth + 1
                    nested.item = (depth, ExtractionScope.LeadIn.MarkerKind(block))
                    if nested.subject.isEmpty { nested.subject = inherited?.subject ?? [] }
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

    mutating func startSection(_ block: OutlineBlock) {
        if !current.items.isEmpty || current.heading != nil { sections.append(current) }
        var id = block.number ?? "s\(sections.count + 1)"
        if !usedIds.insert(id).inserted {
            id = "\(id)-\(sections.count + 1)"
            usedIds.insert(id)
        }
        current = Section(id: id, heading: block.text, line: block.line)
        clauseCount = 0
        let tokens = lexicon.tokenize(block.text)
        // "Communication with Pupils", "Comments about staff": a party after
        // such a preposition is the heading's audience, not whom it binds.
        var roles: [Role] = lexicon.roles.scan(tokens)
            .filter { $0.start == 0 || !lexicon.wordLists.headingAudiencePrepositions.contains(tokens[$0.start - 1]) }
            .map(\.payload).filter { $0 != .school }.canonical
        if roles.isEmpty, headingBindsTheSchool(block.text, tokens) { roles = [.school] }
        scope.previousHeadingRoles = scope.currentHeadingOwnRoles
        scope.currentHeadingOwnRoles = roles
        scope.headingIsAboutSanctions = tokens.contains { lexicon.sanctionHeadings.contains($0) }
        if !roles.isEmpty || !previousWasHeading {
            scope.headingIsAgreement = tokens.contains { lexicon.wordLists.documentKinds.contains($0) || lexicon.wordLists.signatureWords.contains($0) }
        }
        if !roles.isEmpty {
            scope.headingRoles = roles
        } else if !previousWasHeading {
            scope.headingRoles = []
        }
        let force = lexicon.headingForce.first(in: tokens, tokens.indices)?.payload
        if force != nil || !previousWasHeading { scope.headingForce = force }
        let contexts = lexicon.contexts.scan(tokens).map(\.payload)
        if !contexts.isEmpty || !previousWasHeading { scope.headingContext = contexts.canonical }
        scope.leadIn = nil
        scope.roleBullet = nil
        scope.siblingSubject = nil
        previousWasHeading = true
    }

    /// The parties a paragraph says the rules of its section apply to
    /// ("The rules below apply to all staff, including supply staff, and to
    /// volunteers").
    func sectionScope(of block: OutlineBlock) -> [Role]? {
        // Only a paragraph that says "apply", "cover" or "is for" is read.
        guard block.text.utf8.count < 400, DefinitionFinder.contains(block.text, anyOf: Self.scopeNeedles) else { return nil }
        let tokens = lexicon.tokenize(block.text)
        guard let phrase = lexicon.scopePhrases.scan(tokens).first else { return nil }
        var end = phrase.end
        // "… apply to members of staff who are acting for the PTA": the
        // parties before a clause about them.
        while end < tokens.count, !tokens[end].is(lexicon.wordLists.words.period), !lexicon.wordLists.subordinators.contains(tokens[end]) { end += 1 }
        let roles = lexicon.roles.scan(tokens, in: phrase.end..<end).map(\.payload).filter { $0 != .school && $0 != .everyone }
        return roles.isEmpty ? nil : roles.canonical
    }

    private static let scopeNeedles = DefinitionFinder.Needles(["appl", "cover", "is for"])

    /// "What Fernley Green will do", "The school's responsibilities",
    /// "What we will do": a heading over the school's own duties.
    func headingBindsTheSchool(_ text: String, _ tokens: [Token]) -> Bool {
        guard tokens.contains(where: lexicon.wordLists.institutionDuties.contains) else { return false }
        return lexicon.roles.scan(tokens).contains { $0.payload == .school } || ownName?.isNamed(in: text, lexicon: lexicon) == true
    }

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
        } else {
            addClauses(of: block, inList: false, leadIn: nil, skipLastSentence: false)
        }
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

    /// The lead-in a paragraph ending in a colon gives the items under it.
    func leadIn(from block: OutlineBlock) -> ExtractionScope.LeadIn? {
        var text = block.text
        let sentences = SentenceSplitter.split(text)
        guard let last = sentences.last else { return nil }
        return text.withUTF8 { bytes -> ExtractionScope.LeadIn? in
            let sentence = SentenceAnalysis(lexicon: lexicon)
            sentence.ownName = ownName
            sentence.read(blockText: bytes, range: last)
            let all = 0..<sentence.tokens.count
            let cues = sentence.cues
            let prohibitive = sentence.has(lexicon.prohibitiveLeadIns, in: all) || cues.contains { $0.modality.isProhibition }
            let deontic = prohibitive || sentence.has(lexicon.deonticLeadIns, in: all) || !cues.isEmpty
            let statement = sentence.has(lexicon.nonDeonticLeadIns, in: all)
            // "Expectations include:", "Staff responsibilities include:".
            let namesDuties = sentence.tokens.contains { lexicon.wordLists.deonticNouns.contains($0) }
            let isDeontic = (deontic || namesDuties) && (!statement || prohibitive || namesDuties)
            var modality = cues.last?.modality ?? lexicon.headingForce.first(in: sentence.tokens, all)?.payload
            // "Please do not:" asks.
            if sentence.tokens.first(where: \.isWord)?.is(lexicon.wordLists.words.please) == true { modality = .should }
            if prohibitive { modality = (modality == .shouldNot || modality == .should) ? .shouldNot : .mustNot }
            let extractor = SentenceExtractor(sentence: sentence, scopeBox: scopeBox, inList: false, leadIn: nil, opensBlock: true)
            var subject: [Role] = []
            if let cue = cues.first, !prohibitive, let nearest = extractor.nearestSubject(before: cue.range.lowerBound, from: 0) {
                subject = nearest
            } else if cues.isEmpty, isDeontic, let nearest = extractor.nearestSubject(before: sentence.tokens.count, from: 0) {
                // "Pupils agree:", "For staff, expectations include:".
                subject = nearest.filter { $0 != .school }
            }
            // "Staff:" over a list names whom the items bind.
            if subject.isEmpty, let roles = roleBulletRoles(OutlineBlock(kind: .paragraph, text: String(block.text.dropLast()), line: block.line)) {
                subject = roles.filter { $0 != .school }
            }
            let namesParty = !subject.isEmpty
            if subject.isEmpty { subject = scope.boundParty(inList: false) ?? scope.scope }
            // A lead-in that states no force still sets the tone of the
            // imperatives under it ("Managing your personal use of social media:").
            let tone = lexicon.headingForce.first(in: sentence.tokens, all)?.payload
            let words = sentence.tokens.filter(\.isWord)
            var conditionRule: Rule?
            if words.count >= 3, words.suffix(4).contains(where: lexicon.wordLists.leadInConditions.contains),
               !cues.isEmpty, let found = extractor.extract().first {
                conditionRule = found.rule
            }
            var result = ExtractionScope.LeadIn(
                modality: isDeontic ? (modality ?? .must) : tone, subject: subject, namesParty: namesParty,
                context: extractor.contexts(in: all), exceptions: extractor.exceptions(in: all),
                isDeontic: isDeontic, isStatement: statement && !prohibitive && !namesDuties, rule: conditionRule, depth: 1)
            result.isOpen = itemsContinue(sentence)
            if conditionRule == nil, isDeontic, result.isOpen {
                result.stem = stem(of: UnsafeBufferPointer(rebasing: bytes[last]))
            }
            return result
        }
    }

    /// Whether a block ends as a lead-in does: with a colon or a dash.
    func endsAsLeadIn(_ text: String) -> Bool {
        let bytes = Array(trimmedRight(text).utf8.suffix(3))
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: ":") { return true }
        if bytes.count == 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x93 || bytes[2] == 0x94 { return true }
        return last == UInt8(ascii: "-") && bytes.count >= 2 && bytes[bytes.count - 2] == 32
    }

    /// Whether the items under a lead-in finish its sentence: it states a
    /// force ("Staff must not:", "We expect parents to:", "Staff should not
    /// post anything that could:") that is still open, not a judgement that
    /// closes it ("The following are not acceptable:") nor a pointer to what
    /// follows ("… as follows:").
    func itemsContinue(_ sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard let lastWord = tokens.lastIndex(where: \.isWord) else { return false }
        let lists = lexicon.wordLists
        if lists.leadInClosers.contains(tokens[lastWord]) { return false }
        // "do anything that could harm a pupil, for example by:": a whole
        // clause, then examples of it.
        if tokens[max(0, lastWord - 3)...lastWord].contains(where: lists.exampleMarkers.contains) { return false }
        // It ends on a word that needs more ("must", "to", "not", "for",
        // "that", "they"), or on the verb the cue opens ("must avoid:").
        if lists.leadInOpenEnds.contains(tokens[lastWord]) { return true }
        guard let cue = sentence.cues.last, !cue.isPassive else { return false }
        let words = tokens[cue.range.upperBound...].wordCount
        return cue.range.upperBound <= lastWord && words <= 2
            && !tokens[cue.range].contains { lexicon.stanceCues.contains($0) }
    }

    /// The lead-in's sentence without the colon or dash that ends it.
    func stem(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var end = bytes.count
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 32 || byte == 9 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") { end -= 1; continue }
            // "–" and "—" (E2 80 93, E2 80 94).
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x93 || bytes[end - 1] == 0x94 { end -= 3; continue }
            break
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
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
