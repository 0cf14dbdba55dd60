/// Where a sentence states its force: a modal phrase ("must not", "are
/// strongly advised to"), with its token range.
struct Cue: Hashable {
    var range: Range<Int>
    var modality: Modality
    /// The cue is followed by "be" and a participle: "must be monitored".
    var isPassive = false
}

extension SentenceAnalysis {
    /// Finds `cues`, the modal cues of the sentence, left to right, without
    /// those that are possibilities ("may contain", "which may damage") or
    /// conditionals ("Should this occur").
    func findCues() {
        // Read once, not retained and released at each token's lookup.
        let tokens = self.tokens, modals = lexicon.modals
        cues.removeAll(keepingCapacity: true)
        defer {
            if cues.isEmpty { findStatedNegation() }
            if cues.isEmpty { findPassiveInfinitive() }
        }
        guard mayMatch(modals) else { return }
        // Phrases that only look modal: rare, so looked through, not marked
        // in an array of every token.
        let notModal = scan(lexicon.notModal)
        var index = 0
        while index < tokens.count {
            guard !notModal.contains(where: { $0.start <= index && index < $0.end }), let match = modals.longest(in: tokens, at: index) else {
                index += 1
                continue
            }
            defer { index = match.end }
            let first = tokens[match.start]
            if first.is(words.may) || first.is(words.can), match.end < tokens.count,
               mayMatch(lexicon.possibilityAfterMay), lexicon.possibilityAfterMay.longest(in: tokens, at: match.end) != nil {
                continue
            }
            // "may not be suitable for every child" is a possibility;
            // "Personal phones may not be used" forbids.
            if first.is(words.may), match.payload.isProhibition, match.end < tokens.count, tokens[match.end].is(words.be),
               passiveParticiple(after: match.end).map(saysHowSeen) ?? true {
                continue
            }
            if match.start == 0, first.is(words.should) || first.is(words.will) || first.is(words.may) { continue }
            // "I will only use the tablets when a teacher says I can", "Tell
            // us as soon as you can": a modal with no verb after it stands
            // for the rule before, and is no second one.
            if match.end - match.start == 1, match.end == tokens.count || !tokens[match.end].isWord,
               !cues.isEmpty || imperative(at: 0).isImperative, !opensAside(at: match.end) {
                continue
            }
            // "Staff will teach pupils which websites they can visit": a
            // modal of a question inside the clause is no second rule.
            if !cues.isEmpty, isInEmbeddedQuestion(match.start) { continue }
            if first.is(words.will) || first.is(words.may) || first.is(words.can), match.start > 0, lists.relatives.contains(tokens[match.start - 1]) { continue }
            // "A member of staff who needs to be contactable may …": a modal
            // of a relative clause about the subject is no clause.
            if match.start > 0, lists.subjectRelativeWords.contains(tokens[match.start - 1]) { continue }
            if let last = cues.last, insideEnsure(from: last.range.lowerBound, to: match.start) { continue }
            // "It is expected that all staff and volunteers will set …",
            // "requires that pupils must …": the modal of the complement is
            // the same duty.
            if let last = cues.last, tokens[last.range.upperBound - 1].is(words.that), match.start - last.range.upperBound <= 8,
               !tokens[last.range.upperBound..<match.start].contains(where: { lists.clauseMarks.contains($0) || $0.is(words.but) }) {
                continue
            }
            // "if you need to make a call", "where staff have to …": a modal
            // of a condition is not the rule the sentence states.
            if inCondition(match.start) || inPurpose(match.start) || belongsToASubordinateClause(match.start) { continue }
            if !bindsSomeone(match) || describesSome(match) { continue }
            if match.payload == .may, !match.payload.isProhibition, isPossibility(match) { continue }
            // "The school expects all staff not to …": a negation inside the
            // cue's words.
            var modality = match.payload
            if !modality.isProhibition, tokens[match.start..<match.end].contains(where: { $0.is(words.not) }) { modality = modality.negated }
            var cue = Cue(range: match.start..<match.end, modality: modality)
            cue.isPassive = isPassive(after: match.end)
            if let last = cues.last, match.start <= last.range.upperBound
                || tokens[last.range.upperBound..<match.start].allSatisfy({ lists.cueJoiners.contains($0) }) {
                // "are advised to" + "avoid": one cue, prohibitive if either is.
                // "will be asked to": a plain "will" takes the strength of
                // the words after it.
                let plainWill = last.range.count == 1 && tokens[last.range.lowerBound].is(words.will)
                let strength = plainWill ? cue.modality.strength : last.modality.strength
                let modality: Modality = last.modality.isProhibition || cue.modality.isProhibition
                    ? (strength >= 3 ? .mustNot : .shouldNot) : (plainWill ? cue.modality : last.modality)
                cues[cues.count - 1] = Cue(range: last.range.lowerBound..<match.end, modality: modality, isPassive: cue.isPassive)
                continue
            }
            cues.append(cue)
        }
    }

