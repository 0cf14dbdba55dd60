/// The party a policy is written for, as its title names it: "Pupil
/// Acceptable Use Agreement" binds pupils, "Staff Code of Conduct" staff,
/// "A Parents' Guide to Social Media" parents. It is whom "I" and "you"
/// stand for, and whom a rule binds when nothing nearer names a party.
enum DocumentParty {
    /// The parties of the title, or of the first heading when the outline
    /// found no title; nil when they name none but the school.
    static func find(in outline: Outline, lexicon: Lexicon) -> [Role]? {
        var candidates: [String] = []
        if let title = outline.title { candidates.append(title) }
        else if let first = outline.blocks.first(where: { $0.kind == .heading }), first.line <= 6 { candidates.append(first.text) }
        for text in candidates {
            let tokens = lexicon.tokenize(text)
            let roles = lexicon.roles.scan(tokens)
                .filter { match in
                    // "Staff Guidance on Contact with Pupils": a party after
                    // such a preposition is what the title is about.
                    match.start == 0 || !lexicon.wordLists.headingAudiencePrepositions.contains(tokens[match.start - 1])
                }
                .map(\.payload).filter { $0 != .school && $0 != .everyone }
            // A title that names staff among others ("Staff/Governor Use
            // of Social Networking") is a staff policy first.
            if roles.contains(.staff) { return [.staff] }
            if !roles.isEmpty { return roles.canonical }
        }
        return nil
    }
}
