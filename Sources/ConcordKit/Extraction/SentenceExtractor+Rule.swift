/// The rule of one segment: subject, modality, action, audience, age,
/// contexts and exceptions.
extension SentenceExtractor {
    func build(_ segment: Segment, previousSubject: [Role]?) -> Found? {
        let range = segment.range
        guard tokens[range].contains(where: \.isWord) else { return nil }
        let cue = segment.cue
        let pre = range.lowerBound..<(cue?.range.lowerBound ?? range.lowerBound)
        let post = (cue?.range.upperBound ?? range.lowerBound)..<range.upperBound
        var explicit = false

        // Reminders: "Parents are reminded of their responsibilities".
        if let reminder = sentence.firstMatch(lexicon.reminders, in: range) {
            let audience = parties(in: range.lowerBound..<reminder.start)
            return found(segment, Rule(subject: [.school], modality: .must, action: .train, audience: audience.isEmpty ? boundParty() : audience), explicit: true)
        }

        // Consequences: "… may lead to disciplinary action".
        if let consequence = sentence.firstMatch(lexicon.consequences, in: range) {
            let target = 0..<consequence.start
            let modality: Modality = tokens[range].contains { $0.text == "may" || $0.text == "can" || $0.text == "could" } ? .may : .must
            let behaviour = classify(target)
            if sentence.has(lexicon.breachTerms, in: target) || behaviour == nil || behaviour?.action == .takeAction {
                let firstCue = sentence.cues.first?.range.lowerBound ?? target.upperBound
                var audience = parties(in: 0..<min(target.upperBound, firstCue)).filter { $0 != .authorities }
                if audience.isEmpty { audience = bindingForSanctions() }
                return found(segment, Rule(subject: [.school], modality: modality, action: .takeAction, audience: scope.expand(audience),
                                           context: contexts(in: range), exceptions: exceptions(in: range)), explicit: true)
            }
            let subject = nearestSubject(before: behaviour!.start, from: 0) ?? scope.roleBullet?.roles ?? [.everyone]
            return found(segment, Rule(subject: subject, modality: .mustNot, action: behaviour!.action,
                                       audience: audience(in: target, excluding: subject), age: age(in: range),
                                       context: contexts(in: range), exceptions: exceptions(in: range)), explicit: false)
        }

        // "… should be removed and reported to a member of SLT".
        if segment.passiveContinuation, let first = tokens[range].first(where: \.isWord), ["reported", "referred", "notified", "escalated", "passed"].contains(first.text) {
            return found(segment, Rule(subject: previousSubject ?? agentlessParty(for: nil), modality: segment.modality, action: .report,
                                       audience: recipientsOfReport(in: range), context: contexts(in: range), exceptions: exceptions(in: range)), explicit: false)
        }

        // Subject.
        var subject: [Role]
        var audienceRange = post
        var extraAudience: [Role] = []
        if let cue, cue.isPassive {
            if sentence.has(lexicon.passiveReport, in: post), agent(in: post) == nil {
                let recipients = recipientsOfReport(in: post)
                return found(segment, Rule(subject: [.everyone], modality: segment.modality, action: .report, audience: recipients,
                                           context: contexts(in: range), exceptions: exceptions(in: range)), explicit: false)
            }
            if let agent = agent(in: post) {
                subject = agent.roles
                explicit = true
            } else if let first = tokens[post].first(where: \.isWord), ["informed", "notified", "told", "contacted"].contains(tokens[post].filter(\.isWord).dropFirst().first?.text ?? first.text), !parties(in: pre).isEmpty {
                // "Parents will be informed": the school tells them.
                subject = [.school]
            } else {
                subject = agentlessParty(for: classify(post) ?? classify(pre), thing: pre)
            }
            extraAudience = parties(in: pre)
        } else if let cue, case let named = sentence.roleMatches(in: cue.range).filter({ $0.payload != .school }), !named.isEmpty {
            // "We ask parents not to share …": the party is inside the cue.
            subject = named.map(\.payload).canonical
            explicit = true
        } else if let cue, isStance(cue) {
            subject = agentlessParty(for: classify(post) ?? classify(pre), thing: pre)
            extraAudience = parties(in: pre)
        } else if let cue, pronounBefore(cue) {
            subject = scope.boundParty(inList: inList) ?? blockSubject ?? scope.scope
        } else if let cue, requiresOthers(cue), let end = firstRoleEnd(in: post), followsClosely(cue, end),
                  let required = nearestSubject(before: end, from: post.lowerBound) {
            // "The school requires that all users …", "a key responsibility
            // of all members of staff", "it is essential that everyone …".
            subject = required
            explicit = true
            audienceRange = end..<post.upperBound
            extraAudience = parties(in: pre)
        } else if let cue, let nearest = nearestSubject(before: cue.range.lowerBound, from: range.lowerBound) {
            subject = nearest
            explicit = true
        } else if segment.continues, let previousSubject {
            subject = previousSubject
        } else if tokens[pre].contains(where: { Self.pronouns.contains($0.text) }) {
            subject = scope.boundParty(inList: inList) ?? scope.scope
        } else if cue != nil, !segment.isImperative, tokens[pre].contains(where: \.isWord), !inList || leadIn == nil {
            // A thing, not a party, is the grammatical subject: "School
            // social media accounts must not be used …".
            subject = agentlessParty(for: classify(post) ?? classify(pre), thing: pre)
            extraAudience = parties(in: pre)
        } else {
            subject = segment.isImperative || segment.cue == nil ? (scope.boundParty(inList: inList) ?? leadInSubject ?? scope.scope) : boundParty()
            audienceRange = range
        }
        if segment.cue == nil, !segment.isImperative, segment.range.lowerBound == 0 {
            audienceRange = range
        }

        // Action and modality.
        var modality = segment.modality
        if let first = tokens[range].first(where: \.isWord)?.text, first == "nor" || (first == "no" && cue != nil), !modality.isProhibition {
            // "No pupil should …", "nor should any such contact be accepted".
            modality = modality == .should ? .shouldNot : .mustNot
        }
        if segment.continues, segment.cue == nil, case let imperative = sentence.imperative(at: range.lowerBound), imperative.isImperative, imperative.negative, !modality.isProhibition {
            // "Consider the appropriateness …, and don't link to …"
            let force = leadIn?.modality ?? scope.headingForce ?? .must
            modality = force.strength >= 3 ? .mustNot : .shouldNot
        }
        let classified = classify(post) ?? classify(pre) ?? classify(range)
        let action = classified?.action ?? .other
        if classified?.negated == true { modality = modality.negated }
        if ensuresAbsence(in: (cue?.range.lowerBound ?? post.lowerBound)..<post.upperBound) { modality = modality.negated }
        // "X through Y rather than Z", "only via school accounts": a
        // prohibition of X through the other channels.
        if modality == .must || modality == .should, sentence.has(lexicon.channels, in: range) { modality = modality.negated }

        var audience = (audience(in: audienceRange, excluding: subject) + extraAudience).canonical
        if action == .report {
            audience = recipientsOfReport(in: post) + (cue?.isPassive == true ? parties(in: pre) : [])
        }
        if action == .takeAction, subject == [.school] || subject == [.governingBoard], audience.isEmpty,
           modality == .must || sentence.has(lexicon.breachTerms, in: 0..<tokens.count) {
            audience = scope.expand(bindingForSanctions())
        }
        audience.removeAll { $0 == .school }
        let age = self.age(in: range)
        if let age, !subject.contains(age.appliesTo), !audience.contains(age.appliesTo) { audience.append(age.appliesTo) }

        var context = contexts(in: range)
        if subject == [.pupils], let work = context.firstIndex(of: .workTime) { context[work] = .inSchool }
        // "Staff must use their school email account for school business":
        // a duty to use the school's channel forbids the personal one.
        if action == .usePersonalDevice, !modality.isProhibition, modality != .may,
           let school = context.firstIndex(where: { $0 == .schoolAccount || $0 == .schoolEquipment }) {
            context[school] = context[school] == .schoolAccount ? .personalAccount : .personalDevice
            modality = modality.negated
        }
        return found(segment, Rule(subject: subject, modality: modality, action: action, audience: audience, age: age,
                                   context: context, exceptions: exceptions(in: range)), explicit: explicit)
    }

