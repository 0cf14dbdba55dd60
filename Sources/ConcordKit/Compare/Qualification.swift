/// Whether a clause holds only in some cases that no context id names:
/// "Year 6 pupils who walk home alone may bring a phone", "parents may
/// photograph their own child", "… when pupils are present", "first
/// names may be used, but never surnames", "Year 6 pupils may …". Such a
/// position differs from a plain one but never conflicts with it alone:
/// the two may not meet in any case.
struct Qualification {
    let lexicon: Lexicon

    func isQualified(_ clause: Clause) -> Bool {
        let tokens = lexicon.tokenize(clause.text)
        let lists = lexicon.wordLists
        if tokens.contains(where: lists.qualifyingWords.contains) { return true }
        // "Year 6 pupils who …", "Students in Years 12 and 13", "In
        // Reception": a part of the pupils, not all of them.
        for (index, token) in tokens.enumerated() {
            if lists.yearGroupWords.contains(token) { return true }
            if token.is(lists.words.year) || token.is(lists.words.years), index + 1 < tokens.count, tokens[index + 1].number > 0 { return true }
        }
        // "First names may be used, but never surnames": a permission with
        // a carve-out holds for part of what it names.
        if clause.rule.modality == .may, let but = tokens.firstIndex(where: { $0.is(lists.words.but) }),
           tokens[but...].contains(where: lists.negations.contains) { return true }
        // "their own child": the pupils the clause is about, not all.
        return lexicon.roles.scan(tokens).contains { match in
            match.payload == .pupils && match.start > 0 && tokens[match.start - 1].is(lists.words.own)
        }
    }
}
