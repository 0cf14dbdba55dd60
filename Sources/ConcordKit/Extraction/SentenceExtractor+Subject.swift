/// Who a clause binds when the sentence does not say it outright: bound
/// parties of headings, lead-ins and role bullets, agents, conditions and
/// inverted cues.
extension SentenceExtractor {
    var leadInSubject: [Role]? { leadIn?.subject.isEmpty == false ? leadIn!.subject : nil }

    /// Who an agentless passive binds, in this order: the role bullet it
    /// hangs from, the parties of an opening condition, the owner a context
    /// names ("staff mobile phones"), the block's previous subject, the
    /// heading's parties, the school for an institution's duty ("School
    /// accounts must be monitored") or its own policies, the lead-in's party,
    /// the list's party, else the policy's scope.
    func agentlessParty(for action: (action: Action, negated: Bool, start: Int)?, thing: Range<Int>? = nil) -> [Role] {
        if let roles = scope.roleBullet?.roles { return roles }
        if let roles = labelParty() { return roles }
        if let roles = conditionalParty() { return roles }
        if let thing, let owners = owners(in: thing) { return owners }
        if let blockSubject { return blockSubject }
        if let asked = scope.askedParty { return asked }
        if !scope.headingRoles.isEmpty { return scope.headingRoles }
        // A lead-in that names its party binds its items' passives before
        // any duty of the institution does.
        if inList, leadIn?.namesParty == true, let leadInSubject { return leadInSubject }
        if let action, lexicon.institutionalActions.contains(action.action) { return [.school] }
        if let thing, isInstitutionsThing(thing) { return [.school] }
        if inList, let leadInSubject { return leadInSubject }
        return scope.boundParty(inList: inList) ?? scope.scope
    }

    /// "We never share our passwords" under "Pupils' promises": in an
    /// agreement or charter for a party, "we" are that party, not the
    /// school.
    func promisingParty(for nearest: [Role], before index: Int) -> [Role]? {
        guard nearest == [.school], scope.headingIsAgreement, !scope.headingRoles.isEmpty, !scope.headingRoles.contains(.school),
              let match = sentence.roles.last(where: { $0.end <= index }), match.payload == .school,
              tokens[match.start..<match.end].allSatisfy(lists.weWords.contains) else { return nil }
        return scope.headingRoles
    }

    /// "Pupils: phones must be handed in", "Parents: please do not …": the
    /// parties a sentence opens with as a label, before a colon.
    func labelParty() -> [Role]? {
        guard let first = tokens.firstIndex(where: \.isWord), let match = sentence.roles.first(where: { $0.start == first }),
              match.payload != .school, let end = roleGroupEnd(in: first..<tokens.count),
              end < tokens.count, tokens[end].is(words.colon) else { return nil }
        return sentence.roleMatches(in: first..<end).map(\.payload).canonical
    }

    /// "staff mobile phones must not be used …": the party whose device or
    /// account a context names does what the passive forbids.
    func owners(in range: Range<Int>) -> [Role]? {
        let contextSpans = sentence.contexts.filter { range.contains($0.start) }.map { $0.start..<$0.end }
        guard !contextSpans.isEmpty else { return nil }
        let owners = lexicon.roles.scan(tokens, in: range)
            .filter { match in contextSpans.contains { $0.contains(match.start) } && match.payload != .school }
            .map(\.payload)
        return owners.isEmpty ? nil : owners.canonical
    }

    /// "If the headteacher … receives a disclosure …, this should be
    /// recorded": the parties of an opening condition do what follows.
    /// With `naming`, only a party the condition names, not a pronoun.
    func conditionalParty(naming: Bool = false) -> [Role]? {
        guard let first = tokens.firstIndex(where: \.isWord), lists.partyConditions.contains(tokens[first]) else { return nil }
        var index = first + 1
        while index < min(tokens.count, first + 4), lists.determiners.contains(tokens[index]) { index += 1 }
        if index < tokens.count, lists.addressPronouns.contains(tokens[index]) { return naming ? nil : scope.boundParty(inList: inList) ?? scope.scope }
        guard let match = sentence.roles.first(where: { $0.start == index }), match.payload != .school else { return nil }
        var roles = [match.payload]
        var end = match.end
        for next in sentence.roles where next.start >= end {
            guard tokens[end..<next.start].allSatisfy({ lists.conditionPartyJoiners.contains($0) }) else { break }
            roles.append(next.payload)
            end = next.end
        }
        return roles.canonical
    }

