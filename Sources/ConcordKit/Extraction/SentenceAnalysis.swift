/// One sentence of a block, tokenized, with every lexicon phrase found in it.
/// Token offsets are UTF-8 offsets in the block's text. A class, so that the
/// extractors of a sentence share it; the phrases other than the modal cues
/// are found on first use, since most sentences state no rule and never
/// ask for them.
///
/// A builder reads sentence after sentence into one analysis (`read`): its
/// arrays keep their storage from one sentence to the next instead of
/// being freed and allocated again for each.
final class SentenceAnalysis {
    typealias RoleMatch = PhraseMatcher<Role>.Match
    typealias ActionMatch = PhraseMatcher<Lexicon.ActionCue>.Match

    // Written only by `read` and the finders it calls, while no rule reads
    // them: their reads skip the runtime's exclusivity checks.
    @exclusivity(unchecked) private(set) var tokens: [Token] = []
    @exclusivity(unchecked) private(set) var range: Range<Int> = 0..<0
    let lexicon: Lexicon
    /// The closed word lists of the rules.
    var lists: WordLists { lexicon.wordLists }
    var words: RuleWords { lexicon.wordLists.words }
    /// The modal cues, left to right (see `findCues`).
    @exclusivity(unchecked) var cues: [Cue] = []
    /// The `PhraseStarts` bits of the tokens: which matchers may match in
    /// the sentence at all.
    @exclusivity(unchecked) private(set) var phraseStarts: UInt64 = 0

    /// Whether a phrase of `matcher` may match in the sentence: false when
    /// none of its tokens opens one, and the matcher need not scan it.
    @inline(__always)
    func mayMatch<Payload>(_ matcher: PhraseMatcher<Payload>) -> Bool {
        matcher.mayMatch(startingWith: phraseStarts)
    }

    /// The matcher's non-overlapping matches in the sentence (`scan`), or
    /// none, without a scan, when no token opens one of its phrases.
    func scan<Payload>(_ matcher: PhraseMatcher<Payload>, in range: Range<Int>? = nil) -> [PhraseMatcher<Payload>.Match] {
        mayMatch(matcher) ? matcher.scan(tokens, in: range) : []
    }

    /// Contexts named, without phrases that only look like one ("in school
    /// uniform").
    var contexts: [PhraseMatcher<Context>.Match] {
        if !foundContexts {
            foundContexts = true
            if mayMatch(lexicon.contexts) { lexicon.contexts.scan(tokens, into: &contextStore) }
            let notContexts = scan(lexicon.notContexts)
            if !notContexts.isEmpty {
                contextStore.removeAll { match in notContexts.contains { $0.start <= match.start && match.start < $0.end } }
            }
        }
        return contextStore
    }
    @exclusivity(unchecked) private var contextStore: [PhraseMatcher<Context>.Match] = []
    @exclusivity(unchecked) private var foundContexts = false

    /// Parties named. A role inside a context phrase ("staff mobile phones")
    /// or a phrase that names none ("Child Protection policy") is not one.
    var roles: [RoleMatch] {
        if !foundRoles {
            foundRoles = true
            let contexts = self.contexts
            let notRoles = scan(lexicon.notRoles)
            if mayMatch(lexicon.roles) { lexicon.roles.scan(tokens, into: &roleStore) }
            // The school's own name is the school, where no party overlaps it.
            for name in ownNameRanges where !roleStore.contains(where: { $0.start < name.upperBound && name.lowerBound < $0.end }) {
                let match = RoleMatch(start: name.lowerBound, end: name.upperBound, payload: .school, order: 0)
                roleStore.insert(match, at: roleStore.firstIndex(where: { $0.start > name.lowerBound }) ?? roleStore.count)
            }
            if !contexts.isEmpty || !notRoles.isEmpty {
                roleStore.removeAll { match in
                    contexts.contains { $0.start < match.end && match.start < $0.end }
                        // A party that ends inside such a phrase is part of it
                        // ("the class iPads", "the staff room").
                        || notRoles.contains { $0.start < match.end && match.start < $0.end && match.end <= $0.end }
                }
            }
        }
        return roleStore
    }
    @exclusivity(unchecked) private var roleStore: [RoleMatch] = []
    @exclusivity(unchecked) private var foundRoles = false

    /// The sentence's action phrases, found at every token on first ask
    /// (the rules classify overlapping ranges of it several times): those
    /// that start at token i are `actionMatches[actionStarts[i]..<actionStarts[i + 1]]`.
    /// Two flat arrays of plain values, freed without visiting each token's.
    /// Only this class touches them, one call at a time.
    @exclusivity(unchecked) private var actionStarts: [Int32] = []
    @exclusivity(unchecked) private(set) var actionMatches: [ActionMatch] = []