    private func found(_ segment: Segment, _ rule: Rule, explicit: Bool) -> Found {
        let start = trimmedStart(segment.range)
        let lower = tokens[start].start
        let upper = tokens[segment.range.upperBound - 1].end
        let objectWords = tokens[(segment.cue?.range.upperBound ?? segment.range.lowerBound)..<segment.range.upperBound].filter(\.isWord).count
        return Found(range: lower..<max(upper, lower), rule: rule, explicitSubject: explicit, group: segment.group, isBareVerb: objectWords <= 2)
    }

    /// The first token of a clause's text: leading conjunctions and marks
    /// are not part of it.
    private func trimmedStart(_ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound - 1, !tokens[index].isWord || ["and", "or", "but", "nor"].contains(tokens[index].text) { index += 1 }
        return index
    }

    var leadInSubject: [Role]? { leadIn?.subject.isEmpty == false ? leadIn!.subject : nil }

    /// Who an agentless passive binds: the role bullet or lead-in it hangs
    /// from; the school for an institution's duty ("School accounts must be
    /// monitored"); else the heading's or list's party, else the policy's scope.
    func agentlessParty(for action: (action: Action, negated: Bool, start: Int)?, thing: Range<Int>? = nil) -> [Role] {
        if let roles = scope.roleBullet?.roles { return roles }
        if let roles = conditionalParty() { return roles }
        if !scope.headingRoles.isEmpty { return scope.headingRoles }
        if let action, lexicon.institutionalActions.contains(action.action) { return [.school] }
        if let thing, isInstitutionsThing(thing) { return [.school] }
        if inList, let leadInSubject { return leadInSubject }
        if let blockSubject { return blockSubject }
        return scope.boundParty(inList: inList) ?? scope.scope
    }