    /// "the Headteacher will ask them to remove it", "the headteacher may
    /// ask parents to …": the party named before a modal and an asking
    /// verb (a step it takes), not "We ask parents to …", the policy's
    /// own request of the party asked.
    func asker(of cue: Cue, from start: Int) -> [Role]? {
        guard let ask = cue.range.first(where: { lists.askingVerbs.contains(tokens[$0]) }), ask > cue.range.lowerBound,
              tokens[cue.range.lowerBound..<ask].contains(where: lists.verbsAfterNoun.contains),
              cue.range.lowerBound == start || !lists.personalPronouns.contains(tokens[cue.range.lowerBound - 1]),
              let asker = nearestSubject(before: cue.range.lowerBound, from: start) else { return nil }
        return asker
    }

    /// Whom an asking cue asks: the parties inside it, or for "them" the
    /// party of an opening condition.
    func askedParties(in cue: Cue) -> [Role] {
        let named = sentence.roleMatches(in: cue.range).map(\.payload).filter { $0 != .school }
        if !named.isEmpty { return named.canonical }
        guard tokens[cue.range].contains(where: lists.pronouns.contains) else { return [] }
        return conditionalParty(naming: true) ?? []
    }

    /// "A pupil's surname", "children's photographs": the parties whose
    /// thing is the subject before `index`, where the last party named
    /// there owns a thing named after it.
    func possessors(before index: Int, from start: Int) -> [Role]? {
        // "The school's education programme should …": the school's own
        // things are its doing.
        guard let last = sentence.roleMatches(in: start..<index).last, last.payload != .school,
              // ("Staff who see a pupil's details posted …": staff are the subject.)
              sentence.roleMatches(in: start..<last.start).isEmpty else { return nil }
        guard let thing = sentence.ownedThing(of: last), thing < index, tokens[thing..<index].contains(where: \.isWord) else { return nil }
        return [last.payload]
    }

    /// "School policies", "the School's disciplinary policy": a thing of the
    /// institution, done by the institution.
    func isInstitutionsThing(_ range: Range<Int>) -> Bool {
        let roles = sentence.roleMatches(in: range)
        return !roles.isEmpty && roles.allSatisfy { $0.payload == .school } && tokens[range].contains(where: lists.policyNouns.contains)
    }

    /// The cue judges a thing ("… is forbidden", "zero tolerance to …")
    /// rather than binding the party before it.
    func isStance(_ cue: Cue) -> Bool {
        guard tokens[cue.range].contains(where: { lexicon.stanceCues.contains($0) }), !tokens[cue.range.upperBound - 1].is(words.to) else { return false }
        // "Staff are prohibited from using …": the party is barred, not a thing.
        // "It is not acceptable for parents to post …": the party after
        // "for" is barred.
        let next = cue.range.upperBound
        if next + 1 < tokens.count, tokens[next].is(words.for), sentence.roles.contains(where: { $0.start == next + 1 || $0.start == next + 2 }) { return false }
        return next >= tokens.count || !(tokens[next].is(words.to) || tokens[next].is(words.from))
    }

    /// Whom a sanction for "a breach of this policy" falls on: the parties
    /// the section or a lead-in names, else those of the heading before when
    /// the heading is about breaches (a "Breaches" heading after the section
    /// it sanctions), else those the policy says it applies to, else staff.
    func bindingForSanctions() -> [Role] {
        if let roles = scope.roleBullet?.roles { return roles }
        if let leadIn, leadIn.namesParty { return leadIn.subject }
        if !scope.headingRoles.isEmpty { return scope.headingRoles }
        if scope.headingIsAboutSanctions, !scope.previousHeadingRoles.isEmpty { return scope.previousHeadingRoles }
        return scope.policyScope.isEmpty ? scope.scope : scope.policyScope
    }