    /// Where in `actionMatches` the action phrases that start at token
    /// `index` are, longest first. Positions, not a slice: a slice would
    /// hold on to the array's storage, retained and released at each call.
    func actionPositions(at index: Int) -> Range<Int> {
        if actionStarts.isEmpty { findActions() }
        return Int(actionStarts[index])..<Int(actionStarts[index + 1])
    }

    private func findActions() {
        // Read once: passed from the fields at each token, the tokens were
        // retained and released for every call.
        let tokens = self.tokens, actions = lexicon.actions
        actionStarts.reserveCapacity(tokens.count + 1)
        guard mayMatch(actions) else {
            actionStarts.append(contentsOf: repeatElement(0, count: tokens.count + 1))
            return
        }
        // Room for a phrase a token, which few sentences pass: one
        // allocation, not one each time the array doubles.
        actionMatches.reserveCapacity(tokens.count)
        for start in tokens.indices {
            actionStarts.append(Int32(actionMatches.count))
            // Tested here too: most tokens open no action, and the call
            // alone costs more than the test.
            if actions.mayStart(tokens[start]) { actions.appendMatches(in: tokens, at: start, to: &actionMatches) }
        }
        actionStarts.append(Int32(actionMatches.count))
    }

    var exceptionSpans: [ExceptionSpan] {
        if !foundExceptions {
            foundExceptions = true
            if mayMatch(lexicon.exceptionTriggers) { exceptionStore = SentenceAnalysis.findExceptions(tokens, lexicon) }
        }
        return exceptionStore
    }
    @exclusivity(unchecked) private var exceptionStore: [ExceptionSpan] = []
    @exclusivity(unchecked) private var foundExceptions = false

    struct ExceptionSpan {
        var range: Range<Int>
        var exceptions: [Exception]
    }