    /// "If the headteacher … receives a disclosure …, this should be
    /// recorded": the parties of an opening condition do what follows.
    func conditionalParty() -> [Role]? {
        guard let first = tokens.firstIndex(where: \.isWord), ["if", "when", "where", "whenever"].contains(tokens[first].text) else { return nil }
        var index = first + 1
        while index < min(tokens.count, first + 4), ["any", "a", "the", "an", "all"].contains(tokens[index].text) { index += 1 }
        if index < tokens.count, ["you", "they"].contains(tokens[index].text) { return scope.boundParty(inList: inList) ?? scope.scope }
        guard let match = sentence.roles.first(where: { $0.start == index }), match.payload != .school else { return nil }
        var roles = [match.payload]
        var end = match.end
        for next in sentence.roles where next.start >= end {
            guard tokens[end..<next.start].allSatisfy({ ["or", "and", ",", "/", "the", "a", "any"].contains($0.text) }) else { break }
            roles.append(next.payload)
            end = next.end
        }
        return roles.canonical
    }

    /// "School policies", "the School's disciplinary policy": a thing of the
    /// institution, done by the institution.
    func isInstitutionsThing(_ range: Range<Int>) -> Bool {
        let roles = sentence.roleMatches(in: range)
        return !roles.isEmpty && roles.allSatisfy { $0.payload == .school } && tokens[range].contains { $0.text == "policy" || $0.text == "policies" || $0.text == "procedures" }
    }

    /// The cue judges a thing ("… is forbidden", "zero tolerance to …")
    /// rather than binding the party before it.
    func isStance(_ cue: Cue) -> Bool {
        guard tokens[cue.range].contains(where: { lexicon.stanceCues.contains($0.text) }), tokens[cue.range.upperBound - 1].text != "to" else { return false }
        return cue.range.upperBound >= tokens.count || tokens[cue.range.upperBound].text != "to"
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
        return tokens[cue.range.upperBound..<first.start].allSatisfy { ["the", "a", "an", "all", "any", "every", "each", "our", "that", "its"].contains($0.text) }
    }

    /// "you MAY use …": a pronoun right before the cue.
    func pronounBefore(_ cue: Cue) -> Bool {
        cue.range.lowerBound > 0 && Self.pronouns.contains(tokens[cue.range.lowerBound - 1].text)
    }

    /// "requires that", "under no circumstances should staff", "a key
    /// responsibility of all staff": the parties after the cue are bound.
    func requiresOthers(_ cue: Cue) -> Bool {
        tokens[cue.range].contains { $0.text == "requires" || $0.text == "require" }
            || tokens[cue.range.lowerBound].text == "under" || tokens[cue.range.lowerBound].text == "nor"
            || tokens[cue.range.upperBound - 1].text == "of" || tokens[cue.range.upperBound - 1].text == "that"
    }

