/// Headings and the paragraphs that say whom a section binds.
extension DocumentBuilder {
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
        // "Images of students": the people in the images, likewise.
        var roles: [Role] = lexicon.roles.scan(tokens)
            .filter { ($0.start == 0 || !lexicon.wordLists.headingAudiencePrepositions.contains(tokens[$0.start - 1])) && !isImaged($0.start, tokens) }
            .map(\.payload).filter { $0 != .school }.canonical
        if roles.isEmpty, headingBindsTheSchool(block.text, tokens) { roles = [.school] }
        scope.askedParty = askedParty(tokens)
        scope.isAnswering = false
        // A heading that is a condition on the reader binds the reader: "If
        // you are a contractor" binds contractors; "If a child tells you
        // something worrying" binds whoever "you" is, not the child.
        if let you = readerInCondition(tokens) {
            let party = partyTheReaderIs(tokens, you: you)
            roles = party ?? []
            scope.headingAddressee = party
        } else if !previousWasHeading {
            scope.headingAddressee = nil
        }
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
        if !roles.isEmpty || !previousWasHeading { scope.sectionScope = nil }
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
        // What applies is the section's rules ("The rules below", "This
        // section", "These expectations"), not one rule extended to another
        // party ("The same rule applies to former pupils").
        let before = tokens[..<phrase.start]
        guard before.contains(where: lexicon.wordLists.sectionReferences.contains), !before.contains(where: { $0.is(lexicon.wordLists.words.same) }) else { return nil }
        var end = phrase.end
        // "… apply to members of staff who are acting for the PTA": the
        // parties before a clause about them.
        while end < tokens.count, !tokens[end].is(lexicon.wordLists.words.period), !lexicon.wordLists.subordinators.contains(tokens[end]) { end += 1 }
        let roles = lexicon.roles.scan(tokens, in: phrase.end..<end).map(\.payload).filter { $0 != .school && $0 != .everyone }
        return roles.isEmpty ? nil : roles.canonical
    }

    private static let scopeNeedles = DefinitionFinder.Needles(["appl", "cover", "is for"])

    /// A question binds its answer's passives to the party it asks about:
    /// "Can my child bring a phone to school?" + "Yes, but it must be
    /// handed in" binds pupils. Its imperatives still address the reader,
    /// and the paragraph after the answer is no longer it.
    mutating func bindAnswer(to block: OutlineBlock) {
        if block.text.utf8.last(where: { $0 != 32 }) == UInt8(ascii: "?") {
            scope.askedParty = askedParty(lexicon.tokenize(block.text))
            scope.isAnswering = false
        } else if scope.isAnswering {
            scope.askedParty = nil
            scope.isAnswering = false
        } else if scope.askedParty != nil {
            scope.isAnswering = true
        }
    }

    /// The party a question asks about: the first named right after its
    /// opening word ("Can my child …", "Will staff …", "Q2. Are parents
    /// allowed …"). "I" and "you" are left to whom the page addresses.
    func askedParty(_ tokens: [Token]) -> [Role]? {
        let lists = lexicon.wordLists
        guard tokens.last?.is(lists.words.question) == true,
              let opener = tokens.prefix(4).firstIndex(where: lists.questionOpeners.contains) else { return nil }
        guard let party = lexicon.roles.scan(tokens, in: (opener + 1)..<min(tokens.count, opener + 5)).first,
              !tokens[(opener + 1)..<party.start].contains(where: { lists.pronouns.contains($0) || lists.headingAudiencePrepositions.contains($0) })
        else { return nil }
        return [party.payload]
    }

    /// Where "you" stands in a heading that opens with a condition on the
    /// reader ("If you are a contractor", "When a parent asks you").
    func readerInCondition(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first, lexicon.wordLists.leadInConditions.contains(first) else { return nil }
        return tokens.firstIndex { $0.is(lexicon.wordLists.words.you) }
    }

    /// The parties "you are" names ("you are a parent or carer"), if any.
    func partyTheReaderIs(_ tokens: [Token], you: Int) -> [Role]? {
        guard you + 2 < tokens.count, tokens[you + 1].is(lexicon.wordLists.words.are) else { return nil }
        var roles: [Role] = []
        var end = you + 1
        // The parties right after "are", past an article or a joining word.
        for party in lexicon.roles.scan(tokens, in: (you + 2)..<tokens.count) {
            guard party.start - end <= 2 else { break }
            roles.append(party.payload)
            end = party.end
        }
        roles = roles.filter { $0 != .school }.canonical
        return roles.isEmpty ? nil : roles
    }

    /// "What Fernley Green will do", "The school's responsibilities",
    /// "What we will do": a heading over the school's own duties.
    /// Whether the party at `start` follows an image noun and "of": "Images
    /// of students", "Photographs of our pupils".
    func isImaged(_ start: Int, _ tokens: [Token]) -> Bool {
        let lists = lexicon.wordLists
        var cursor = start - 1
        while cursor >= 0, lists.determiners.contains(tokens[cursor]) || lists.possessiveDeterminers.contains(tokens[cursor]) { cursor -= 1 }
        guard cursor >= 1, tokens[cursor].is(lists.words.of) else { return false }
        return lexicon.imageNouns.longest(in: tokens, at: cursor - 1) != nil
    }

    func headingBindsTheSchool(_ text: String, _ tokens: [Token]) -> Bool {
        guard tokens.contains(where: lexicon.wordLists.institutionDuties.contains) else { return false }
        return lexicon.roles.scan(tokens).contains { $0.payload == .school } || ownName?.isNamed(in: text, lexicon: lexicon) == true
    }
}