    /// An analysis with no sentence read yet.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    convenience init(blockText: UnsafeBufferPointer<UInt8>, range: Range<Int>, lexicon: Lexicon) {
        self.init(lexicon: lexicon)
        read(blockText: blockText, range: range)
    }

    /// Reads the sentence at `range` of `blockText` in place of the one
    /// before, whose findings are forgotten.
    func read(blockText: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.range = range
        Tokenizer.tokenize(UnsafeBufferPointer(rebasing: blockText[range]), base: range.lowerBound, vocabulary: lexicon.vocabulary, into: &tokens)
        phraseStarts = lexicon.vocabulary.starts.bits(of: tokens, prefixes: lexicon.vocabulary.prefixes)
        contextStore.removeAll(keepingCapacity: true)
        foundContexts = false
        roleStore.removeAll(keepingCapacity: true)
        foundRoles = false
        actionStarts.removeAll(keepingCapacity: true)
        actionMatches.removeAll(keepingCapacity: true)
        exceptionStore.removeAll(keepingCapacity: true)
        foundExceptions = false
        ownNameRanges.removeAll(keepingCapacity: true)
        if let ownName { ownNameRanges = ownName.ranges(in: tokens, text: blockText) }
        findCues()
    }

    /// The school's own name ("Fernley Green"), read as the school.
    var ownName: OwnName?
    @exclusivity(unchecked) private var ownNameRanges: [Range<Int>] = []

    /// Parties whose grant is an approval, not a permission.
    private static let leaders: Set<Role> = [.headteacher, .seniorLeaders, .governors, .governingBoard]

    /// Exception conditions: a trigger ("unless", "without", "other than") and
    /// within the next ten words a phrase naming the kind of condition.
    private static func findExceptions(_ tokens: [Token], _ lexicon: Lexicon) -> [ExceptionSpan] {
        var spans: [ExceptionSpan] = []
        var index = 0
        while index < tokens.count {
            guard let trigger = lexicon.exceptionTriggers.longest(in: tokens, at: index) else {
                index += 1
                continue
            }
            // The condition ends where a modal opens the rule it qualifies
            // ("Anyone who sees an image posted without consent should
            // report it to the Headteacher": the Headteacher grants nothing).
            var limit = min(tokens.count, trigger.end + 12)
            if let modal = (trigger.end..<limit).first(where: { lexicon.modals.mayStart(tokens[$0]) && lexicon.modals.longest(in: tokens, at: $0) != nil }) {
                limit = modal
            }
            var found: [Exception] = []
            var end = trigger.end
            var cursor = trigger.start
            while cursor < limit {
                if tokens[cursor].is(lexicon.wordLists.words.period) || tokens[cursor].is(lexicon.wordLists.words.semicolon) { break }
                if let match = lexicon.exceptions.longest(in: tokens, at: cursor) {
                    let all = lexicon.exceptions.matches(in: tokens, at: cursor).filter { $0.end == match.end }
                    found += all.map(\.payload)
                    end = match.end
                    cursor = match.end
                    continue
                }
                cursor += 1
            }
            // Who grants the condition decides its kind: the head, leaders or
            // governors approve; parents consent; anyone else permits.
            let window = trigger.start..<limit
            let parties = lexicon.roles.scan(tokens, in: window)
            let grantsWord = tokens[window].contains { lexicon.wordLists.grantWords.contains($0) }
            if grantsWord || found.contains(.withPermission) || found.contains(.withConsent) {
                if let party = parties.first(where: { Self.leaders.contains($0.payload) || $0.payload == .parents }) {
                    let kind: Exception = party.payload == .parents ? .withConsent : .withApproval
                    found.removeAll { $0 == .withPermission || $0 == .withConsent || $0 == .withApproval }
                    found.append(kind)
                    end = max(end, party.end)
                    // "… of parents / carers": the rest of the party's list.
                    for next in parties where next.start >= end && next.start - end <= 2
                        && tokens[end..<next.start].allSatisfy({ lexicon.wordLists.grantorJoiners.contains($0) }) {
                        end = next.end
                    }
                } else if found.isEmpty, grantsWord {
                    found.append(.withPermission)
                    end = max(end, tokens[window].lastIndex { lexicon.wordLists.grantNouns.contains($0) }.map { $0 + 1 } ?? end)
                }
            }
            if !found.isEmpty {
                // "… consent of parents / carers": the party is part of it.
                var cursor = end
                if cursor < tokens.count, lexicon.wordLists.grantorPrepositions.contains(tokens[cursor]) {
                    cursor += 1
                    while cursor < tokens.count, let role = lexicon.roles.longest(in: tokens, at: cursor)
                            ?? (lexicon.wordLists.grantorFillers.contains(tokens[cursor]) ? PhraseMatcher<Role>.Match(start: cursor, end: cursor + 1, payload: .school, order: 0) : nil) {
                        cursor = role.end
                        end = cursor
                    }
                }
                spans.append(ExceptionSpan(range: trigger.start..<end, exceptions: found))
                index = end
            } else {
                index = trigger.end
            }
        }
        return spans
    }

    /// Whether the token starts with the prefix the vocabulary gave `id`.
    func startsWith(_ token: Token, prefix id: Int32) -> Bool {
        lexicon.vocabulary.prefixes.token(token, startsWith: id)
    }

    func isInsideException(_ index: Int) -> Bool {
        exceptionSpans.contains { $0.range.contains(index) }
    }

    func has(_ matcher: PhraseMatcher<Bool>, in range: Range<Int>) -> Bool {
        mayMatch(matcher) && matcher.first(in: tokens, range) != nil
    }

    func firstMatch(_ matcher: PhraseMatcher<Bool>, in range: Range<Int>) -> PhraseMatcher<Bool>.Match? {
        mayMatch(matcher) ? matcher.first(in: tokens, range) : nil
    }

    /// Roles matched wholly inside `range`, in order: a slice of `roles`,
    /// not a copy. The matches of a scan do not overlap (the phrases of one
    /// span share it), so those inside a range lie side by side.
    func roleMatches(in range: Range<Int>) -> ArraySlice<RoleMatch> {
        let roles = self.roles
        let inside = { (match: RoleMatch) in range.contains(match.start) && match.end <= range.upperBound }
        guard let lower = roles.firstIndex(where: inside) else { return [] }
        var upper = lower + 1
        while upper < roles.count, inside(roles[upper]) { upper += 1 }
        assert(!roles[upper...].contains(where: inside), "role matches overlap")
        return roles[lower..<upper]
    }

    func isPossessive(_ match: RoleMatch) -> Bool {
        match.end < tokens.count && tokens[match.end].is(words.possessive)
    }

    /// Where the thing a party owns starts: past "'s" ("a pupil's phone"),
    /// or right after a plural's apostrophe ("pupils' phones"); nil when
    /// the party owns nothing.
    func ownedThing(of match: RoleMatch) -> Int? {
        if isPossessive(match) { return match.end + 1 }
        return tokens[match.end - 1].isPluralPossessive ? match.end : nil
    }
}