    func firstRoleEnd(in range: Range<Int>) -> Int? {
        sentence.roleMatches(in: range).first?.end
    }

    func boundParty() -> [Role] {
        scope.boundParty(inList: inList) ?? (leadIn?.subject.isEmpty == false ? leadIn!.subject : nil) ?? [.school]
    }

    // MARK: Parties

    private static let prepositions: Set<String> = ["in", "at", "of", "from", "within", "across", "to", "for", "with", "by", "about", "on", "into"]
    private static let pronouns: Set<String> = ["they", "he", "she", "you", "them", "individuals"]
    private static let connectors: Set<String> = ["and", "or", ",", "/", "the", "all", "any", "other", "of", "their", "its", "either", "as", "a", "an", "current", "and/or", "both", "members", "member", "every", "each", "no", "our", "relevant", "individual", "appropriate", "school", "'s"]

    /// The group of roles nearest before `index` ("Staff, parents/carers and
    /// pupils", "a paid employee or volunteer"): roles joined by connectors.
    func nearestSubject(before index: Int, from start: Int) -> [Role]? {
        // "Staff (including volunteers and contractors) should …": the party
        // before the brackets, with those the brackets include.
        if index - 1 > start, tokens[index - 1].text == ")",
           let open = (start..<(index - 1)).last(where: { tokens[$0].text == "(" }) {
            let outside = nearestSubject(before: open, from: start)
            let inside = tokens[open + 1..<index - 1].first(where: \.isWord).map { ["including", "incl", "and", "plus"].contains($0.text) } == true
                ? sentence.roleMatches(in: (open + 1)..<(index - 1)).map(\.payload).filter { $0 != .school } : []
            if let outside { return (outside + inside).canonical }
        }
        let candidates = sentence.roleMatches(in: start..<index).filter { match in
            // "Everyone at the school", "anyone working in the federation":
            // the institution after a preposition is a place, not a party.
            !sentence.isInsideException(match.start)
                && !(match.payload == .school && isPlace(match.start))
        }
        guard let last = candidates.last else { return nil }
        var roles: [Role] = [last.payload]
        var groupStart = last.start
        for match in candidates.reversed() where match.end <= groupStart {
            let between = tokens[match.end..<groupStart]
            let listLike = !between.enumerated().contains { offset, token in
                token.text == "," && offset + 1 < between.count && !["and", "or"].contains(between[between.startIndex + offset + 1].text)
            }
            if match.end == groupStart || (listLike && between.allSatisfy({ Self.connectors.contains($0.text) })) {
                roles.append(match.payload)
                groupStart = min(groupStart, match.start)
            } else if match.end == last.end {
                roles.append(match.payload)
            } else {
                break
            }
        }
        for match in candidates where match.start == last.start { roles.append(match.payload) }
        return roles.canonical
    }

    /// "at Kingsthorpe Village Primary School", "in the Learn to Live
    /// Federation": an institution's name after a preposition.
    func isPlace(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, tokens[cursor].isCapitalized || ["the", "of", "to", "and"].contains(tokens[cursor].text), index - cursor < 8 { cursor -= 1 }
        return cursor >= 0 && Self.prepositions.contains(tokens[cursor].text) && tokens[cursor].text != "to" && tokens[cursor].text != "of"
            || (cursor >= 0 && (tokens[cursor].text == "to" || tokens[cursor].text == "of") && cursor == index - 1 || cursor >= 0 && cursor == index - 2 && tokens[index - 1].text == "the" && Self.prepositions.contains(tokens[cursor].text))
    }

    /// Parties named in `range`, not the school, not inside an exception.
    func parties(in range: Range<Int>) -> [Role] {
        sentence.roleMatches(in: range)
            .filter { !sentence.isInsideException($0.start) && $0.payload != .school }
            .map(\.payload).canonical
    }

