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
            // "The headteacher will remind staff of …": those reminded come
            // after an active "remind".
            let active = lists.activeReminders.contains(tokens[reminder.end - 1])
            let audience = active ? parties(in: reminder.end..<range.upperBound) : parties(in: range.lowerBound..<reminder.start)
            return found(segment, Rule(subject: [.school], modality: .must, action: .train, audience: audience.isEmpty ? boundParty() : audience), explicit: true)
        }

        // Consequences: "… may lead to disciplinary action".
        if let consequence = sentence.firstMatch(lexicon.consequences, in: range) {
            // "X will lead to disciplinary action"; "It is a disciplinary
            // offence to X": what is punished comes before, or after "to".
            var target = 0..<consequence.start
            if classify(target) == nil, consequence.end < range.upperBound, tokens[consequence.end].is(words.to) {
                target = consequence.end..<range.upperBound
            }
            let modality: Modality = tokens[range].contains(where: lists.possibilityModals.contains) ? .may : .must
            let behaviour = classify(target)
            // Failing to follow a policy is a breach of it: the school's
            // sanction, not a prohibition of complying.
            if sentence.has(lexicon.breachTerms, in: target) || behaviour == nil || behaviour?.action == .takeAction || behaviour?.action == .comply {
                let firstCue = sentence.cues.first?.range.lowerBound ?? target.upperBound
                var subject: [Role] = [.school]
                let breachers = 0..<min(target.upperBound, firstCue)
                var audience = definedMeaning(of: parties(in: breachers).filter { $0 != .authorities }, named: breachers)
                // "Where a volunteer breaches this policy, the headteacher may
                // end their placement": who imposes the sanction is named.
                if let sanctioner = nearestSubject(before: firstCue, from: 0), sanctioner.allSatisfy(Self.sanctioners.contains) {
                    subject = sanctioner
                    audience = parties(in: range).filter { !sanctioner.contains($0) && $0 != .authorities }
                }
                // "… will be dealt with under the Student Disciplinary
                // Procedure": the party whose procedure it is.
                if audience.isEmpty { audience = procedureParties(after: consequence.end, in: range) }
                if audience.isEmpty { audience = bindingForSanctions() }
                return found(segment, Rule(subject: subject, modality: modality, action: .takeAction, audience: expand(audience),
                                           context: contexts(in: range), exceptions: exceptions(in: range)), explicit: true)
            }
            // Who does what is punished: the party named, else the one the
            // section or the document is for, else anyone.
            let bound = scope.boundParty(inList: inList)?.filter { $0 != .school }
            let subject = nearestSubject(before: behaviour!.start, from: 0) ?? (bound?.isEmpty == false ? bound : nil) ?? scope.documentParty ?? [.everyone]
            return found(segment, Rule(subject: subject, modality: .mustNot, action: behaviour!.action,
                                       audience: audience(in: target, excluding: subject, cutsQualifiers: false), age: age(in: range),
                                       context: contexts(in: range), exceptions: exceptions(in: range)), explicit: false)
        }

        // "… should be removed and reported to a member of SLT".
        if segment.passiveContinuation, let first = tokens[range].first(where: \.isWord), lists.passedOn.contains(first) {
            return found(segment, Rule(subject: previousSubject ?? agentlessParty(for: nil), modality: segment.modality, action: .report,
                                       audience: recipientsOfReport(in: range), context: contexts(in: range), exceptions: exceptions(in: range)), explicit: false)
        }

        // Subject.
        var subject: [Role]
        var audienceRange = post
        var extraAudience: [Role] = []
        var stepModality: Modality?
        if let cue, cue.isPassive {
            if sentence.has(lexicon.passiveReport, in: post), agent(in: post) == nil {
                let recipients = recipientsOfReport(in: post)
                // A passive duty to report binds everyone, unless a role
                // bullet or a lead-in names whom its items bind ("Our
                // expectations of staff:" + "Any concern to be reported to
                // the DSL").
                let bound = scope.roleBullet?.roles ?? (inList && leadIn?.namesParty == true ? leadIn?.subject : nil)
                return found(segment, Rule(subject: bound ?? [.everyone], modality: segment.modality, action: .report, audience: recipients,
                                           context: contexts(in: range), exceptions: exceptions(in: range)), explicit: false)
            }
            // "… where consent has been given by a parent": the agent of a
            // condition is not the rule's.
            if let agent = agent(in: post), !sentence.isInsideException(agent.range.lowerBound),
               !tokens[post.lowerBound..<agent.range.lowerBound].contains(where: lists.clauseSubordinators.contains) {
                subject = agent.roles
                explicit = true
            } else if let first = tokens[post].first(where: \.isWord), lists.informed.contains(tokens[post].lazy.filter(\.isWord).dropFirst().first ?? first), !parties(in: pre).isEmpty {
                // "Parents will be informed": the school tells them.
                subject = [.school]
            } else {
                let action = classify(range, head: participle(after: cue))
                // "Pupils' phones must be handed in": the owners keep their
                // own devices unused.
                if action?.action == .usePersonalDevice, let owners = possessors(before: cue.range.lowerBound, from: range.lowerBound) {
                    subject = owners
                    explicit = true
                } else {
                    subject = agentlessParty(for: action, thing: pre)
                }
            }
            // ("Pupils: phones must be handed in": the label is whom it binds.)
            let label = labelParty() ?? []
            extraAudience = parties(in: pre).filter { !(explicit && subject.contains($0)) && !label.contains($0) }
        } else if let cue, tokens[cue.range.lowerBound].is(words.there), let agent = agent(in: post) {
            // "There must be no filming in the changing rooms, by anyone".
            subject = agent.roles
            explicit = true
        } else if let cue, let asker = asker(of: cue, from: range.lowerBound) {
            // "If a parent posts …, the Headteacher will ask them to remove
            // it": a step the named party takes, towards the party asked.
            subject = asker
            explicit = true
            extraAudience = askedParties(in: cue)
            // The strength of the modal before "ask": the asker's own step.
            stepModality = lexicon.modals.longest(in: tokens, at: cue.range.lowerBound)?.payload
        } else if let cue, case let named = sentence.roleMatches(in: cue.range).filter({ $0.payload != .school }), !named.isEmpty {
            // "We ask parents not to share …": the party is inside the cue.
            subject = named.map(\.payload).canonical
            explicit = true
        } else if let cue, let pronoun = tokens[cue.range].first(where: { lists.pronouns.contains($0) }) {
            // "We ask them not to …", "we ask you to …": the party the
            // pronoun stands for.
            subject = addressed(by: pronoun) ?? scope.boundParty(inList: inList) ?? blockSubject ?? scope.scope
        } else if let cue, isStance(cue) {
            subject = agentlessParty(for: classify(post) ?? classify(pre), thing: pre)
            extraAudience = parties(in: pre)
        } else if let cue, pronounBefore(cue) {
            let pronoun = tokens[cue.range.lowerBound - 1]
            // "If a governor sees a critical post, they should not reply":
            // "they" stands for the party of the opening condition.
            let antecedent = lists.thirdPersonPronouns.contains(pronoun) ? conditionalParty(naming: true) : nil
            subject = antecedent ?? addressed(by: pronoun) ?? scope.boundParty(inList: inList) ?? blockSubject ?? scope.scope
        } else if let cue, requiresOthers(cue), let end = roleGroupEnd(in: post), followsClosely(cue, end),
                  let required = nearestSubject(before: end, from: post.lowerBound) {
            // "The school requires that all users …", "a key responsibility
            // of all members of staff", "it is essential that everyone …".
            subject = required
            explicit = true
            audienceRange = end..<post.upperBound
            extraAudience = parties(in: pre)
        } else if let cue, !segment.isImperative, let owners = possessors(before: cue.range.lowerBound, from: range.lowerBound) {
            // "A pupil's surname must never appear in a post": a thing of
            // the party, not the party, is the subject. ("Pupils' phones
            // must be handed in": the owners keep their own devices unused.)
            let action = classify(post) ?? classify(pre)
            if action?.action == .usePersonalDevice {
                subject = owners
                explicit = true
            } else {
                subject = agentlessParty(for: action, thing: pre)
                extraAudience = owners
            }
        } else if let cue, let nearest = nearestSubject(before: cue.range.lowerBound, from: range.lowerBound) {
            subject = promisingParty(for: nearest, before: cue.range.lowerBound) ?? nearest
            explicit = true
        } else if segment.continues, let previousSubject {
            subject = previousSubject
        } else if let pronoun = tokens[pre].first(where: { lists.pronouns.contains($0) }) {
            subject = addressed(by: pronoun) ?? scope.boundParty(inList: inList) ?? scope.scope
        } else if cue != nil, !segment.isImperative, tokens[pre].contains(where: \.isWord), !inList || leadIn == nil {
            // A thing, not a party, is the grammatical subject: "School
            // social media accounts must not be used …".
            subject = agentlessParty(for: classify(post) ?? classify(pre), thing: pre)
            extraAudience = parties(in: pre)
        } else if segment.isImperative, let label = labelParty(), let colon = tokens[range].firstIndex(where: { $0.is(words.colon) }) {
            // "Parents: please do not post …": the label's parties.
            subject = label
            audienceRange = (colon + 1)..<range.upperBound
        } else {
            subject = segment.isImperative || segment.cue == nil ? (scope.boundParty(inList: inList) ?? leadInSubject ?? scope.scope) : boundParty()
            audienceRange = range
        }
        if segment.cue == nil, !segment.isImperative, segment.range.lowerBound == 0 {
            audienceRange = range
        }

        // Action and modality.
        var modality = stepModality ?? segment.modality
        if let first = tokens[range].first(where: \.isWord), first.is(words.nor) || ((first.is(words.no) || lists.negativeSubjects.contains(first)) && cue != nil),
           !modality.isProhibition {
            // "No pupil should …", "nor should any such contact be accepted".
            modality = modality == .should ? .shouldNot : .mustNot
        }
        if segment.continues, segment.cue == nil, case let imperative = sentence.imperative(at: range.lowerBound), imperative.isImperative, imperative.negative, !modality.isProhibition {
            // "Consider the appropriateness …, and don't link to …"
            // "should be kind and not post …" keeps its cue's strength.
            let afterShould = segment.modality == .should && sentence.cues.contains { $0.range.upperBound <= range.lowerBound }
            let force = afterShould ? .should : leadIn?.modality ?? scope.headingForce ?? .must
            modality = force.strength >= 3 ? .mustNot : .shouldNot
        }
        // A passive's subject is what is done ("Photographic material … must
        // not be taken"): read the whole clause for its action.
        let thingFirst = cue.map { $0.isPassive || isStance($0) } ?? false
        let capability = capabilityClause(in: pre)
        var classified = thingFirst ? classify(range, head: cue.flatMap { $0.isPassive ? participle(after: $0) : nil }, skipping: capability)
            : (classify(post) ?? classify(pre, skipping: capability) ?? classify(range, skipping: capability))
        if let cue, cue.isPassive, postsImages(pre: pre, post: post) { classified = (.postImages, false, pre.lowerBound) }
        var action = classified?.action ?? .other
        // "Parents must not share photographs from the learning journal that
        // …", "We never post a photograph of a child whose …": a posting verb
        // with an image as its object posts images, whatever the rest names.
        if !thingFirst, Self.yieldsToPostedImages.contains(action), postsImages(from: cue == nil ? range : post) {
            action = .postImages
        }
        // "carry the school's visit phone", "a work laptop": a device the
        // school owns is no personal one.
        // Another action the clause names is its action then.
        if action == .usePersonalDevice, let classified, !classified.negated, ownedBySchool(classified.start, in: range),
           !sentence.contexts.contains(where: { range.contains($0.start) && $0.payload == .schoolAccount }) {
            action = classify(range, excluding: .usePersonalDevice)?.action ?? .other
        }
        // "Teachers will keep pupils' phones in a locked drawer": another
        // party's device kept away is custody, not one's own kept from use.
        // ("Confiscated phones will be kept in the office" likewise.)
        if action == .usePersonalDevice, classified?.negated == true {
            if let owners = deviceOwners(in: range, excluding: subject) {
                action = .storeSecurely
                classified?.negated = false
                extraAudience += owners
            } else if tokens[range].contains(where: lists.seizureWords.contains) {
                action = .storeSecurely
                classified?.negated = false
            }
        }
        // "Don't use your personal email address for school business": an
        // address one uses is a channel, not information disclosed.
        if action == .discloseConfidential, let start = classified?.start, start > range.lowerBound,
           tokens[max(range.lowerBound, start - 3)..<start].contains(where: lists.useVerbs.contains),
           tokens[start..<min(range.upperBound, start + 4)].contains(where: lists.emailWords.contains) {
            action = .usePersonalDevice
        }
        // "If you are unhappy about something, please speak to the class
        // teacher": a grievance taken to the school's own route, which
        // forbids taking it online.
        if action == .contact, !subject.contains(where: Self.sanctioners.contains), !subject.contains(.staff),
           tokens[range].contains(where: lists.grievanceWords.contains) {
            action = .complainOnline
            if !modality.isProhibition { modality = modality.negated }
        } else if action == .respond, !subject.contains(where: { $0 == .school || $0 == .administrator }),
                  tokens.contains(where: lists.privateMessageNouns.contains), !tokens.contains(where: lists.publicCommentNouns.contains) {
            // "If a pupil sends a message to a teacher's phone, the teacher
            // should not reply": a reply to a private message is contact,
            // unlike replying to comments, posts or queries.
            action = .contact
        } else if action == .contact, tokens[range].contains(where: lists.concernWords.contains) {
            // "If you have a concern about something online, speak to the DSL."
            action = .report
        }
        // "Please like and follow us", "follow our Facebook page": an
        // invitation to follow the school itself is no rule.
        if action == .befriend || action == .shareLinks, let start = classified?.start, start + 1 < range.upperBound,
           tokens[(start + 1)..<min(range.upperBound, start + 4)].contains(where: lists.firstPersonPlural.contains) {
            return nil
        }
        if classified?.negated == true { modality = modality.negated }
        // "support the school by not posting photographs": the means named
        // in the negative is what is forbidden.
        if let start = classified?.start, start > 1, tokens[start - 1].is(words.not), tokens[start - 2].is(words.by), !modality.isProhibition {
            modality = modality.negated
        }
        let ensuredAbsence = ensuresAbsence(in: (cue?.range.lowerBound ?? post.lowerBound)..<post.upperBound)
        if ensuredAbsence { modality = modality.negated }
        // "requires that staff do not …", "must:" + "not share …", "are
        // expected to never …": a negation opening the predicate.
        // "Parents are asked to support us by not:" + "Posting …", "… by:" +
        // "Not accepting …": the negation at the join of lead-in and item.
        let itemNegated = itemStart.map { start in
            guard range.contains(start) else { return false }
            if start > range.lowerBound, isNegation(at: start - 1, before: range.upperBound) { return true }
            let opening = predicateStart(start..<range.upperBound)
            return opening < range.upperBound && isNegation(at: opening, before: range.upperBound)
        } ?? false
        if !modality.isProhibition, cue != nil && opensWithNegation(post) || itemNegated { modality = modality.negated }
        // "X through Y rather than Z", "only via school accounts": a
        // prohibition of X through the other channels.
        if modality == .must || modality == .should, sentence.has(lexicon.channels, in: range)
            || (action == .complainOnline || action == .report) && sentence.has(lexicon.complaintChannels, in: range) {
            modality = modality.negated
        }
        // "only use images of pupils whose parents have consented", "use the
        // school's iPads only": a duty or a permission that "only" restricts
        // forbids the rest. ("should only … in a way that …" advises.)
        // ("Only staff who are authorised may post" restricts who, not what.)
        if modality == .must || modality == .may, restrictiveOnly(in: (cue?.range.lowerBound ?? range.lowerBound)..<range.upperBound) != nil {
            modality = .mustNot
        } else if modality == .should, let only = restrictiveOnly(in: (cue?.range.lowerBound ?? range.lowerBound)..<range.upperBound),
                  sentence.contexts.contains(where: { $0.start > only && $0.start <= only + 3 && ($0.payload == .schoolEquipment || $0.payload == .schoolAccount) }) {
            // "should use only school iPads": advice against the other devices.
            modality = .shouldNot
        }

        var audience = (audience(in: audienceRange, excluding: subject, action: action, imperative: segment.isImperative) + extraAudience).canonical
        if audience.isEmpty, Self.answeringActions.contains(action), let cue {
            audience = partiesOfTheOccasion(before: cue.range.lowerBound, from: range.lowerBound, excluding: subject)
        }
        if action == .report {
            audience = recipientsOfReport(in: post) + (cue?.isPassive == true ? parties(in: pre) : [])
        }
        // "Where a governor breaches this policy, the board may take action":
        // the party of the breach the sanction follows.
        if action == .takeAction, audience.isEmpty, let cue, sentence.has(lexicon.breachTerms, in: 0..<tokens.count) {
            audience = parties(in: 0..<cue.range.lowerBound).filter { !subject.contains($0) && $0 != .authorities }
        }
        if action == .takeAction, subject == [.school] || subject == [.governingBoard], audience.isEmpty,
           modality == .must || sentence.has(lexicon.breachTerms, in: 0..<tokens.count) {
            audience = expand(bindingForSanctions())
        }
        audience.removeAll { $0 == .school }
        // "making or receiving calls": calls to no one named are a use of
        // the phone, not contact with a party.
        if action == .contact, audience.isEmpty, let start = classified?.start, lists.callNouns.contains(tokens[start]) {
            action = .usePersonalDevice
        }
        // "not to phone pupils during lessons": the device's name as a verb
        // towards a party is contact.
        if action == .usePersonalDevice, classified?.negated == false, let start = classified?.start, lists.contactVerbs.contains(tokens[start]),
           sentence.roles.contains(where: { $0.start == start + 1 || ($0.start == start + 2 && lists.determiners.contains(tokens[start + 1])) }) {
            action = .contact
        }
        // "Teach online safety as part of the curriculum": teaching is of pupils.
        if action == .train, audience.isEmpty, tokens[range].contains(where: lists.teachingVerbs.contains) { audience = [.pupils] }
        let age = self.age(in: range)
        if let age, !subject.contains(age.appliesTo), !audience.contains(age.appliesTo) { audience.append(age.appliesTo) }

        var context = contexts(in: range)
        if subject == [.pupils], let work = context.firstIndex(of: .workTime) { context[work] = .inSchool }
        // "Don't use a personal phone to contact pupils": the device is the
        // action itself, not where it holds.
        if action == .usePersonalDevice { context.removeAll { $0 == .personalDevice } }
        // The school's own sanctions, investigations and training hold
        // wherever the breach was, unless the clause says "even outside school".
        if action == .takeAction || action == .train || action == .investigate { context.removeAll { $0 != .outsideSchool } }
        // "Staff must use their school email account for school business":
        // a duty to use the school's channel forbids the personal one.
        if action == .usePersonalDevice, !modality.isProhibition, modality != .may,
           let school = context.firstIndex(where: { $0 == .schoolAccount || $0 == .schoolEquipment }) {
            context[school] = context[school] == .schoolAccount ? .personalAccount : .personalDevice
            modality = modality.negated
        }
        // "use school cameras and iPads, not personal phones", "… and never
        // through personal accounts", "…, and not my personal email": a duty to use the school's channel
        // that names the personal one after a negation forbids that one.
        if modality == .must || modality == .should,
           action == .usePersonalDevice || context.contains(where: { $0 == .personalAccount || $0 == .personalDevice }),
           sentence.contexts.contains(where: { range.contains($0.start) && ($0.payload == .personalAccount || $0.payload == .personalDevice) && followsNegation($0.start, in: range) })
            || range.contains(where: { lists.ownershipWords.contains(tokens[$0]) && followsNegation($0, in: range) }) {
            modality = modality.negated
            context.removeAll { $0 == .schoolAccount || $0 == .schoolEquipment }
        }
        var result = found(segment, Rule(subject: subject, modality: modality, action: action, audience: audience, age: age,
                                         context: context, exceptions: exceptions(in: range)), explicit: explicit)
        result.namesAction = classified != nil
        // Nothing in the text named a party: the policy's default was assumed.
        if !explicit, subject == scope.scope, scope.documentParty == nil, scope.roleBullet == nil, scope.headingRoles.isEmpty,
           blockSubject == nil, leadIn?.namesParty != true, !segment.continues {
            result.doubts.append(.guessedSubject)
        }
        if !ensuredAbsence, hasUnfoldedNegation(after: cue?.range.upperBound ?? range.lowerBound, in: range) {
            result.doubts.append(.uncertainPolarity)
        }
        return result
    }

    /// Whether the noun phrase that ends at the device named at `index`
    /// says the school owns it: "the school's visit phone", "a school
    /// laptop", "work phones" (but not "their own phone").
    func ownedBySchool(_ index: Int, in range: Range<Int>) -> Bool {
        var cursor = index - 1
        while cursor >= range.lowerBound, index - cursor <= 3 {
            let token = tokens[cursor]
            if lists.institutionOwners.contains(token) { return true }
            if lists.ownershipWords.contains(token) || lists.prepositions.contains(token) || lists.clauseMarks.contains(token)
                || lists.negations.contains(token) || sentence.roles.contains(where: { $0.start <= cursor && cursor < $0.end }) { return false }
            cursor -= 1
        }
        return false
    }

    /// Whether "not" or "never" stands just before `index` ("not personal
    /// phones", "never through personal accounts", "and not my personal
    /// email"), past a mark or a word that opens the phrase.
    func followsNegation(_ index: Int, in range: Range<Int>) -> Bool {
        var cursor = index - 1
        var skipped = 0
        while cursor >= range.lowerBound, skipped < 3, !tokens[cursor].is(words.not), !tokens[cursor].is(words.never) {
            if lists.clauseMarks.contains(tokens[cursor]) || tokens[cursor].is(words.period) { return false }
            cursor -= 1
            skipped += 1
        }
        return cursor >= range.lowerBound && (tokens[cursor].is(words.not) || tokens[cursor].is(words.never))
    }

    /// Whether the clause's own words hold a negation its modality does not
    /// account for: past the cue and a negation opening the predicate,
    /// before any clause that qualifies the object or an exception.
    func hasUnfoldedNegation(after start: Int, in range: Range<Int>) -> Bool {
        // The negation that opens the predicate was folded ("must not",
        // "Please do not …", "requires that staff do not"), and so was one at
        // the join of a lead-in and its item.
        var cursor = max(start, range.lowerBound)
        if let itemStart, range.contains(itemStart), itemStart > cursor { cursor = itemStart }
        cursor = predicateStart(cursor..<range.upperBound)
        while cursor < range.upperBound, !tokens[cursor].isWord || lists.negations.contains(tokens[cursor]) || tokens[cursor].is(words.do)
                || lists.negativeImperatives.contains(tokens[cursor]) || lists.imperativeAdverbs.contains(tokens[cursor]) {
            cursor += 1
        }
        let end = subordinateClause(in: cursor..<range.upperBound) ?? range.upperBound
        for index in cursor..<end where !sentence.isInsideException(index) {
            let token = tokens[index]
            // "not only", "no more than", "no later than" negate nothing.
            if index + 1 < end, lists.notNegating.contains(tokens[index + 1]) { continue }
            // "… with staff and not on social media", "their school account,
            // and not a personal one": a contrast the channel rules read.
            if index > cursor, lists.contrastOpeners.contains(tokens[index - 1]) { continue }
            if token.is(words.not) || token.is(words.no) || lists.negativeImperatives.contains(token) { return true }
        }
        return false
    }

    /// "The same rule applies to former pupils who are under 18": the rule
    /// before, held towards the parties this sentence names.
    func extending(_ previous: Rule) -> Found? {
        guard tokens.contains(where: { $0.is(words.same) }), let phrase = sentence.scan(lexicon.scopePhrases).first else { return nil }
        let named = parties(in: phrase.end..<tokens.count)
        guard !named.isEmpty else { return nil }
        var rule = previous
        rule.audience = named
        if let age = age(in: 0..<tokens.count) {
            rule.age = age
            if !rule.audience.contains(age.appliesTo) { rule.audience = (rule.audience + [age.appliesTo]).canonical }
        }
        return Found(range: tokens[0].start..<tokens[tokens.count - 1].end, rule: rule, explicitSubject: false, group: 0)
    }

    /// Parties named by a procedure after `start`: "the Staff Disciplinary
    /// Procedure", "the Student Code of Conduct".
    func procedureParties(after start: Int, in range: Range<Int>) -> [Role] {
        guard start < range.upperBound else { return [] }
        return sentence.roleMatches(in: start..<range.upperBound)
            .filter { match in
                match.payload != .school && tokens[match.end..<min(range.upperBound, match.end + 3)].contains { lists.procedureNouns.contains($0) }
            }
            .map(\.payload).canonical
    }

    /// Parties that impose a sanction rather than incur it.
    static let sanctioners: Set<Role> = [.school, .headteacher, .governingBoard, .seniorLeaders]
    /// Actions that answer a party an occasion names ("If a pupil sends a
    /// message …, staff must not reply"): whom they answer is their audience.
    /// Actions a posting verb with an image as its object overrides.
    static let yieldsToPostedImages: Set<Action> = [.discloseConfidential, .createAccount, .postComments, .other, .photograph,
                                                    .complainOnline, .accessSocialMedia, .usePersonalDevice, .registerSocialMedia]
    static let answeringActions: Set<Action> = [.contact, .respond, .storeSecurely, .photograph, .removeContent, .befriend]

    private func found(_ segment: Segment, _ rule: Rule, explicit: Bool) -> Found {
        let start = trimmedStart(segment.range)
        let lower = tokens[start].start
        let upper = tokens[segment.range.upperBound - 1].end
        let objectWords = tokens[(segment.cue?.range.upperBound ?? segment.range.lowerBound)..<segment.range.upperBound].wordCount
        return Found(range: lower..<max(upper, lower), rule: rule, explicitSubject: explicit, group: segment.group, isBareVerb: objectWords <= 2)
    }

    /// The first token of a clause's text: leading conjunctions and marks
    /// are not part of it.
    private func trimmedStart(_ range: Range<Int>) -> Int {
        var index = range.lowerBound
        while index < range.upperBound - 1, !tokens[index].isWord || lists.coordinators.contains(tokens[index]) { index += 1 }
        return index
    }

}
