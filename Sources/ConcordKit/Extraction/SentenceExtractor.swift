/// Finds the clauses of one sentence: where it states a force (a modal cue,
/// a bare imperative, an inherited lead-in, a consequence), how it divides
/// into clauses, and the rule of each.
struct SentenceExtractor {
    struct Found {
        /// UTF-8 byte range of the clause's text in the block.
        var range: Range<Int>
        var rule: Rule
        /// The subject was stated outright, not inherited.
        var explicitSubject: Bool
        /// Pieces of one clause split at coordinated verbs share a group.
        var group: Int
        /// The clause is a verb with no object ("Staff are not permitted to
        /// follow" in "to follow or engage with pupils").
        var isBareVerb = false
        /// A lexicon phrase named the action (even `other`: "seek advice").
        var namesAction = true
        /// What the extractor is unsure of in the rule.
        var doubts: [UnreadNote.Reason] = []
    }

    struct Segment {
        var range: Range<Int>
        var cue: Cue?
        var modality: Modality
        /// Inherits its subject from the segment before it.
        var continues: Bool
        var isImperative = false
        var group = 0
        /// A later piece of a passive clause ("… be removed and reported …").
        var passiveContinuation = false
        /// Where the predicate starts when there is no cue ("When posting,
        /// consider …"): coordinated verbs are looked for after it.
        var predicateStart: Int?
    }

    let sentence: SentenceAnalysis
    /// The builder's scope, read in place (see `ExtractionScopeBox`).
    let scopeBox: ExtractionScopeBox
    var scope: ExtractionScope {
        _read { yield scopeBox.value }
    }

    /// `ExtractionScope.expand` on the scope's definitions, read straight
    /// from the box: called on `scope`, the scope was copied whole for each
    /// clause.
    func expand(_ roles: [Role]) -> [Role] {
        ExtractionScope.expand(roles, definitions: scopeBox.value.generalDefinitions)
    }
    let inList: Bool
    /// The lead-in the sentence's list item hangs from, when it gives force.
    let leadIn: ExtractionScope.LeadIn?
    /// The sentence is the first of its block.
    let opensBlock: Bool
    /// The subject of the clause before, in the same block.
    var blockSubject: [Role]? = nil
    /// The sentence is a list item joined to the lead-in whose sentence it
    /// finishes: the force and party are the lead-in's words, read as any
    /// sentence's.
    var continuesLeadIn = false
    /// In a sentence joined to its lead-in, the token where the item starts.
    var itemStart: Int?

    var tokens: [Token] { sentence.tokens }

    /// The sentence's subject is "this", "these", "it" or "such", pointing
    /// back at what the sentence before said.
    var refersBack: Bool {
        var first = tokens.first(where: \.isWord)
        if first?.is(words.in) == true, let comma = tokens.firstIndex(where: { $0.is(words.comma) }), comma < 6 {
            first = tokens[(comma + 1)...].first(where: \.isWord)
        }
        guard let first else { return false }
        return lists.anaphors.contains(first) && sentence.roleMatches(in: 0..<min(tokens.count, 3)).isEmpty
    }
    /// A statement ("Social media includes …", "The school recognises
    /// that …") is no clause; "material that includes pupils" is, and so is
    /// "I understand that I must …" in a signed agreement.
    var isStatement: Bool {
        guard let cue = sentence.cues.first else { return false }
        let statements = sentence.scan(lexicon.nonDeontic, in: 0..<cue.range.lowerBound)
        return statements.contains(where: { $0.start == 0 || !lists.beforeStatement.contains(tokens[$0.start - 1]) })
    }

    /// Whether the sentence carries a sign of a rule the extractor should
    /// have read: a modal it kept, a negated imperative, or a place under a
    /// lead-in that gives its items force. Statements, titles and questions
    /// are read as what they are.
    var looksLikeARule: Bool {
        guard tokens.contains(where: \.isWord), !isTitle, !isStatement, tokens.last?.is(words.question) != true else { return false }
        if !sentence.cues.isEmpty || sentence.imperative(at: 0).negative { return true }
        return inList && leadIn?.isDeontic == true && leadIn?.isStatement != true
    }

    /// "What we will do", "Who may post on each account": a short clause
    /// opened by a question word, without a question mark, names a topic.
    var isTitle: Bool {
        guard !continuesLeadIn, let first = tokens.first(where: \.isWord), lists.titleOpeners.contains(first) else { return false }
        return tokens.wordCount <= 10 && !tokens.contains { $0.is(words.comma) || $0.is(words.question) || $0.is(words.period) }
    }

