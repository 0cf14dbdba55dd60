/// Finding parties in a sentence: the subject group before a cue, the
/// audience after it, agents of passives and recipients of reports.
extension SentenceExtractor {
    static let adults: Set<Role> = [.staff, .visitors, .volunteers, .contractors, .governors]

    /// The group of roles nearest before `index` ("Staff, parents/carers and
    /// pupils", "a paid employee or volunteer"): roles joined by connectors.
    func nearestSubject(before index: Int, from start: Int) -> [Role]? {
        // "Staff (including volunteers and contractors) should …": the party
        // before the brackets, with those the brackets include.
        if index - 1 > start, tokens[index - 1].is(words.closeBracket),
           let open = (start..<(index - 1)).last(where: { tokens[$0].is(words.openBracket) }) {
            let outside = nearestSubject(before: open, from: start)
            let inside = tokens[open + 1..<index - 1].first(where: \.isWord).map { lists.inclusions.contains($0) } == true
                ? sentence.roleMatches(in: (open + 1)..<(index - 1)).map(\.payload).filter { $0 != .school } : []
            if let outside { return (outside + inside).canonical }
        }
        let unfiltered = sentence.roleMatches(in: start..<index).filter { match in
            // "Everyone at the school", "anyone working in the federation":
            // the institution after a preposition is a place, not a party.
            !sentence.isInsideException(match.start)
                && !(match.payload == .school && isPlace(match.start))
                // "staff who have been authorised by the Headteacher may":
                // the agent of a relative clause is not the subject.
                && !(tokens[max(start, match.start - 3)..<match.start].contains { $0.is(words.by) }
                     && tokens[start..<match.start].contains { lists.relativePronouns.contains($0) })
        }
        // "Staff posting on an academy account must", "Parents of pupils
        // should": a party inside a phrase opened by a preposition is no
        // subject, nor the parties listed with it ("between staff and
        // pupils"), unless nothing else is.
        var candidates = unfiltered
        if candidates.count > 1 {
            var insidePhrase: [Bool] = []
            for (offset, match) in candidates.enumerated() {
                var inside = opensPrepositionalPhrase(before: match.start, from: start)
                if !inside, offset > 0, insidePhrase[offset - 1], candidates[offset - 1].end <= match.start,
                   case let between = tokens[candidates[offset - 1].end..<match.start],
                   between.allSatisfy({ lists.connectors.contains($0) }), between.contains(where: { lists.andOr.contains($0) || $0.is(words.slash) }) {
                    inside = true
                }
                insidePhrase.append(inside)
            }
            if insidePhrase.contains(false) {
                candidates = zip(candidates, insidePhrase).filter { !$0.1 }.map(\.0)
            }
        }
        // "Images of pupils must not appear …": an image of a party is a
        // thing, not the party.
        if let first = tokens[start..<index].firstIndex(where: \.isWord), sentence.mayMatch(lexicon.imageNouns),
           lexicon.imageNouns.longest(in: tokens, at: first) != nil,
           !candidates.isEmpty, candidates.allSatisfy({ opensPrepositionalPhrase(before: $0.start, from: start) }) {
            return nil
        }
        // "Staff who receive a request from a pupil should …": the party
        // before the relative pronoun is the subject, not one inside it.
        if let relative = (start..<index).first(where: { lists.subjectRelatives.contains(tokens[$0]) }),
           let head = candidates.last(where: { $0.end == relative }) {
            return nearestSubject(before: head.end, from: start)
        }
        // "Parents collecting children are asked …", "Adults supervising
        // pupils must …": a participle after the first party opens a
        // clause about it.
        // ("Anyone working in the school as an employee or volunteer": the
        // clause says who "anyone" is.)
        if candidates.count > 1, let head = candidates.first, head.payload != .everyone, head.end < index, tokens[head.end].isWord, tokens[head.end].endsWith("ing"),
           !sentence.roles.contains(where: { $0.start == head.end }) {
            return nearestSubject(before: head.end, from: start)
        }
        guard let last = candidates.last else { return nil }
        // Sized once: each candidate adds a role at most, and the one that
        // starts with the last is added again below.
        var roles: [Role] = []
        roles.reserveCapacity(candidates.count + 1)
        roles.append(last.payload)
        var groupStart = last.start
        // "When photographing children, staff must:": the comma that closes
        // an opening clause parts its party from the subject's.
        let opensWithClause = tokens[start..<index].first(where: \.isWord).map { lists.conditionOpeners.contains($0) } ?? false
        for match in candidates.reversed() where match.end <= groupStart {
            let between = tokens[match.end..<groupStart]
            if opensWithClause, between.contains(where: { $0.is(words.comma) }),
               !tokens[start..<match.start].contains(where: { $0.is(words.comma) }) {
                break
            }
            let listLike = !between.enumerated().contains { offset, token in
                token.is(words.comma) && offset + 1 < between.count && !lists.andOr.contains(between[between.startIndex + offset + 1])
            }
            if match.end == groupStart || (listLike && between.allSatisfy({ lists.connectors.contains($0) })) {
                roles.append(match.payload)
                groupStart = min(groupStart, match.start)
            } else if match.end == last.end {
                roles.append(match.payload)
            } else {
                break
            }
        }
        for match in candidates where match.start == last.start { roles.append(match.payload) }
        // "Staff, visitors, volunteers and students": students listed among
        // adults are trainees.
        if roles.contains(.pupils), roles.contains(where: Self.adults.contains),
           candidates.contains(where: { $0.payload == .pupils && $0.start >= groupStart && sentence.startsWith(tokens[$0.start], prefix: words.studentPrefix) }) {
            roles = roles.filter { $0 != .pupils } + [.volunteers]
        }
        return definedMeaning(of: roles.canonical, named: groupStart..<last.end)
    }