    /// "Most of our pupils cannot give informed consent", "Many parents
    /// will …": a subject counted out of a group describes how things are;
    /// a rule binds the whole group.
    func describesSome(_ match: PhraseMatcher<Modality>.Match) -> Bool {
        var start = match.start
        while start > 0, !lists.clauseMarks.contains(tokens[start - 1]) { start -= 1 }
        // The subject right before the modal: "Many phones have cameras so
        // staff phones must not …" counts nothing.
        guard let first = tokens[start..<match.start].firstIndex(where: \.isWord), match.start - first <= 5 else { return false }
        if lists.describingQuantifiers.contains(tokens[first]) { return true }
        return tokens[first].is(words.some) && first + 1 < match.start && tokens[first + 1].is(words.of)
    }

    /// "It is important to protect everyone from allegations" and "Regular
    /// monitoring is essential in case …" state a value, not a duty: an
    /// impersonal cue binds only when it names a party ("it is important
    /// for them to …") or opens a complement ("it is essential that …").
    func bindsSomeone(_ match: PhraseMatcher<Modality>.Match) -> Bool {
        // Only a cue opening with "it" or "is" can be impersonal: the others
        // are passed without gathering their words.
        let opening = tokens[match.start..<match.end].first(where: \.isWord)?.word
        guard opening == words.it || opening == words.is else { return true }
        let cue = tokens[match.start..<match.end].filter(\.isWord).map(\.word)
        if cue.starts(with: [words.it, words.is, words.important]) || cue == [words.is, words.essential] || cue == [words.it, words.is, words.essential] {
            if cue.last == words.for { return true }
            guard match.end < tokens.count else { return false }
            let next = tokens[match.end]
            if next.is(words.for) { return true }
            if next.is(words.that) { return !(match.end + 1 < tokens.count && lists.impersonalSubjects.contains(tokens[match.end + 1])) }
            return cue.last == words.essential && next.is(words.to)
        }
        return true
    }

    /// "We do not publish children's surnames", "Staff never accept …": in
    /// a policy, a party's stated practice in the negative is a rule it
    /// keeps. Only where the sentence has no modal of its own, and the
    /// party stands right before the negation.
    /// "Any concern to be reported to the DSL", "Photographs to be deleted
    /// from the tablets": a thing, then "to be" and a participle, is a duty.
    func findPassiveInfinitive() {
        // Only where the sentence opens with the thing: not after a verb
        // ("Encourage sites to be used …", "you want to be tagged").
        guard !imperative(at: 0).isImperative else { return }
        for index in tokens.indices.dropFirst() where index <= 10 && tokens[index].is(words.to) && isPassive(after: index + 1) {
            guard !tokens[0..<index].contains(where: { lists.beVerbs.contains($0) || lists.auxiliaries.contains($0) || lists.statementVerbs.contains($0)
                                                      || lists.askVerbs.contains($0) || lists.personalPronouns.contains($0) }),
                  tokens[index - 1].isWord, !isParticiple(tokens[index - 1]) else { return }
            cues.append(Cue(range: index..<(index + 1), modality: .must, isPassive: true))
            return
        }
    }

    func findStatedNegation() {
        for index in tokens.indices.dropFirst() where isNegationOfPractice(at: index) {
            var before = index - 1
            while before > 0, lists.imperativeAdverbs.contains(tokens[before]) { before -= 1 }
            let token = tokens[before]
            // A person or a group of people, not a body stating a fact ("The
            // governing board does not run an account").
            let party = token.is(words.i) || lists.personalPronouns.contains(token)
                || roles.contains { $0.end == before + 1 && $0.payload != .school && $0.payload != .governingBoard }
            guard party, !inCondition(index) else { continue }
            let end = tokens[index].is(words.do) || tokens[index].is(words.does) ? index + 2 : index + 1
            // "We do not think …", "I do not know": a thought, not a practice.
            guard end < tokens.count, !lists.statementVerbs.contains(tokens[end]) else { continue }
            cues.append(Cue(range: index..<end, modality: .mustNot))
            return
        }
    }