    /// A web page's menu and breadcrumb run into the text ("Accept Reject
    /// Settings Home / Parents / Policies / Mobile Phone Policy …"): two
    /// slashes between capitalised words, and no modal, state no rule.
    var isNavigation: Bool {
        guard sentence.cues.isEmpty else { return false }
        var crumbs = 0
        for index in tokens.indices.dropFirst().dropLast() where tokens[index].is(words.slash) {
            if tokens[index - 1].isCapitalized, tokens[index + 1].isCapitalized,
               tokens[index - 1].end < tokens[index].start, tokens[index].end < tokens[index + 1].start {
                crumbs += 1
            }
        }
        return crumbs >= 2
    }

    var lexicon: Lexicon { sentence.lexicon }
    var lists: WordLists { sentence.lexicon.wordLists }
    var words: RuleWords { sentence.lexicon.wordLists.words }

    func extract() -> [Found] {
        guard tokens.contains(where: \.isWord) else { return [] }
        if isTitle || isNavigation { return [] }
        if let rule = leadIn?.rule, sentence.cues.isEmpty {
            // "The school can take action … if it: · Poses a threat …"
            return [Found(range: tokens[0].start..<tokens[tokens.count - 1].end, rule: rule, explicitSubject: false, group: 0)]
        }
        let segments = self.segments()
        var found: [Found] = []
        var previousSubject: [Role]?
        for segment in segments {
            guard var clause = build(segment, previousSubject: previousSubject) else { continue }
            previousSubject = clause.rule.subject
            // A party named outright was expanded where its word defines it.
            if !clause.explicitSubject || clause.rule.subject == [.school] { clause.rule.subject = expand(clause.rule.subject) }
            // A piece of a split that names no action of its own, or the
            // same action as the piece before, is one clause with it.
            if let last = found.last, last.group == clause.group,
               !clause.namesAction || clause.rule.action == last.rule.action {
                // "accept friend or follow requests from pupils": one clause,
                // with the parties, settings and conditions of both pieces.
                found[found.count - 1].range = last.range.lowerBound..<clause.range.upperBound
                found[found.count - 1].rule.audience = (last.rule.audience + clause.rule.audience).canonical
                found[found.count - 1].rule.context = (last.rule.context + clause.rule.context).canonical
                found[found.count - 1].rule.exceptions = (last.rule.exceptions + clause.rule.exceptions).canonical
                if last.rule.age == nil { found[found.count - 1].rule.age = clause.rule.age }
                continue
            }
            if let last = found.last, last.group == clause.group, !last.namesAction {
                clause.range = last.range.lowerBound..<clause.range.upperBound
                found[found.count - 1] = clause
                continue
            }
            found.append(clause)
        }
        // Pieces of a split share the audience the other pieces name
        // ("follow or engage with current or prior pupils").
        for index in found.indices where found[index].rule.audience.isEmpty && found[index].isBareVerb {
            if let partner = found.first(where: { $0.group == found[index].group && !$0.rule.audience.isEmpty }) {
                found[index].rule.audience = partner.rule.audience
            }
        }
        return found
    }

    // MARK: Segments

    func segments() -> [Segment] {
        let cues = sentence.cues
        let isQuestion = tokens.last?.is(words.question) == true
        if cues.isEmpty {
            guard let base = baseSegment(isQuestion: isQuestion) else { return [] }
            return splitCoordinated(base)
        }
        if isQuestion { return [] }
        // A statement ("Social media includes …", "The school recognises
        // that …") is no clause; "material that includes pupils" is.
        if isStatement { return [] }
        var segments: [Segment] = []
        // A list item that opens with what its lead-in forbids, then adds a
        // sentence of its own: "Interacting with any ex-student under 18
        // (staff should exercise extreme caution …)".
        var opening = 0
        if !continuesLeadIn, let leadIn, leadIn.isDeontic, cues[0].range.lowerBound > 1,
           let cut = (1..<cues[0].range.lowerBound).last(where: { lists.cueCuts.contains(tokens[$0]) }),
           classify(0..<cut) != nil {
            var inherited = Segment(range: 0..<cut, cue: nil, modality: leadIn.modality ?? .must, continues: false)
            inherited.group = -1
            segments.append(inherited)
            opening = cut
        } else if !continuesLeadIn, leadIn?.isStatement != true, sentence.imperative(at: 0).isImperative, cues[0].range.lowerBound > 2,
                  let cut = openingCut(before: cues[0].range.lowerBound), var imperative = baseSegment(isQuestion: false) {
            // "Do not post identifiable information you MAY use first names":
            // the imperative is a clause of its own.
            imperative.range = 0..<cut
            imperative.group = -1
            segments.append(imperative)
            opening = cut
        }
        let inheritedCount = segments.count
        for (index, cue) in cues.enumerated() {
            let start = index == 0 ? opening : boundary(before: cue.range.lowerBound, after: cues[index - 1].range.upperBound)
            if index > 0 { segments[inheritedCount + index - 1].range = segments[inheritedCount + index - 1].range.lowerBound..<start }
            var segment = Segment(range: start..<tokens.count, cue: cue, modality: cue.modality, continues: index > 0)
            segment.group = index
            segments.append(segment)
        }
        // A loop, not `flatMap(splitCoordinated)`: the method as a closure
        // would copy the extractor, its scope and lead-in, for each sentence.
        var split: [Segment] = []
        for segment in segments { split += splitCoordinated(segment) }
        return split
    }

