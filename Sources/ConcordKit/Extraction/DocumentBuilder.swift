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
    /// The sentence being read: one analysis that each sentence of each
    /// block is read into in turn, keeping its arrays' storage.
    let sentence: SentenceAnalysis

    init(outline: Outline, lexicon: Lexicon) {
        self.outline = outline
        self.lexicon = lexicon
        self.sentence = SentenceAnalysis(lexicon: lexicon)
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
        switch block.kind {
        case .heading:
            startSection(block)
            return
        case .note:
            current.items.append(.passage(Passage(kind: .note, text: block.text, line: block.line)))
            return
        case .tableRow(let cells):
            addTableRow(block, cells: cells)
        case .paragraph:
            scope.roleBullet = nil
            scope.siblingSubject = nil
            let isLeadIn = block.text.hasSuffix(":") && nextIsListItem
            addClauses(of: block, inList: false, leadIn: nil, skipLastSentence: isLeadIn)
            scope.leadIn = isLeadIn ? leadIn(from: block) : nil
        case .listItem(let depth):
            if let leadIn = scope.leadIn, depth < leadIn.depth { scope.leadIn = nil }
            if let bullet = scope.roleBullet, depth < bullet.depth { scope.roleBullet = nil }
            if let roles = roleBulletRoles(block) {
                scope.roleBullet = (roles, depth)
                scope.siblingSubject = nil
                current.items.append(.passage(Passage(kind: .listItem, text: block.text, line: block.line)))
            } else {
                let inherited = scope.leadIn
                addClauses(of: block, inList: true, leadIn: inherited, skipLastSentence: false)
                if block.text.hasSuffix(":"), nextIsListItem, let nested = leadIn(from: block) {
                    var nested = nested
                    nested.depth = depth + 1
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
        let roles = lexicon.roles.scan(tokens)
            .filter { $0.start == 0 || !lexicon.wordLists.headingAudiencePrepositions.contains(tokens[$0.start - 1]) }
            .map(\.payload).filter { $0 != .school }.canonical
        scope.previousHeadingRoles = scope.currentHeadingOwnRoles
        scope.currentHeadingOwnRoles = roles
        scope.headingIsAboutSanctions = tokens.contains { lexicon.sanctionHeadings.contains($0) }
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

    /// A table row: in a responsibilities table ("Headteacher | Approves new
    /// accounts") the first cell is the party of the rest; otherwise the
    /// row is read as a paragraph.
    mutating func addTableRow(_ block: OutlineBlock, cells: [String]) {
        let first = OutlineBlock(kind: .paragraph, text: cells[0], line: block.line)
        if cells.count >= 2, let roles = roleBulletRoles(first) {
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
            let sentence = SentenceAnalysis(blockText: bytes, range: last, lexicon: lexicon)
            let all = 0..<sentence.tokens.count
            let cues = sentence.cues
            let prohibitive = sentence.has(lexicon.prohibitiveLeadIns, in: all) || cues.contains { $0.modality.isProhibition }
            let deontic = prohibitive || sentence.has(lexicon.deonticLeadIns, in: all) || !cues.isEmpty
            let statement = sentence.has(lexicon.nonDeonticLeadIns, in: all)
            var modality = cues.last?.modality ?? lexicon.headingForce.first(in: sentence.tokens, all)?.payload
            if prohibitive { modality = (modality == .shouldNot || modality == .should) ? .shouldNot : .mustNot }
            let extractor = SentenceExtractor(sentence: sentence, scopeBox: scopeBox, inList: false, leadIn: nil, opensBlock: true)
            var subject: [Role] = []
            if let cue = cues.first, !prohibitive, let nearest = extractor.nearestSubject(before: cue.range.lowerBound, from: 0) {
                subject = nearest.filter { $0 != .school }
            }
            // "Staff:" over a list names whom the items bind.
            if subject.isEmpty, let roles = roleBulletRoles(OutlineBlock(kind: .paragraph, text: String(block.text.dropLast()), line: block.line)) {
                subject = roles.filter { $0 != .school }
            }
            let namesParty = !subject.isEmpty
            if subject.isEmpty { subject = scope.boundParty(inList: false) ?? scope.scope }
            let isDeontic = deontic && (!statement || prohibitive)
            // A lead-in that states no force still sets the tone of the
            // imperatives under it ("Managing your personal use of social media:").
            let tone = lexicon.headingForce.first(in: sentence.tokens, all)?.payload
            let words = sentence.tokens.filter(\.isWord)
            var conditionRule: Rule?
            if words.count >= 3, words.suffix(4).contains(where: lexicon.wordLists.leadInConditions.contains),
               !cues.isEmpty, let found = extractor.extract().first {
                conditionRule = found.rule
            }
            return ExtractionScope.LeadIn(
                modality: isDeontic ? (modality ?? .must) : tone, subject: subject, namesParty: namesParty,
                context: extractor.contexts(in: all), exceptions: extractor.exceptions(in: all),
                isDeontic: isDeontic, isStatement: statement && !prohibitive, rule: conditionRule, depth: 1)
        }
    }

    mutating func addClauses(of block: OutlineBlock, inList: Bool, leadIn: ExtractionScope.LeadIn?, skipLastSentence: Bool) {
        var text = block.text
        let kind: Passage.Kind = inList ? .listItem : .paragraph
        let found: [SentenceExtractor.Found] = text.withUTF8 { bytes in
            var sentences = SentenceSplitter.split(bytes)
            if skipLastSentence { sentences.removeLast() }
            var result: [SentenceExtractor.Found] = []
            var blockSubject: [Role]?
            for (index, range) in sentences.enumerated() {
                sentence.read(blockText: bytes, range: range)
                var extractor = SentenceExtractor(sentence: sentence, scopeBox: scopeBox, inList: inList, leadIn: leadIn, opensBlock: index == 0)
                extractor.blockSubject = blockSubject
                var found = extractor.extract()
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
        if let explicit = found.last(where: \.explicitSubject), inList {
            scope.siblingSubject = explicit.rule.subject
        }
        // A list item that states one clause keeps its whole text.
        if inList, found.count == 1 {
            current.items.append(.clause(makeClause(text: block.text, line: block.line, rule: found[0].rule)))
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
                current.items.append(.clause(makeClause(text: slice(lower..<upper), line: block.line(atOffset: lower), rule: clause.rule)))
                cursor = max(cursor, upper)
            }
            if cursor < utf8.count {
                let rest = trimmedLeft(trimmedRight(slice(cursor..<utf8.count)))
                if !rest.isEmpty { current.items.append(.passage(Passage(kind: kind, text: rest, line: block.line(atOffset: cursor)))) }
            }
        }
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
        return PolicyDocument(name: outline.name, title: outline.title, school: outline.school,
                              history: outline.history, definitions: scope.definitions, sections: sections)
    }
}
