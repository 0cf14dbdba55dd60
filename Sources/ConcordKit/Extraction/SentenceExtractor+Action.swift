/// The action a clause names, and the phrasings that negate it.
extension SentenceExtractor {
    /// The highest-priority action phrase in `range`, outside exceptions.
    func classify(_ range: Range<Int>, head explicitHead: Int? = nil, excluding excluded: Action? = nil,
                  skipping skipped: Range<Int>? = nil) -> (action: Action, negated: Bool, start: Int)? {
        guard !range.isEmpty else { return nil }
        var best: PhraseMatcher<Lexicon.ActionCue>.Match?
        // "… take a phone into an examination room, even if it is switched
        // off": a negated phrasing inside a later condition does not negate
        // the action before it.
        let condition = range.dropFirst().first { lists.conditionWords.contains(tokens[$0]) || tokens[$0].is(words.unless) }
        for index in range {
            let positions = sentence.actionPositions(at: index)
            guard !positions.isEmpty, !sentence.isInsideException(index), skipped?.contains(index) != true else { continue }
            for position in positions {
                let match = sentence.actionMatches[position]
                guard match.end <= range.upperBound, match.payload.action != excluded else { continue }
                // "the Friends' page": words that name a party name no action.
                if sentence.roles.contains(where: { $0.start <= match.start && match.end <= $0.end && $0.payload != .school }) { continue }
                // "… must never appear in a post": a noun after a preposition
                // and its determiner names where, not what is done.
                if match.end - match.start == 1, match.start > 1, lists.determiners.contains(tokens[match.start - 1]),
                   lists.placePrepositions.contains(tokens[match.start - 2]),
                   match.end == tokens.count || !tokens[match.end].isWord || lists.afterPlaceNoun.contains(tokens[match.end]),
                   hasOtherAction(than: match) { continue }
                let conditional = condition.map { match.start > $0 } ?? false
                if best == nil || match.payload.priority < best!.payload.priority
                    || (match.payload.priority == best!.payload.priority && match.payload.negated && !best!.payload.negated && !conditional) {
                    best = match
                }
            }
        }
        guard var best else { return nil }
        // The verb that opens the clause names its action when it is one of
        // the head actions ("will take action to protect the reputation").
        var head = explicitHead ?? range.lowerBound
        // An item read after its lead-in's words ("… support us by:" +
        // "Reporting any worrying post …"): the item's own gerund heads it.
        if explicitHead == nil, let itemStart, itemStart > head, itemStart < range.upperBound,
           let first = tokens[itemStart..<range.upperBound].first(where: \.isWord), first.endsWith("ing") {
            head = itemStart
        }
        if explicitHead == nil, let first = tokens[range].first(where: \.isWord), lists.conditionWords.contains(first),
           let comma = tokens[range].firstIndex(where: { $0.is(words.comma) }) {
            head = comma + 1
        }
        // A passive's participle may lie past a clause cut short ("must be,
        // in every case, …"): the head is looked for inside the range only.
        head = min(max(head, range.lowerBound), range.upperBound)
        // "ask a parent … to take them down": the verb asked for is the head.
        // ("tell the headteacher if a parent tries to contact you": the "to"
        // of a condition is not the asking's.)
        if head < range.upperBound, lists.askVerbs.contains(tokens[head]),
           let to = (head..<min(range.upperBound, head + 10)).first(where: { tokens[$0].is(words.to) }),
           !tokens[head..<to].contains(where: { lists.conditionWords.contains($0) || $0.is(words.unless) }) {
            head = to + 1
        }
        for index in head..<min(range.upperBound, head + 5) where tokens[index].isWord
            && !lists.notHeads.contains(tokens[index]) && !sentence.isAdverb(tokens[index]) {
            if let position = sentence.actionPositions(at: index).first(where: {
                lexicon.headActions.contains(sentence.actionMatches[$0].payload.action) && sentence.actionMatches[$0].payload.action != excluded
            }),
               best.start != sentence.actionMatches[position].start,
               // "phones … to be locked in the staff lockers": a phrasing
               // that spans the head and says what is done with the device
               // (kept, locked, handed in) is the action, not the verb alone.
               // A confiscated phone is another's, kept in custody.
               !(best.payload.negated && best.start < index && index < best.end && !tokens.contains(where: lists.confiscationWords.contains)) {
                best = sentence.actionMatches[position]
            }
            break
        }
        return (best.payload.action, best.payload.negated, best.start)
    }

    /// Whether the sentence names another action than `match`, outside
    /// its exceptions.
    private func hasOtherAction(than match: PhraseMatcher<Lexicon.ActionCue>.Match) -> Bool {
        tokens.indices.contains { index in
            !sentence.isInsideException(index) && sentence.actionPositions(at: index).contains { position in
                let other = sentence.actionMatches[position]
                return other.end <= match.start || other.start >= match.end
            }
        }
    }

    /// "Smart watches that can take photographs must not be worn …": a
    /// clause on what the subject is able to do describes the thing; the
    /// rule is about the thing. Its span, from the relative pronoun to `end`.
    func capabilityClause(in subject: Range<Int>) -> Range<Int>? {
        guard let relative = subject.first(where: { lists.relativePronouns.contains(tokens[$0]) }),
              relative + 1 < subject.upperBound, lists.possibilityModals.contains(tokens[relative + 1]),
              sentence.roleMatches(in: subject.lowerBound..<relative).isEmpty else { return nil }
        return relative..<subject.upperBound
    }

