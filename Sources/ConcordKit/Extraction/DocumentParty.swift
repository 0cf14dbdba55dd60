/// The party a policy is written for, as its title names it: "Pupil
/// Acceptable Use Agreement" binds pupils, "Staff Code of Conduct" staff,
/// "A Parents' Guide to Social Media" parents, "Acceptable Use Agreement –
/// Key Stage 1" pupils. It is whom "I" and "you" stand for, and whom a rule
/// binds when nothing nearer names a party.
enum DocumentParty {
    /// The parties of the title: the outline's title, else the first
    /// heading near the top that names a kind of document ("… Policy",
    /// "… Agreement", "… Guidance"), else a short line at the top that
    /// does; nil when they name none but the school.
    static func find(in outline: Outline, lexicon: Lexicon) -> [Role]? {
        var candidates: [String] = []
        if let title = outline.title { candidates.append(title) }
        for block in outline.blocks.prefix(12) where block.kind == .heading && names(documentKindIn: block.text, lexicon) {
            candidates.append(block.text)
        }
        for text in candidates {
            if let roles = parties(in: text, lexicon) { return roles }
        }
        // A line of the title block that says what the document is and for
        // whom: "(Leaflet for parents and carers.)".
        for block in outline.blocks.prefix(4) where block.kind == .paragraph || block.kind == .note {
            if let roles = readers(in: block.text, lexicon) { return roles }
        }
        return nil
    }

    /// The one setting a title names when it bounds the whole policy: the
    /// school's own accounts, or its trips and events. (A title naming a
    /// device, "Personal Devices Policy", names what is ruled on, not where.)
    static func setting(in outline: Outline, lexicon: Lexicon) -> Context? {
        guard let title = outline.title ?? outline.blocks.prefix(12).first(where: { $0.kind == .heading && names(documentKindIn: $0.text, lexicon) })?.text
        else { return nil }
        let settings = Set(lexicon.contexts.scan(lexicon.tokenize(title)).map(\.payload))
        guard settings.count == 1, let setting = settings.first, setting == .schoolAccount || setting == .schoolEvent else { return nil }
        return setting
    }

    /// The parties after "for" in a short line that names a kind of
    /// document and whom it is for: "Leaflet for parents and carers".
    static func readers(in text: String, _ lexicon: Lexicon) -> [Role]? {
        let tokens = lexicon.tokenize(text)
        let lists = lexicon.wordLists
        guard tokens.count <= 24, let kind = tokens.firstIndex(where: lists.documentKinds.contains),
              let preposition = tokens[kind...].firstIndex(where: { $0.is(lists.words.for) }),
              let party = lexicon.roles.scan(tokens).first(where: { $0.start > preposition }),
              tokens[(preposition + 1)..<party.start].allSatisfy(lists.determiners.contains) else { return nil }
        let roles = lexicon.roles.scan(tokens, in: party.start..<tokens.count).map(\.payload).filter { $0 != .school && $0 != .everyone }
        return roles.isEmpty ? nil : roles.canonical
    }

    /// Whether a heading names a kind of document.
    static func names(documentKindIn text: String, _ lexicon: Lexicon) -> Bool {
        lexicon.tokenize(text).contains { lexicon.wordLists.documentKinds.contains($0) }
    }

    static func parties(in text: String, _ lexicon: Lexicon) -> [Role]? {
        let tokens = lexicon.tokenize(text)
        let lists = lexicon.wordLists
        var roles = lexicon.roles.scan(tokens)
            .filter { match in
                // "Staff Guidance on Contact with Pupils": a party after
                // such a preposition is what the title is about.
                match.start == 0 || !lists.headingAudiencePrepositions.contains(tokens[match.start - 1])
            }
            .map(\.payload).filter { $0 != .school && $0 != .everyone }
        // "Key Stage 1", "KS2": a title for the pupils of a stage.
        if roles.isEmpty, tokens.indices.contains(where: { tokens[$0].is(lists.words.key) && $0 + 1 < tokens.count && tokens[$0 + 1].is(lists.words.stage)
                                                          || lists.keyStages.contains(tokens[$0]) }) {
            roles = [.pupils]
        }
        // A title that names staff among others ("Staff/Governor Use of
        // Social Networking") is a staff policy first.
        if roles.contains(.staff) { return [.staff] }
        // "Governing Board Code of Conduct" is written for its members.
        if roles == [.governingBoard] { return [.governors] }
        return roles.isEmpty ? nil : roles.canonical
    }
}
