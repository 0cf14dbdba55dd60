/// Lead-ins: what a block ending in a colon or a dash gives the items under it.
extension DocumentBuilder {
    /// The lead-in a paragraph ending in a colon gives the items under it.
    /// An item that leads in to items of its own under an open lead-in is
    /// read after that lead-in's words, `outer` ("Students agree" + "Not to
    /// post anything online that could:").
    func leadIn(from block: OutlineBlock, after outer: String? = nil) -> ExtractionScope.LeadIn? {
        var text = outer.map { $0 + " " + block.text } ?? block.text
        let sentences = SentenceSplitter.split(text)
        guard let last = sentences.last else { return nil }
        return text.withUTF8 { bytes -> ExtractionScope.LeadIn? in
            let sentence = SentenceAnalysis(lexicon: lexicon)
            sentence.ownName = ownName
            sentence.read(blockText: bytes, range: last)
            let all = 0..<sentence.tokens.count
            let cues = sentence.cues
            // "Students agree not to …:", "We promise never to …:".
            let negatedLeadIn = sentence.scan(lexicon.deonticLeadIns).contains { match in
                let next = match.end < sentence.tokens.count && sentence.tokens[match.end].is(lexicon.wordLists.words.to) ? match.end + 1 : match.end
                return next < sentence.tokens.count && (sentence.tokens[next].is(lexicon.wordLists.words.not) || sentence.tokens[next].is(lexicon.wordLists.words.never))
            }
            // An item that opens with its negation: "Not to post anything
            // that could:".
            let opensNegated = sentence.tokens.first(where: \.isWord).map { $0.is(lexicon.wordLists.words.not) || $0.is(lexicon.wordLists.words.never) } ?? false
            let prohibitive = sentence.has(lexicon.prohibitiveLeadIns, in: all) || cues.contains { $0.modality.isProhibition } || negatedLeadIn || opensNegated
            let deontic = prohibitive || sentence.has(lexicon.deonticLeadIns, in: all) || !cues.isEmpty
            let statement = sentence.has(lexicon.nonDeonticLeadIns, in: all)
            // "Expectations include:", "Staff responsibilities include:".
            let namesDuties = sentence.tokens.contains { lexicon.wordLists.deonticNouns.contains($0) }
            let isDeontic = (deontic || namesDuties) && (!statement || prohibitive || namesDuties)
            var modality = cues.last?.modality ?? lexicon.headingForce.first(in: sentence.tokens, all)?.payload
            // "Please do not:" asks.
            if sentence.tokens.first(where: \.isWord)?.is(lexicon.wordLists.words.please) == true { modality = .should }
            if prohibitive { modality = (modality == .shouldNot || modality == .should) ? .shouldNot : .mustNot }
            let extractor = SentenceExtractor(sentence: sentence, scopeBox: scopeBox, inList: false, leadIn: nil, opensBlock: true)
            var subject: [Role] = []
            if let cue = cues.first, !prohibitive, let nearest = extractor.nearestSubject(before: cue.range.lowerBound, from: 0) {
                subject = nearest
            } else if cues.isEmpty, isDeontic, let nearest = extractor.nearestSubject(before: sentence.tokens.count, from: 0) {
                // "Pupils agree:", "For staff, expectations include:".
                subject = nearest.filter { $0 != .school }
            }
            // "Staff:" over a list names whom the items bind.
            if subject.isEmpty, let roles = roleBulletRoles(OutlineBlock(kind: .paragraph, text: String(block.text.dropLast()), line: block.line)) {
                subject = roles.filter { $0 != .school }
            }
            // "Where a teaching assistant or volunteer has a concern:": the
            // party of an opening condition does what the items say.
            if subject.isEmpty, let roles = extractor.conditionalParty(naming: true) { subject = roles.filter { $0 != .school } }
            let namesParty = !subject.isEmpty
            if subject.isEmpty { subject = scope.boundParty(inList: false) ?? scope.scope }
            // A lead-in that states no force still sets the tone of the
            // imperatives under it ("Managing your personal use of social media:").
            let tone = lexicon.headingForce.first(in: sentence.tokens, all)?.payload
            let words = sentence.tokens.filter(\.isWord)
            var conditionRule: Rule?
            if words.count >= 3, words.suffix(4).contains(where: lexicon.wordLists.leadInConditions.contains),
               !cues.isEmpty, let found = extractor.extract().first {
                conditionRule = found.rule
            }
            var result = ExtractionScope.LeadIn(
                modality: isDeontic ? (modality ?? .must) : tone, subject: subject, namesParty: namesParty,
                context: extractor.contexts(in: all), exceptions: extractor.exceptions(in: all),
                isDeontic: isDeontic, isStatement: statement && !prohibitive && !namesDuties, rule: conditionRule, depth: 1)
            result.isOpen = itemsContinue(sentence)
            if conditionRule == nil, isDeontic, result.isOpen {
                result.stem = stem(of: UnsafeBufferPointer(rebasing: bytes[last]))
            }
            return result
        }
    }

    /// Whether a block ends as a lead-in does: with a colon, a dash or an
    /// ellipsis.
    func endsAsLeadIn(_ text: String) -> Bool {
        let bytes = Array(trimmedRight(text).utf8.suffix(3))
        guard let last = bytes.last else { return false }
        if last == UInt8(ascii: ":") { return true }
        // "–", "—", and an ellipsis ("We never…", "We never...").
        if bytes.count == 3, bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x93 || bytes[2] == 0x94 || bytes[2] == 0xA6 { return true }
        if bytes.count == 3, bytes.allSatisfy({ $0 == UInt8(ascii: ".") }) { return true }
        return last == UInt8(ascii: "-") && bytes.count >= 2 && bytes[bytes.count - 2] == 32
    }

    /// Whether the items under a lead-in finish its sentence: it states a
    /// force ("Staff must not:", "We expect parents to:", "Staff should not
    /// post anything that could:") that is still open, not a judgement that
    /// closes it ("The following are not acceptable:") nor a pointer to what
    /// follows ("… as follows:").
    func itemsContinue(_ sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        guard let lastWord = tokens.lastIndex(where: \.isWord) else { return false }
        let lists = lexicon.wordLists
        if lists.leadInClosers.contains(tokens[lastWord]) { return false }
        // "do anything that could harm a pupil, for example by:": a whole
        // clause, then examples of it.
        if tokens[max(0, lastWord - 3)...lastWord].contains(where: lists.exampleMarkers.contains) { return false }
        // It ends on a word that needs more ("must", "to", "not", "for",
        // "that", "they"), or on the verb the cue opens ("must avoid:").
        if lists.leadInOpenEnds.contains(tokens[lastWord]) { return true }
        guard let cue = sentence.cues.last, !cue.isPassive else { return false }
        let words = tokens[cue.range.upperBound...].wordCount
        return cue.range.upperBound <= lastWord && words <= 2
            && !tokens[cue.range].contains { lexicon.stanceCues.contains($0) }
    }

    /// The lead-in's sentence without the colon, dash or ellipsis that ends it.
    func stem(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var end = bytes.count
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 32 || byte == 9 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") { end -= 1; continue }
            // "–", "—" and "…" (E2 80 93, E2 80 94, E2 80 A6).
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x93 || bytes[end - 1] == 0x94 || bytes[end - 1] == 0xA6 {
                end -= 3
                continue
            }
            break
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
}