    /// The participle of a passive cue: "must be *deleted*".
    func participle(after cue: Cue) -> Int? {
        var index = cue.range.upperBound
        while index < tokens.count, lists.beforeParticiple.contains(tokens[index]) || sentence.isAdverb(tokens[index]) { index += 1 }
        return index < tokens.count ? index : nil
    }

    /// "Photographs … of pupils must not be published": an image is the
    /// passive's subject and its verb posts.
    func postsImages(pre: Range<Int>, post: Range<Int>) -> Bool {
        guard sentence.mayMatch(lexicon.postingVerbs), sentence.mayMatch(lexicon.imageNouns),
              let verb = tokens[post].firstIndex(where: { $0.isWord && !lists.beforePassiveVerb.contains($0) }) else { return false }
        guard lexicon.postingVerbs.longest(in: tokens, at: verb) != nil else { return false }
        return pre.contains { lexicon.imageNouns.longest(in: tokens, at: $0) != nil }
    }

    /// "share photographs from …", "never post a photograph of …", "forward
    /// or share an image": the predicate opens with a posting verb (within
    /// its first three words) whose object, within four words, is an image.
    func postsImages(from range: Range<Int>) -> Bool {
        guard sentence.mayMatch(lexicon.postingVerbs), sentence.mayMatch(lexicon.imageNouns) else { return false }
        var cursor = predicateStart(range)
        while cursor < range.upperBound, isNegation(at: cursor, before: range.upperBound) || tokens[cursor].is(words.not) { cursor += 1 }
        for verb in cursor..<min(range.upperBound, cursor + 3) {
            guard tokens[verb].isWord else { return false }
            guard let match = lexicon.postingVerbs.longest(in: tokens, at: verb) else { continue }
            for object in match.end..<min(range.upperBound, match.end + 4) {
                if !tokens[object].isWord || lists.phraseBreaks.contains(tokens[object]) { return false }
                if lexicon.imageNouns.longest(in: tokens, at: object) != nil { return true }
            }
            return false
        }
        return false
    }

    /// Whether the predicate after a cue opens with a negation, past a
    /// party the cue binds ("requires that staff do not") and adverbs:
    /// "not", "never", "no", "don't", "do not".
    func opensWithNegation(_ range: Range<Int>) -> Bool {
        let cursor = predicateStart(range)
        guard cursor < range.upperBound else { return false }
        return isNegation(at: cursor, before: range.upperBound)
    }

    /// Whether a negation stands at `index`: "not", "no", "never", "don't",
    /// "do not".
    func isNegation(at index: Int, before end: Int) -> Bool {
        guard index >= 0, index < min(end, tokens.count) else { return false }
        let token = tokens[index]
        if token.is(words.not) || token.is(words.no) || lists.negativeImperatives.contains(token) { return true }
        return token.is(words.do) && index + 1 < end && tokens[index + 1].is(words.not)
    }

    /// Where the predicate after a cue opens: past a party the cue binds
    /// ("requires that staff …"), the complement's own modal ("… will"),
    /// "to", and adverbs; at a negation, if one opens it.
    func predicateStart(_ range: Range<Int>) -> Int {
        var cursor = range.lowerBound
        if let role = sentence.roles.first(where: { $0.start >= cursor && $0.start - cursor <= 2 && $0.end <= range.upperBound }),
           tokens[cursor..<role.start].allSatisfy({ lists.determiners.contains($0) }) {
            cursor = roleGroupEnd(in: role.start..<range.upperBound) ?? role.end
            // "… that all staff will not …": the complement's own modal.
            while cursor < range.upperBound, lists.auxiliaries.contains(tokens[cursor]) || tokens[cursor].is(words.to) { cursor += 1 }
        }
        while cursor < range.upperBound, !tokens[cursor].isWord || (lists.adverbsBeforeBe.contains(tokens[cursor]) || lists.imperativeAdverbs.contains(tokens[cursor]))
                && !tokens[cursor].is(words.not) && !lists.negativeImperatives.contains(tokens[cursor]) {
            cursor += 1
        }
        return cursor
    }

    /// "ensure that … not …", "ensure that neither …": a duty to prevent.
    func ensuresAbsence(in range: Range<Int>) -> Bool {
        // "must ensure that …"; "It is the responsibility of each teacher
        // to make sure that …": right after the party the cue binds.
        guard let ensure = range.first(where: { lists.ensureVerbs.contains(tokens[$0]) }),
              ensure - range.lowerBound <= 3
                || [ensure - 1, ensure - 2].contains(where: { opening in
                    opening > 0 && tokens[opening].is(words.to) && sentence.roles.contains(where: { $0.end == opening && range.contains($0.start) })
                })
        else { return false }
        // "ensure that any laptop is kept securely and is not left
        // unattended": a negation in a second, coordinated predicate does
        // not turn the first into a prohibition.
        var end = range.upperBound
        if let second = (ensure..<range.upperBound).first(where: { index in
            lists.andOr.contains(tokens[index]) && index + 1 < range.upperBound
                && (lists.auxiliaries.contains(tokens[index + 1]) || lists.verbsAfterNoun.contains(tokens[index + 1]))
        }) { end = second }
        return tokens[ensure..<end].contains { lists.negations.contains($0) }
    }

}