    /// The roles with each term the policy defines replaced by its meaning,
    /// where the words in `range` name the party by the defined word
    /// ("Adults must not …" where "adults" means staff, governors and
    /// volunteers; not "The outing leader must …" where "staff" is defined).
    func definedMeaning(of roles: [Role], named range: Range<Int>) -> [Role] {
        let terms = scopeBox.value.terms
        guard terms.contains(where: { roles.contains($0.definition.term) }) else { return roles }
        var result: [Role] = []
        for role in roles {
            if let term = terms.first(where: { $0.definition.term == role }), tokens[range].contains(where: term.isDefiningWord) {
                result += term.definition.meaning
            } else {
                result.append(role)
            }
        }
        return result.canonical
    }

    /// Whether a preposition opens the phrase that ends at `index`: "on an
    /// academy account", "to a member of staff's phone", "for students'
    /// information", with at most three words between, none of which
    /// closes the phrase (a mark, a conjunction, a relative, a modal).
    func opensPrepositionalPhrase(before index: Int, from start: Int) -> Bool {
        var cursor = index - 1
        while cursor >= start, index - cursor <= 4 {
            let token = tokens[cursor]
            if lists.subjectPrepositions.contains(token) { return true }
            if !token.isWord || lists.phraseBreaks.contains(token) { return false }
            cursor -= 1
        }
        return false
    }