    /// The audience: parties named in `range` other than the subject's own
    /// mention, the school and those inside exceptions.
    func audience(in range: Range<Int>, excluding subject: [Role]) -> [Role] {
        let agentRange = agent(in: range)?.range
        var range = range
        // "… take action in order to protect the federation's reputation and
        // that of its staff, parents …": the purpose names no audience.
        if let purpose = range.first(where: { tokens[$0].text == "order" && $0 > range.lowerBound && tokens[$0 - 1].text == "in" }) {
            range = range.lowerBound..<(purpose - 1)
        }
        let roleEnds = Set(sentence.roles.map(\.end))
        let matches = sentence.roleMatches(in: range)
        let listed = listedRoles(matches)
        return matches
            .filter { !sentence.isInsideException($0.start) && $0.payload != .school }
            .filter { agentRange?.contains($0.start) != true }
            // The subject named again ("… that the member of staff is not …")
            // is not its own audience, unless as colleagues, as other staff,
            // or in a list of parties ("about the school, its staff or pupils").
            .filter { match in
                !subject.contains(match.payload) || listed.contains(match.start)
                    || tokens[match.start..<match.end].contains { $0.text.hasPrefix("colleague") || ["other", "past", "current", "fellow", "former"].contains($0.text) }
                    || (match.start > 0 && ["other", "past", "current", "fellow", "former"].contains(tokens[match.start - 1].text))
            }
            // "parents/carers of pupils": the second role only qualifies the first.
            .filter { match in
                !(match.start > 1 && tokens[match.start - 1].text == "of" && roleEnds.contains(match.start - 1))
            }
            .filter { !(sentence.isPossessive($0) && ($0.payload == .school || $0.payload == .governingBoard)) }
            .map(\.payload).canonical
    }

    /// Starts of role mentions that stand in a list of two or more parties
    /// ("students, parents or other staff", "the school, its staff or pupils").
    func listedRoles(_ matches: [SentenceAnalysis.RoleMatch]) -> Set<Int> {
        let joiners: Set<String> = [",", "or", "and", "/", "its", "the", "other", "including", "their", "any", "all", "of", "members", "member"]
        var listed = Set<Int>()
        for (previous, next) in zip(matches, matches.dropFirst()) where next.start >= previous.end {
            if tokens[previous.end..<next.start].allSatisfy({ joiners.contains($0.text) }), next.start - previous.end <= 4 {
                listed.insert(previous.start)
                listed.insert(next.start)
            }
        }
        return listed
    }

    /// The agent of a passive: "by the Head teacher".
    func agent(in range: Range<Int>) -> (roles: [Role], range: Range<Int>)? {
        for index in range where tokens[index].text == "by" {
            let roles = sentence.roleMatches(in: (index + 1)..<min(range.upperBound, index + 6)).filter { !sentence.isPossessive($0) }
            if let first = roles.first, tokens[(index + 1)..<first.start].allSatisfy({ Self.connectors.contains($0.text) || ["that", "this", "these", "those"].contains($0.text) }) {
                let group = roles.filter { $0.start <= first.end + 3 }.map(\.payload)
                return (group.map { $0 == .school ? .school : $0 }.canonical, index..<(roles.last!.end))
            }
        }
        return nil
    }

    /// Who receives a report: the parties after "to", "inform", "notify",
    /// "tell" or "contact".
    func recipientsOfReport(in range: Range<Int>) -> [Role] {
        var result: [Role] = []
        for index in range where ["to", "inform", "informed", "notify", "notified", "tell", "contact", "refer", "escalated"].contains(tokens[index].text) {
            let window = (index + 1)..<min(range.upperBound, index + 8)
            let roles = sentence.roleMatches(in: window)
            if let first = roles.first, tokens[(index + 1)..<first.start].filter(\.isWord).count <= 4 {
                result += roles.filter { $0.start <= first.end + 6 }.map(\.payload)
            }
        }
        return result.filter { $0 != .school }.canonical
    }

    // MARK: Action

    /// The highest-priority action phrase in `range`, outside exceptions.
    func classify(_ range: Range<Int>) -> (action: Action, negated: Bool, start: Int)? {
        guard !range.isEmpty else { return nil }
        var best: PhraseMatcher<Lexicon.ActionCue>.Match?
        for index in range where !sentence.isInsideException(index) {
            for match in lexicon.actions.matches(in: tokens, at: index) where match.end <= range.upperBound {
                if best == nil || match.payload.priority < best!.payload.priority
                    || (match.payload.priority == best!.payload.priority && match.payload.negated && !best!.payload.negated) {
                    best = match
                }
            }
        }
        guard var best else { return nil }
        // The verb that opens the clause names its action when it is one of
        // the head actions ("will take action to protect the reputation").
        for index in range.lowerBound..<min(range.upperBound, range.lowerBound + 5) where tokens[index].isWord
            && !["to", "be", "pro", "also", "then", "immediately", "always", "please"].contains(tokens[index].text) && !tokens[index].text.hasSuffix("ly") {
            if let head = lexicon.actions.matches(in: tokens, at: index).first(where: { lexicon.headActions.contains($0.payload.action) }),
               best.start != head.start {
                best = head
            }
            break
        }
        return (best.payload.action, best.payload.negated, best.start)
    }