    /// The party after an inverted cue opens what follows it ("should staff
    /// share", "requires that all users"), not a later object.
    func followsClosely(_ cue: Cue, _ roleEnd: Int) -> Bool {
        guard let first = sentence.roleMatches(in: cue.range.upperBound..<roleEnd).first else { return false }
        return tokens[cue.range.upperBound..<first.start].allSatisfy { lists.beforeInvertedParty.contains($0) }
    }

    /// Whom "you" or "I" stands for: the party the policy defines "you" as;
    /// under a heading that is an agreement or a code for a party ("Parent
    /// agreement"), that party; else the party the title names ("What We
    /// Expect of Staff"), whatever topic a heading names ("Parents"). Nil
    /// where none of them says, and the heading or the lead-in decides.
    func addressed(by pronoun: Token) -> [Role]? {
        if pronoun.is(words.you), let addressee = scope.headingAddressee ?? scope.addressee { return addressee }
        guard pronoun.is(words.you) || pronoun.is(words.i) else { return nil }
        if scope.headingIsAgreement, !scope.headingRoles.isEmpty { return scope.headingRoles }
        // "you may film your own child": whoever the policy tells about
        // their child is its parent.
        if pronoun.is(words.you), speaksOfOwnChild() { return [.parents] }
        if let leadIn, leadIn.namesParty { return leadIn.subject }
        return scope.documentParty
    }

    /// Whether the sentence speaks of the reader's own child, outside an
    /// exception: "your child", "your own children" (not "your classmates").
    func speaksOfOwnChild() -> Bool {
        sentence.roles.contains { match in
            guard match.payload == .pupils, match.start > 0, !sentence.isInsideException(match.start) else { return false }
            var before = match.start - 1
            if tokens[before].is(words.own), before > 0 { before -= 1 }
            return tokens[before].is(words.your) && !lists.pupilPartyHeads.contains(tokens[match.start])
        }
    }

    /// "you MAY use …": a pronoun right before the cue.
    func pronounBefore(_ cue: Cue) -> Bool {
        cue.range.lowerBound > 0 && lists.pronouns.contains(tokens[cue.range.lowerBound - 1])
    }

    /// "requires that", "under no circumstances should staff", "at no time
    /// may staff", "a key
    /// responsibility of all staff": the parties after the cue are bound.
    func requiresOthers(_ cue: Cue) -> Bool {
        tokens[cue.range].contains(where: lists.requireVerbs.contains)
            || tokens[cue.range.lowerBound].is(words.under) || tokens[cue.range.lowerBound].is(words.nor)
            || (lists.negativeAdverbialOpeners.contains(tokens[cue.range.lowerBound]) && tokens[cue.range].contains { $0.is(words.no) })
            || lists.bindingCueEnds.contains(tokens[cue.range.upperBound - 1])
            // "It is not acceptable for parents to post …".
            || ((tokens[cue.range.lowerBound].is(words.it) || (cue.range.lowerBound > 0 && tokens[cue.range.lowerBound - 1].is(words.it)))
                && cue.range.upperBound < tokens.count && tokens[cue.range.upperBound].is(words.for))
    }

    /// Where the first group of parties in `range` ends: "staff or
    /// volunteers", "staff, governors and volunteers".
    func roleGroupEnd(in range: Range<Int>) -> Int? {
        let matches = sentence.roleMatches(in: range)
        guard var end = matches.first?.end else { return nil }
        for match in matches.dropFirst() where match.start >= end {
            guard match.start - end <= 3, tokens[end..<match.start].allSatisfy({ lists.connectors.contains($0) }) else { break }
            end = match.end
        }
        return end
    }

    func boundParty() -> [Role] {
        scope.boundParty(inList: inList) ?? (leadIn?.subject.isEmpty == false ? leadIn!.subject : nil) ?? [.school]
    }

}