    private func isNegationOfPractice(at index: Int) -> Bool {
        let token = tokens[index]
        if lists.negativeImperatives.contains(token) || token.is(words.doesnt) {
            return index + 1 < tokens.count && tokens[index + 1].isWord && !lists.inversionWords.contains(tokens[index + 1])
        }
        return (token.is(words.do) || token.is(words.does)) && index + 2 < tokens.count && tokens[index + 1].is(words.not) && tokens[index + 2].isWord
    }

    /// Whether "so that" opens the clause the token at `index` stands in:
    /// "… so that they can share class news" states a purpose, not a rule.
    func inPurpose(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor > 0, index - cursor <= 6, !lists.clauseMarks.contains(tokens[cursor]) {
            if tokens[cursor].is(words.that), tokens[cursor - 1].is(words.so) { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether a condition ("if", "unless") opens the clause the token at `index` stands in, with no mark
    /// between.
    func inCondition(_ index: Int) -> Bool {
        // The condition's own subject stands between ("if you need to",
        // "where a parent has to"), a few words before the modal; "while at
        // work may be monitored" has none.
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 5, !lists.clauseMarks.contains(tokens[cursor]) {
            if tokens[cursor].is(words.if) || tokens[cursor].is(words.unless) {
                let between = (cursor + 1)..<index
                return tokens[between].contains { lists.personalPronouns.contains($0) || lists.pronouns.contains($0) }
                    || roles.contains { between.contains($0.start) }
            }
            cursor -= 1
        }
        return false
    }

    /// ", where appropriate, refer …": a comma after a modal that opens an
    /// aside closed by a second comma before the modal's verb.
    func opensAside(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].is(words.comma),
              let close = ((index + 1)..<min(tokens.count, index + 8)).first(where: { tokens[$0].is(words.comma) }) else { return false }
        return close + 1 < tokens.count && imperative(at: close + 1).isImperative
    }

    /// Whether a question word and its subject stand right before the
    /// modal at `index`: "who they can talk to", "which websites pupils may
    /// visit".
    func isInEmbeddedQuestion(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4, !lists.clauseMarks.contains(tokens[cursor]) {
            if lists.questionWords.contains(tokens[cursor]) { return cursor < index - 1 }
            cursor -= 1
        }
        return false
    }

    /// "before access is permitted for students", "where this is
    /// required": a copula opening a cue inside a clause that a
    /// subordinator opens, a few words before it, states no rule.
    /// A modal of a reason or a concession ("… because other children will
    /// be in it") is no rule either.
    func belongsToASubordinateClause(_ index: Int) -> Bool {
        let copula = tokens[index].is(words.is) || tokens[index].is(words.are)
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 6, !lists.clauseMarks.contains(tokens[cursor]) {
            // ("because of a family emergency" is a phrase, not a clause.)
            if lists.reasonSubordinators.contains(tokens[cursor]), cursor + 1 >= index || !tokens[cursor + 1].is(words.of) { return true }
            // ", as the school will provide …": "as" after a comma gives a reason.
            if tokens[cursor].is(words.as), cursor > 0, tokens[cursor - 1].is(words.comma) { return true }
            if copula, index - cursor <= 5, lists.clauseSubordinators.contains(tokens[cursor]) { return true }
            cursor -= 1
        }
        return false
    }

    /// "A careless post can identify a child", "Mobile phones can be a real
    /// asset": "may" or "can" grants a permission only to a party. With a
    /// thing as its subject and an active verb it says what may happen. A
    /// passive ("Photographs may be taken …") still permits, and "May"
    /// before a year is a month.
    func isPossibility(_ match: PhraseMatcher<Modality>.Match) -> Bool {
        let first = tokens[match.start]
        if first.isCapitalized, match.start > 0, match.end < tokens.count, tokens[match.end].number >= 1900 { return true }
        guard match.end - match.start == 1 else { return false }
        if let participle = passiveParticiple(after: match.end) { return saysHowSeen(participle) }
        if match.end < tokens.count, tokens[match.end].is(words.only) { return false }
        // "… will be dealt with under the policy and may lead to …": a
        // coordinated predicate shares the subject before it.
        if match.start > 0, lists.coordinators.contains(tokens[match.start - 1]) { return false }
        // The clause's subject: from the last mark before the cue.
        var start = match.start
        while start > 0, !lists.clauseMarks.contains(tokens[start - 1]) { start -= 1 }
        let subject = start..<match.start
        guard !subject.isEmpty else { return false }
        if start > 0, standsForAThing(tokens[subject], opening: 0..<start) { return true }
        if namesAThing(subject) { return true }
        if tokens[subject].contains(where: { lists.personalPronouns.contains($0) || $0.is(words.i) || lists.pronouns.contains($0) }) { return false }
        return roles.allSatisfy { !subject.contains($0.start) }
    }

    /// "Phones can be useful, but they can also expose children to harm":
    /// a lone "they" or "it" after a sentence's first clause stands for
    /// that clause's subject, here a thing, and names no party ("for
    /// families" after the verb is not the subject).
    func standsForAThing(_ subject: ArraySlice<Token>, opening: Range<Int>) -> Bool {
        let words = subject.filter { $0.isWord && !lists.coordinators.contains($0) }
        guard words.count == 1, words[0].is(self.words.it) || words[0].is(self.words.they) else { return false }
        // The first clause's subject: its words before its verb.
        var end = opening.lowerBound
        while end < opening.upperBound, !lists.clauseMarks.contains(tokens[end]), !lists.verbsAfterNoun.contains(tokens[end]) { end += 1 }
        let first = opening.lowerBound..<end
        guard tokens[first].contains(where: \.isWord) else { return false }
        return roles.allSatisfy { !first.contains($0.start) }
            && !tokens[first].contains { lists.personalPronouns.contains($0) || lists.pronouns.contains($0) || lists.firstPersonPlural.contains($0) }
    }

    /// "What staff post can affect …", "Comments made by a governor can
    /// …": a subject that opens with a thing, a party only inside a phrase
    /// that describes it, names no party.
    func namesAThing(_ subject: Range<Int>) -> Bool {
        guard let first = subject.first(where: { tokens[$0].isWord && !lists.determiners.contains(tokens[$0]) }) else { return false }
        if lists.thingPronouns.contains(tokens[first]) { return true }
        let inside = roles.filter { subject.contains($0.start) }
        guard !inside.isEmpty, !inside.contains(where: { $0.start <= first }) else { return false }
        return inside.allSatisfy { follows(lists.prepositions, $0.start, after: subject.lowerBound) }
    }

    /// Whether a word of `set` stands before `index`, past one determiner
    /// ("by a governor", "of staff"), at or after `start`.
    private func follows(_ set: WordSet, _ index: Int, after start: Int) -> Bool {
        var cursor = index - 1
        if cursor > start, lists.determiners.contains(tokens[cursor]) { cursor -= 1 }
        return cursor >= start && set.contains(tokens[cursor])
    }

    /// "must ensure that their accounts cannot be linked …": a modal inside
    /// the complement of "ensure" belongs to that duty, not a clause of its own.
    func insideEnsure(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        let between = tokens[start..<end]
        guard let ensure = between.firstIndex(where: lists.ensureVerbs.contains), ensure - start <= 5 else { return false }
        return !tokens[ensure..<end].contains { lists.ensureBreaks.contains($0) }
    }

    /// "be" or "been" then a participle, with adverbs allowed between.
    func isPassive(after index: Int) -> Bool {
        passiveParticiple(after: index) != nil
    }

    /// The participle of a passive that opens at `index`: "be *taken*",
    /// "be, however, *seen*".
    func passiveParticiple(after index: Int) -> Int? {
        var cursor = index
        while cursor < tokens.count, lists.adverbsBeforeBe.contains(tokens[cursor]) || tokens[cursor].is(words.comma) { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].is(words.be) || tokens[cursor].is(words.been) else { return nil }
        cursor += 1
        while cursor < tokens.count, isAdverb(tokens[cursor]) || lists.adverbsAfterBe.contains(tokens[cursor]) { cursor += 1 }
        guard cursor < tokens.count, isParticiple(tokens[cursor]) else { return nil }
        return cursor
    }

    /// "can be taken as the view of the board", "may be misread": a
    /// passive that says how something is seen, never what is allowed.
    func saysHowSeen(_ participle: Int) -> Bool {
        let token = tokens[participle]
        if lists.misreadingParticiples.contains(token) { return true }
        return lists.perceptionParticiples.contains(token) && participle + 1 < tokens.count && tokens[participle + 1].is(words.as)
    }

    /// An "-ly" word that is not one of the lexicon's verbs ("reply",
    /// "apply", "comply").
    func isAdverb(_ token: Token) -> Bool {
        token.endsWith("ly") && !lexicon.imperatives.contains(token)
    }

    func isParticiple(_ token: Token) -> Bool {
        (token.endsWith("ed") && token.length > 3) || lists.irregularParticiples.contains(token)
    }

    /// Whether the words from `index` open an imperative: an optional
    /// adverb ("Always", "Please") then a verb of the lexicon.
    func imperative(at index: Int) -> (isImperative: Bool, negative: Bool) {
        var cursor = index
        while cursor < tokens.count, !tokens[cursor].isWord || lists.imperativeJoiners.contains(tokens[cursor]) { cursor += 1 }
        guard cursor < tokens.count else { return (false, false) }
        if lists.imperativeAdverbs.contains(tokens[cursor]), cursor + 1 < tokens.count {
            cursor += 1
        }
        // "Never before have parents …", "Never has it been …": an
        // inversion, not a prohibition.
        if lists.negativeImperatives.contains(tokens[cursor]) {
            if cursor + 1 < tokens.count, lists.inversionWords.contains(tokens[cursor + 1]) { return (false, false) }
            // "…, never on a personal phone": a contrast with the channel
            // before, not a verb of its own.
            if cursor + 1 < tokens.count, lists.channelPrepositions.contains(tokens[cursor + 1]) { return (false, false) }
            return (true, true)
        }
        if tokens[cursor].is(words.do), cursor + 1 < tokens.count, tokens[cursor + 1].is(words.not) { return (true, true) }
        // "… and not post …", "…, not post …": a verb negated after a
        // conjunction or a comma.
        if tokens[cursor].is(words.not), cursor > 0, lists.coordinators.contains(tokens[cursor - 1]) || tokens[cursor - 1].is(words.comma),
           cursor + 1 < tokens.count, lexicon.imperatives.contains(tokens[cursor + 1]) { return (true, true) }
        guard lexicon.imperatives.contains(tokens[cursor]) || opensSentence(cursor) && looksImperative(at: cursor) else { return (false, false) }
        // "Review: every two years", "Contact: office@…": a label.
        if cursor + 1 < tokens.count, tokens[cursor + 1].is(words.colon) { return (false, false) }
        // "Use of …" and "Check-ins" are nouns.
        if cursor + 1 < tokens.count, tokens[cursor + 1].is(words.of) || tokens[cursor + 1].is(words.possessive) { return (false, false) }
        if cursor + 1 < tokens.count, lists.verbsAfterNoun.contains(tokens[cursor + 1]) { return (false, false) }
        return (true, false)
    }

    /// Whether only marks and adverbs ("Always") come before `index`; an
    /// opening square bracket is a template's note to its editor ("[Insert
    /// the name of …]").
    func opensSentence(_ index: Int) -> Bool {
        tokens[..<index].allSatisfy { (!$0.isWord || lists.imperativeAdverbs.contains($0)) && !$0.is(words.openSquareBracket) }
    }

    /// A verb the lexicon does not list, known by its shape: a word that is
    /// not a plural, a participle, a gerund, an adverb or a closed-class
    /// word, then the start of its object ("Wear your lanyard", "Invite
    /// them to …").
    func looksImperative(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, token.number == -1, index + 1 < tokens.count, lists.imperativeObjects.contains(tokens[index + 1]),
              !lists.notImperatives.contains(token) else { return false }
        if token.endsWith("ing") || token.endsWith("ed") || token.endsWith("ly") || (token.endsWith("s") && !token.endsWith("ss")) { return false }
        if lists.articles.contains(tokens[index + 1]) { return index + 2 < tokens.count && tokens[index + 2].isWord }
        return true
    }

    /// An imperative after a leading condition: "If you want to criticise,
    /// do it politely", "When posting online consider; …".
    func imperativeAfterCondition() -> (isImperative: Bool, negative: Bool, start: Int)? {
        guard let first = tokens.first(where: \.isWord) else { return nil }
        // "Parents: please do not post photos of other children": a party
        // as a label, then its rule.
        if let role = roles.first, role.start == tokens.firstIndex(where: \.isWord), role.end + 1 < tokens.count, tokens[role.end].is(words.colon) {
            let result = imperative(at: role.end + 1)
            return result.isImperative ? (true, result.negative, role.end + 1) : nil
        }
        guard lists.conditionOpeners.contains(first) else { return nil }
        // "Where it says 'you', it means any member of staff, whether you
        // teach … or supervise": a definition states no duty.
        if has(lexicon.nonDeontic, in: 0..<tokens.count) { return nil }
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            if token.is(words.comma) || token.is(words.semicolon) || token.is(words.dash) || token.is(words.colon) {
                let result = imperative(at: index + 1)
                if result.isImperative { return (true, result.negative, index + 1) }
                if !token.is(words.comma) { return nil }
            }
            if tokens[index].isWord, lists.reflectiveImperatives.contains(tokens[index]) { return (true, false, index) }
        }
        return nil
    }
}