    /// "at Kingsthorpe Village Primary School", "in the Learn to Live
    /// Federation": an institution's name after a preposition.
    func isPlace(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].isCapitalized || lists.nameFillers.contains(tokens[cursor]), index - cursor < 8 { cursor -= 1 }
        return cursor >= 0 && lists.prepositions.contains(tokens[cursor]) && !tokens[cursor].is(words.to) && !tokens[cursor].is(words.of)
            || (cursor >= 0 && (tokens[cursor].is(words.to) || tokens[cursor].is(words.of)) && cursor == index - 1 || cursor >= 0 && cursor == index - 2 && tokens[index - 1].is(words.the) && lists.prepositions.contains(tokens[cursor]))
    }

    /// Parties named in `range`, not the school, not inside an exception.
    func parties(in range: Range<Int>) -> [Role] {
        sentence.roleMatches(in: range)
            .filter { !sentence.isInsideException($0.start) && $0.payload != .school }
            .map(\.payload).canonical
    }

    /// The audience: parties named in `range` other than the subject's own
    /// mention, the school and those inside exceptions.
    func audience(in range: Range<Int>, excluding subject: [Role], action: Action? = nil, cutsQualifiers: Bool = true, imperative: Bool = false) -> [Role] {
        let agentRange = agent(in: range)?.range
        var range = range
        // "… take action in order to protect the federation's reputation and
        // that of its staff, parents …": the purpose names no audience.
        // "… so that pupils can see who is speaking": nor does "so that".
        if let purpose = range.first(where: { $0 > range.lowerBound && (tokens[$0].is(words.order) && tokens[$0 - 1].is(words.in)
                                                                          || tokens[$0].is(words.that) && tokens[$0 - 1].is(words.so)) }) {
            range = range.lowerBound..<(purpose - 1)
        }
        // "delete any comment that names a child", "before their child is
        // photographed", "unless your teacher has asked": parties of a
        // clause that qualifies the object are not whom the action is about.
        // ("photographs that include other children": who is in an image is
        // whom posting it is about.)
        let aboutImages = action == .postImages || action == .photograph
        // "… if they show any other child": who an image shows is whom
        // posting it is about, in whatever clause that is said.
        var shown: [Role] = []
        if cutsQualifiers, let cut = subordinateClause(in: range, keepingRelatives: aboutImages) {
            if aboutImages, let verb = (cut..<range.upperBound).first(where: { lists.showingVerbs.contains(tokens[$0]) }) {
                shown = sentence.roleMatches(in: (verb + 1)..<min(range.upperBound, verb + 6)).map(\.payload).filter { !subject.contains($0) && $0 != .school }
            }
            range = range.lowerBound..<cut
        }
        let roles = sentence.roles
        let matches = sentence.roleMatches(in: range)
        let listed = listedRoles(matches)
        var audience: [Role] = []
        // The board as a body is whom one speaks to, not whom an action is about.
        let boardIsAudience = action.map { [.contact, .respond, .report, .complainOnline].contains($0) } ?? true
        var receivedBefore: Int?
        for match in matches where !sentence.isInsideException(match.start) && match.payload != .school && (boardIsAudience || match.payload != .governingBoard) {
            if agentRange?.contains(match.start) == true { continue }
            // Whom information or a device is given to is not whom it is
            // about: "give pupils their number", "hand it to the teacher".
            if let action, action == .discloseConfidential || action == .usePersonalDevice || action == .complainOnline,
               receives(match, for: action) || receivedBefore.map({ $0 <= match.start && tokens[$0..<match.start].allSatisfy(lists.connectors.contains) }) == true {
                // "give pupils or parents their number": the list received.
                receivedBefore = match.end
                continue
            }
            // The subject named again ("… that the member of staff is not …")
            // is not its own audience, unless as colleagues, as other staff,
            // or in a list of parties ("about the school, its staff or pupils").
            if subject.contains(match.payload), !listed.contains(match.start), !imperative || namedBefore(match),
               !tokens[match.start..<match.end].contains(where: { sentence.startsWith($0, prefix: words.colleaguePrefix) || lists.otherParty.contains($0) }),
               !(match.start > 0 && lists.otherParty.contains(tokens[match.start - 1])) {
                continue
            }
            // "parents/carers of pupils": the second role only qualifies the first.
            if match.start > 1, tokens[match.start - 1].is(words.of), roles.contains(where: { $0.end == match.start - 1 }) { continue }
            if match.payload == .governingBoard, sentence.isPossessive(match) { continue }
            // "telephone the pupil's parents": the owner only says whose the
            // party is. (Information about "a pupil's family" is about the pupil.)
            if sentence.isPossessive(match), action != .discloseConfidential, action != .postComments,
               roles.contains(where: { $0.start == match.end + 1 }) { continue }
            audience.append(match.payload)
        }
        if namesOneAnother(in: range) { audience += subject.filter { $0 != .school } }
        return (audience + shown).canonical
    }

    /// The parties other than the subject whose device the clause names:
    /// "pupils' phones", "a child's smart watch".
    func deviceOwners(in range: Range<Int>, excluding subject: [Role]) -> [Role]? {
        let owners = sentence.roleMatches(in: range).filter { match in
            guard match.payload != .school, !subject.contains(match.payload) else { return false }
            guard let thing = sentence.ownedThing(of: match), thing < range.upperBound else { return false }
            return tokens[thing..<min(range.upperBound, thing + 3)].contains(where: lists.deviceNouns.contains)
        }
        return owners.isEmpty ? nil : owners.map(\.payload).canonical
    }

    /// "… including of each other", "message one another": the parties
    /// bound are whom the action is towards, too.
    private func namesOneAnother(in range: Range<Int>) -> Bool {
        range.dropLast().contains { index in
            lists.reciprocalFirst.contains(tokens[index]) && lists.reciprocalSecond.contains(tokens[index + 1])
                && !sentence.roles.contains { $0.start == index + 1 || $0.start == index + 2 }
                && !sentence.isInsideException(index)
        }
    }

    /// "If a pupil sends a message …, the member of staff should not
    /// reply", "Staff who receive a message from a pupil must not reply to
    /// it": the parties an opening condition or the subject's relative
    /// clause names, whom the action answers.
    func partiesOfTheOccasion(before cueStart: Int, from start: Int, excluding subject: [Role]) -> [Role] {
        guard let first = (start..<cueStart).first(where: { tokens[$0].isWord }) else { return [] }
        var occasion: Range<Int>
        if lists.partyConditions.contains(tokens[first]) {
            guard let comma = (first..<cueStart).first(where: { tokens[$0].is(words.comma) }) else { return [] }
            occasion = first..<comma
        } else if let relative = (first..<cueStart).first(where: { lists.subjectRelatives.contains(tokens[$0]) }),
                  sentence.roles.contains(where: { $0.end == relative && $0.start >= first }) {
            occasion = relative..<cueStart
        } else {
            return []
        }
        // Its first group of parties: "If a parent was a friend before their
        // child started …" answers the parent.
        occasion = occasion.clamped(to: 0..<tokens.count)
        guard let group = sentence.roleMatches(in: occasion).first(where: { !subject.contains($0.payload) && $0.payload != .school }),
              !sentence.isInsideException(group.start), let end = roleGroupEnd(in: group.start..<occasion.upperBound) else { return [] }
        return sentence.roleMatches(in: group.start..<end).map(\.payload).filter { !subject.contains($0) && $0 != .school }.canonical
    }

    /// Whether the party of `match` was named earlier in the sentence: only
    /// then is a later mention the subject named again ("Don't send friend
    /// requests to staff" in a staff policy names staff once, as audience).
    func namedBefore(_ match: SentenceAnalysis.RoleMatch) -> Bool {
        sentence.roles.contains { $0.end <= match.start && $0.payload == match.payload }
            || tokens[0..<match.start].contains { lists.pronouns.contains($0) || lists.personalPronouns.contains($0) }
    }

    /// Where a clause that qualifies the object opens in `range`: a
    /// relative pronoun, a subordinating conjunction, or "that" after a
    /// noun (not after "ensure", "make sure").
    func subordinateClause(in range: Range<Int>, keepingRelatives: Bool = false) -> Int? {
        for index in range where index > range.lowerBound {
            let token = tokens[index]
            // "exercise caution before accepting friend requests": a
            // subordinator with a gerund right after the cue is the predicate.
            if lists.subordinators.contains(token), !(keepingRelatives && lists.subjectRelativeWords.contains(token)),
               !(index - range.lowerBound <= 3 && index + 1 < range.upperBound && tokens[index + 1].endsWith("ing")) {
                return index
            }
            if token.is(words.that), !keepingRelatives, tokens[index - 1].isWord, !lists.thatComplementHeads.contains(tokens[index - 1]),
               !lists.indefinitePronouns.contains(tokens[index - 1]),
               !lists.ensureVerbs.contains(tokens[index - 1]), index + 1 < range.upperBound, !sentence.roles.contains(where: { $0.start == index + 1 }) {
                return index
            }
            if token.is(words.as), index + 1 < range.upperBound, tokens[index + 1].is(words.soon) { return index }
        }
        return nil
    }

    /// Whether the party receives what the clause gives: after "to",
    /// "with", "in front of", or right after a verb of giving.
    func receives(_ match: SentenceAnalysis.RoleMatch, for action: Action) -> Bool {
        if sentence.isPossessive(match) || tokens[match.end - 1].isPluralPossessive { return false }
        var cursor = match.start - 1
        while cursor >= 0, lists.determiners.contains(tokens[cursor]) || lists.possessiveDeterminers.contains(tokens[cursor]) { cursor -= 1 }
        guard cursor >= 0 else { return false }
        let before = tokens[cursor]
        if before.is(words.to) || (before.is(words.with) && action != .usePersonalDevice) { return true }
        if before.is(words.of), cursor > 0, tokens[cursor - 1].is(words.front) { return true }
        return action == .discloseConfidential && lists.givingVerbs.contains(before)
    }

    /// Starts of role mentions that stand in a list of two or more parties
    /// ("students, parents or other staff", "the school, its staff or pupils").
    func listedRoles(_ matches: ArraySlice<SentenceAnalysis.RoleMatch>) -> [Int] {
        var listed: [Int] = []
        for (previous, next) in zip(matches, matches.dropFirst()) where next.start >= previous.end {
            // "employees of the school", "parents of pupils": a role that
            // qualifies another is no list.
            if tokens[previous.end..<next.start].allSatisfy({ lists.joiners.contains($0) }), next.start - previous.end <= 4,
               !tokens[previous.end..<next.start].contains(where: { $0.is(words.of) }) {
                listed.append(previous.start)
                listed.append(next.start)
            }
        }
        return listed
    }

    /// The agent of a passive: "by the Head teacher".
    func agent(in range: Range<Int>) -> (roles: [Role], range: Range<Int>)? {
        for index in range where tokens[index].is(words.by) {
            let roles = sentence.roleMatches(in: (index + 1)..<min(range.upperBound, index + 6)).filter { !sentence.isPossessive($0) }
            // "by a second member of staff", "by another senior leader".
            if let first = roles.first, tokens[(index + 1)..<first.start].allSatisfy({
                lists.connectors.contains($0) || lists.demonstratives.contains($0) || lists.agentQualifiers.contains($0) || $0.number > 0
            }) {
                // "by the class teacher or the DSL": the whole group of agents.
                let end = roleGroupEnd(in: first.start..<range.upperBound) ?? first.end
                let group = sentence.roleMatches(in: first.start..<end).map(\.payload)
                return (group.canonical, index..<end)
            }
        }
        return nil
    }

    /// Who receives a report: the parties after "to", "inform", "notify",
    /// "tell" or "contact".
    func recipientsOfReport(in range: Range<Int>) -> [Role] {
        var result: [Role] = []
        for index in range where lists.reportVerbs.contains(tokens[index])
            || (tokens[index].is(words.with) && index > 0 && lists.raiseVerbs.contains(tokens[index - 1])) {
            let window = (index + 1)..<min(range.upperBound, index + 8)
            // "informed by the class teacher": who informs, not who is told.
            guard index + 1 < range.upperBound, !tokens[index + 1].is(words.by) else { continue }
            // "report any contact from a pupil to the DSL": who a report is
            // about is not who is told; the told follow the verb, or "to".
            let first: SentenceAnalysis.RoleMatch
            if let named = sentence.roleMatches(in: window).first, tokens[(index + 1)..<named.start].wordCount <= 4,
               case let between = tokens[(index + 1)..<named.start].filter(\.isWord),
               between.allSatisfy({ lists.determiners.contains($0) || lists.possessiveDeterminers.contains($0) })
                || between.suffix(3).contains(where: { $0.is(words.to) || $0.is(words.with) }) {
                first = named
            } else if let to = ((index + 1)..<min(range.upperBound, index + 12)).first(where: { tokens[$0].is(words.to) }),
                      let named = sentence.roleMatches(in: (to + 1)..<min(range.upperBound, to + 4)).first {
                first = named
            } else {
                continue
            }
            // "to your tutor, your Head of Year or the Designated Safeguarding
            // Lead": the whole list of those told.
            result.append(first.payload)
            var end = first.end
            for next in sentence.roleMatches(in: first.end..<range.upperBound) {
                let between = tokens[end..<next.start]
                guard between.count <= 4, between.allSatisfy({ lists.connectors.contains($0) || lists.possessiveDeterminers.contains($0) }) else { break }
                result.append(next.payload)
                end = next.end
            }
        }
        return result.filter { $0 != .school }.canonical
    }

}
