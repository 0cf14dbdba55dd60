/// The age threshold, contexts and exceptions of a clause.
extension SentenceExtractor {
    func age(in range: Range<Int>) -> AgeThreshold? {
        // "pupils aged 13 or over", "children of 11 and under".
        for index in range where tokens[index].isWord && sentence.mayMatch(lexicon.ageSuffixes) {
            guard index > 0, index + 1 < range.upperBound, let years = number(tokens[index]), years >= 5, years <= 25,
                  let suffix = lexicon.ageSuffixes.longest(in: tokens, at: index + 1), suffix.end <= range.upperBound,
                  lists.ageLeads.contains(tokens[index - 1])
                    || sentence.roles.contains(where: { $0.end == index }) else { continue }
            let before = sentence.roleMatches(in: range.lowerBound..<index).filter { $0.payload != .school && !sentence.isPossessive($0) }
            return AgeThreshold(comparator: suffix.payload, years: years, appliesTo: before.last?.payload ?? .pupils)
        }
        for index in range where sentence.mayMatch(lexicon.ageWords) {
            guard let match = lexicon.ageWords.longest(in: tokens, at: index) else { continue }
            var cursor = match.end
            while cursor < range.upperBound, lists.ageFillers.contains(tokens[cursor]) { cursor += 1 }
            guard cursor < range.upperBound, let years = number(tokens[cursor]), years >= 5, years <= 25,
                  cursor + 1 >= range.upperBound || !lists.countedUnits.contains(tokens[cursor + 1]) else { continue }
            let before = sentence.roleMatches(in: range.lowerBound..<index).filter { $0.payload != .school && !sentence.isPossessive($0) }
            let after = sentence.roleMatches(in: (cursor + 1)..<range.upperBound).filter { $0.payload != .school }
            let role = before.last?.payload ?? after.first?.payload ?? .pupils
            return AgeThreshold(comparator: match.payload, years: years, appliesTo: role)
        }
        return nil
    }

    /// "13" or "thirteen". A word opening with a digit is a number only
    /// when it is all digits.
    private func number(_ token: Token) -> Int? {
        if token.number >= 0 { return Int(token.number) }
        if token.number == -2 { return nil }
        let id = Int(token.word)
        guard id >= 0, id < lexicon.numberWordValues.count, lexicon.numberWordValues[id] >= 0 else { return nil }
        return lexicon.numberWordValues[id]
    }

    func contexts(in range: Range<Int>) -> [Context] {
        var inherited: [Context] = scope.headingContext + (leadIn?.context ?? [])
        var result: [Context] = []
        let onlyCue = sentence.cues.contains { cue in range.contains(cue.range.lowerBound) && tokens[cue.range].contains { $0.is(words.only) } }
            || restrictiveOnly(in: (sentence.cues.first(where: { range.contains($0.range.lowerBound) })?.range.lowerBound ?? range.lowerBound)..<range.upperBound) != nil
        // A setting inside an exception ("unless on an educational visit")
        // is where the rule lifts, not where it holds.
        for match in sentence.contexts where range.contains(match.start) && !sentence.isInsideException(match.start) {
            var context = match.payload
            // "check the account twice each school day", "within one working
            // day": a frequency or a deadline, not when the rule holds.
            if context == .workTime || context == .lessonTime, isFrequency(before: match.start) { continue }
            // "any pupil in the school", "anyone working in the school": the
            // school qualifies the party; it is not where the rule holds.
            if context == .inSchool, qualifiesAParty(match.start) { continue }
            // "only through the school accounts", "may only be taken on school
            // devices": the clause forbids the personal channel, unless what
            // "only" restricts comes after it ("only on school accounts where
            // parents have consented").
            if context == .schoolAccount || context == .schoolEquipment, (onlyCue && !isQualified(after: match.end, in: range)) || isChannel(before: match.start, in: range) {
                context = context == .schoolAccount ? .personalAccount : .personalDevice
            }
            // The lead-in's own words read before an item are what it inherits.
            if let itemStart, match.start < itemStart { inherited.append(context) } else { result.append(context) }
        }
        // "at home or at school": settings that together cover every case
        // name none, in the clause or in the lead-in or heading it inherits
        // from ("In school and at home, pupils are expected to:" + "Not use a
        // phone anywhere on the school site" holds in school). The clause's
        // own setting overrides an inherited one it excludes.
        Self.removeCoveringPair(&inherited)
        Self.removeCoveringPair(&result)
        inherited.removeAll { setting in result.contains { $0.excludes(setting) } }
        result = inherited + result
        // "at school events": the event is the setting.
        if result.contains(.schoolEvent) { result.removeAll { $0 == .inSchool } }
        // A policy whose title names its one setting ("Official Social Media
        // Accounts", "Educational Visits") holds there, unless the clause
        // names another of the same kind ("their personal accounts").
        if let setting = scope.documentContext, !result.contains(where: { $0.isSameKind(as: setting) }) {
            result.append(setting)
        }
        return result.canonical
    }