    /// The single segment of a sentence with no modal cue, when it still
    /// states a force: an imperative, a list item under a lead-in, a duty
    /// under a role bullet, a reminder or a consequence.
    func baseSegment(isQuestion: Bool) -> Segment? {
        let all = 0..<tokens.count
        let firstToken = tokens.first(where: \.isWord)
        // "Do you want to be tagged?", "Can I accept a request?": a question
        // asks; "Take control of your images – do you want …?" still rules.
        if isQuestion, let firstToken, lists.questionOpeners.contains(firstToken) { return nil }
        // "No tagging of pupils", "Not to send friend requests", "Never …":
        // an item that opens with a negation.
        let startsWithNo = firstToken.map { $0.is(words.no) || $0.is(words.not) || lists.negativeImperatives.contains($0) } == true
        var imperative = sentence.imperative(at: 0)
        var predicateStart: Int?
        if !imperative.isImperative, let conditional = sentence.imperativeAfterCondition() {
            imperative = (conditional.isImperative, conditional.negative)
            predicateStart = conditional.start
        }
        if imperative.isImperative, leadIn?.isStatement != true {
            // "Please do not …" asks rather than rules.
            let asks = firstToken?.is(words.please) == true
                || predicateStart.map { start in tokens[start..<min(tokens.count, start + 2)].contains { $0.is(words.please) } } == true
            let force = asks ? .should : leadIn?.modality ?? scope.headingForce ?? .must
            var modality: Modality
            if let inherited = leadIn?.modality, inherited.isProhibition {
                // "must not either knowingly or recklessly: … do anything that …"
                modality = inherited
            } else if imperative.negative {
                modality = force.strength >= 3 ? .mustNot : .shouldNot
            } else if let firstToken, firstToken.is(words.consider) || firstToken.is(words.think) {
                modality = .should
            } else {
                // Items of a "Don'ts" list are prohibitions even without "don't".
                modality = force
            }
            var segment = Segment(range: all, cue: nil, modality: modality, continues: false)
            segment.isImperative = true
            segment.predicateStart = predicateStart
            return segment
        }
        if isQuestion { return nil }
        if leadIn?.isStatement == true { return nil }
        if let leadIn, leadIn.isDeontic {
            var modality = leadIn.modality ?? .must
            if startsWithNo, !modality.isProhibition { modality = modality.negated }
            return Segment(range: all, cue: nil, modality: modality, continues: false)
        }
        if scope.roleBullet != nil, inList, firstToken.map(lexicon.gerundDuties.contains) == true || firstToken?.endsWith("ing") == true {
            return Segment(range: all, cue: nil, modality: .must, continues: false)
        }
        if startsWithNo, inList, let force = scope.headingForce {
            return Segment(range: all, cue: nil, modality: force.strength >= 3 ? .mustNot : .shouldNot, continues: false)
        }
        if sentence.has(lexicon.reminders, in: all) || sentence.has(lexicon.consequences, in: all) {
            return Segment(range: all, cue: nil, modality: .must, continues: false)
        }
        return nil
    }

    /// Where an opening imperative ends before a later cue: the last mark
    /// or conjunction before it, else where the cue's own subject starts.
    func openingCut(before cue: Int) -> Int? {
        if let mark = (1..<cue).last(where: { lists.boundaries.contains(tokens[$0]) }) { return mark }
        if let role = sentence.roles.last(where: { $0.end == cue }), role.start > 1 { return role.start }
        if cue > 2, lists.personalPronouns.contains(tokens[cue - 1]) { return cue - 1 }
        return nil
    }