    /// "ensure that … not …", "ensure that neither …": a duty to prevent.
    func ensuresAbsence(in range: Range<Int>) -> Bool {
        guard let ensure = range.first(where: { tokens[$0].text == "ensure" || tokens[$0].text == "ensuring" }),
              ensure - range.lowerBound <= 3 else { return false }
        return tokens[ensure..<range.upperBound].contains { ["not", "neither", "never", "nobody", "no", "cannot", "can't", "don't", "doesn't", "won't"].contains($0.text) }
    }

    // MARK: Age, context, exceptions

    func age(in range: Range<Int>) -> AgeThreshold? {
        // "pupils aged 13 or over", "children of 11 and under".
        for index in range where tokens[index].isWord {
            guard let years = number(tokens[index].text), years >= 5, years <= 25, index + 1 < range.upperBound,
                  let suffix = lexicon.ageSuffixes.matches(in: tokens, at: index + 1).first, suffix.end <= range.upperBound,
                  index > 0, ["aged", "age", "of", "pupils", "children", "students", "users", "years"].contains(tokens[index - 1].text)
                    || sentence.roles.contains(where: { $0.end == index }) else { continue }
            let before = sentence.roleMatches(in: range.lowerBound..<index).filter { $0.payload != .school && !sentence.isPossessive($0) }
            return AgeThreshold(comparator: suffix.payload, years: years, appliesTo: before.last?.payload ?? .pupils)
        }
        for index in range {
            guard let match = lexicon.ageWords.matches(in: tokens, at: index).first else { continue }
            var cursor = match.end
            while cursor < range.upperBound, ["the", "age", "of", "aged"].contains(tokens[cursor].text) { cursor += 1 }
            guard cursor < range.upperBound, let years = number(tokens[cursor].text), years >= 5, years <= 25 else { continue }
            let before = sentence.roleMatches(in: range.lowerBound..<index).filter { $0.payload != .school && !sentence.isPossessive($0) }
            let after = sentence.roleMatches(in: (cursor + 1)..<range.upperBound).filter { $0.payload != .school }
            let role = before.last?.payload ?? after.first?.payload ?? .pupils
            return AgeThreshold(comparator: match.payload, years: years, appliesTo: role)
        }
        return nil
    }

    private func number(_ word: String) -> Int? {
        if let value = Int(word) { return value }
        return lexicon.numberWords[word]
    }

    func contexts(in range: Range<Int>) -> [Context] {
        var result: [Context] = scope.headingContext + (leadIn?.context ?? [])
        let onlyCue = sentence.cues.contains { cue in range.contains(cue.range.lowerBound) && tokens[cue.range].contains { $0.text == "only" } }
        for match in sentence.contexts where range.contains(match.start) {
            var context = match.payload
            // "only through the school accounts", "may only be taken on school
            // devices": the clause forbids the personal channel.
            if context == .schoolAccount || context == .schoolEquipment, onlyCue || isChannel(before: match.start, in: range) {
                context = context == .schoolAccount ? .personalAccount : .personalDevice
            }
            result.append(context)
        }
        return result.canonical
    }

    /// "other than via school accounts", "only through the school's …": the
    /// clause forbids the other channels.
    private func isChannel(before index: Int, in range: Range<Int>) -> Bool {
        let from = max(range.lowerBound, index - 4)
        return !lexicon.channels.scan(tokens, in: from..<index + 1).isEmpty
            || (from..<index).contains { lexicon.channels.matches(in: tokens, at: $0).contains { $0.end >= index - 1 } }
    }

    func exceptions(in range: Range<Int>) -> [Exception] {
        var result: [Exception] = leadIn?.exceptions ?? []
        for span in sentence.exceptionSpans where range.contains(span.range.lowerBound) {
            result += span.exceptions
        }
        return result.canonical
    }
}