    /// Whether the words before a time at `index` make it a frequency or a
    /// deadline: "each school day", "within a working day", "once a
    /// lesson"; not "during a live lesson".
    private func isFrequency(before index: Int) -> Bool {
        guard index > 0 else { return false }
        if lists.frequencyWords.contains(tokens[index - 1]) { return true }
        return index > 1 && lists.indefiniteArticles.contains(tokens[index - 1]) && lists.frequencyBeforeArticle.contains(tokens[index - 2])
    }

    /// Whether the words at `index` say whose a party is: past a verb of
    /// belonging ("anyone working in school"), or "in the school" right
    /// after the party ("any pupil in the school"; "photos of pupils in
    /// school" and "at school" say where).
    private func qualifiesAParty(_ index: Int) -> Bool {
        if index > 0, lists.belongingVerbs.contains(tokens[index - 1]) {
            return sentence.roles.contains { $0.end == index - 1 && $0.payload != .school }
        }
        guard index + 1 < tokens.count, tokens[index].is(words.in), lists.determiners.contains(tokens[index + 1]) else { return false }
        return sentence.roles.contains { $0.end == index && $0.payload != .school }
    }

    private static func removeCoveringPair(_ settings: inout [Context]) {
        if settings.contains(.inSchool), settings.contains(.outsideSchool) { settings.removeAll { $0 == .inSchool || $0 == .outsideSchool } }
    }

    /// Whether a clause or an exception qualifies what comes before `index`
    /// ("… where a parent has given consent", "… unless …").
    private func isQualified(after index: Int, in range: Range<Int>) -> Bool {
        guard index < range.upperBound else { return false }
        return subordinateClause(in: (index - 1)..<range.upperBound) != nil || sentence.exceptionSpans.contains { $0.range.lowerBound >= index && range.contains($0.range.lowerBound) }
    }

    /// "other than via school accounts", "only through the school's …": the
    /// clause forbids the other channels.
    private func isChannel(before index: Int, in range: Range<Int>) -> Bool {
        let from = max(range.lowerBound, index - 4)
        guard sentence.mayMatch(lexicon.channels) else { return false }
        return lexicon.channels.first(in: tokens, from..<index + 1) != nil
            || (from..<index).contains { lexicon.channels.matches(in: tokens, at: $0).contains { $0.end >= index - 1 } }
    }

    /// Where "only" restricts the predicate of the clause in `range`: "only
    /// use", "for my learning only", "only through". Not "the only", "if
    /// only to say", "not only", nor inside a clause of its own ("so that
    /// only people they know can see").
    func restrictiveOnly(in range: Range<Int>) -> Int? {
        for index in range where tokens[index].is(words.only) {
            if index > range.lowerBound, lists.notRestrictingBeforeOnly.contains(tokens[index - 1]) { continue }
            if index + 1 < range.upperBound, lists.notRestrictingAfterOnly.contains(tokens[index + 1]) { continue }
            let start = sentence.cues.last(where: { $0.range.upperBound <= index && range.contains($0.range.lowerBound) })?.range.upperBound ?? range.lowerBound
            if tokens[start..<index].contains(where: { lists.subordinators.contains($0) || $0.is(words.that) }) { continue }
            return index
        }
        return nil
    }

    func exceptions(in range: Range<Int>) -> [Exception] {
        var result: [Exception] = leadIn?.exceptions ?? []
        // "Anyone who sees an image posted without consent should …": a
        // condition inside the subject's relative clause qualifies who,
        // not when the rule lifts.
        let cue = sentence.cues.first { range.contains($0.range.lowerBound) }?.range.lowerBound
        for span in sentence.exceptionSpans where range.contains(span.range.lowerBound) {
            if let cue, span.range.lowerBound < cue,
               tokens[range.lowerBound..<span.range.lowerBound].contains(where: lists.subjectRelativeWords.contains) { continue }
            result += span.exceptions
        }
        return result.canonical
    }
}