    /// Where the clause of a later cue starts: the nearest conjunction or
    /// mark before it, with any marks right beside that.
    func boundary(before cue: Int, after previous: Int) -> Int {
        var index = cue - 1
        while index >= previous {
            if lists.boundaries.contains(tokens[index]) {
                var start = index
                while start - 1 >= previous, lists.boundaries.contains(tokens[start - 1]) { start -= 1 }
                return start
            }
            index -= 1
        }
        return previous
    }

    /// Splits coordinated verb phrases after the cue ("limit their use …,
    /// ensure that …"): a conjunction or comma followed by a verb. A piece
    /// that is a lone verb ("share or upload photos") stays with the next.
    func splitCoordinated(_ segment: Segment) -> [Segment] {
        let from = segment.cue?.range.upperBound ?? segment.predicateStart.map { $0 + 1 } ?? segment.range.lowerBound + 1
        var cuts: [Int] = []
        var index = max(from, segment.range.lowerBound + 1)
        // "smart watches that can take photographs or send messages": verbs
        // coordinated after the modal of a relative clause are not clauses
        // of their own.
        let relative = (index..<max(index, segment.range.upperBound - 1)).first {
            (lists.subjectRelativeWords.contains(tokens[$0]) || tokens[$0].is(words.that)) && lists.possibilityModals.contains(tokens[$0 + 1])
        }
        while index < min(segment.range.upperBound - 1, relative ?? Int.max) {
            let token = tokens[index]
            if token.is(words.and) || token.is(words.or) || token.is(words.comma) || token.is(words.semicolon) || token.is(words.nor) {
                var next = index + 1
                while next < segment.range.upperBound, lists.coordinationSkips.contains(tokens[next]) { next += 1 }
                let isVerb = sentence.imperative(at: next).isImperative
                    || (segment.cue.map { $0.isPassive || ($0.range.upperBound < tokens.count && tokens[$0.range.upperBound].is(words.be)) } == true
                        && token.is(words.and) && next < segment.range.upperBound && sentence.isParticiple(tokens[next]))
                let sharesObject = index > 0 && sentence.imperative(at: index - 1).isImperative && tokens[index - 1].isWord
                    || (!tokens[next - 1].is(words.to) && hasInfinitive(from: lastCut(cuts, segment), to: index))
                // "may, with the Headteacher's permission, set up …": the comma
                // that closes an aside after the modal opens its verb.
                let closesAside = cuts.isEmpty && token.is(words.comma) && segment.cue.map { cue in
                    cue.range.upperBound < index && tokens[cue.range.upperBound].is(words.comma)
                        && !tokens[(cue.range.upperBound + 1)..<index].contains { $0.is(words.comma) }
                } == true
                if next < segment.range.upperBound, isVerb, !sharesObject, !closesAside, next - index <= 3,
                   lastCut(cuts, segment) < index - 1, !isLoneVerb(lastCut(cuts, segment)..<index) {
                    cuts.append(index)
                    index = next
                    continue
                }
            }
            index += 1
        }
        guard !cuts.isEmpty else { return [segment] }
        var pieces: [Segment] = []
        var start = segment.range.lowerBound
        for cut in cuts {
            var piece = segment
            piece.range = start..<cut
            if !pieces.isEmpty { piece.cue = nil; piece.continues = true; piece.passiveContinuation = segment.cue?.isPassive == true }
            pieces.append(piece)
            start = cut
        }
        var last = segment
        last.range = start..<segment.range.upperBound
        last.cue = nil
        last.continues = true
        last.passiveContinuation = segment.cue?.isPassive == true
        pieces.append(last)
        return pieces
    }

    /// "to take photographs": a verb after "to" between `start` and `end`,
    /// which a following "and use …" coordinates with.
    private func hasInfinitive(from start: Int, to end: Int) -> Bool {
        guard start + 1 < end else { return false }
        return (start..<(end - 1)).contains { tokens[$0].is(words.to) && sentence.imperative(at: $0 + 1).isImperative && $0 > start }
    }

    private func lastCut(_ cuts: [Int], _ segment: Segment) -> Int {
        cuts.last ?? (segment.cue?.range.upperBound ?? segment.range.lowerBound)
    }

    private func isLoneVerb(_ range: Range<Int>) -> Bool {
        tokens[range].wordCount <= 1
    }
}
