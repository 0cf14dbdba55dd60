/// Whether a clause holds only in some cases that no context id names:
/// "Year 6 pupils who walk home alone may bring a phone", "parents may
/// photograph their own child", "… when pupils are present". Such a
/// position differs from a plain one but never conflicts with it alone:
/// the two may not meet in any case.
struct Qualification {
    let lexicon: Lexicon

    func isQualified(_ clause: Clause) -> Bool {
        let tokens = lexicon.tokenize(clause.text)
        let lists = lexicon.wordLists
        if tokens.contains(where: lists.qualifyingWords.contains) { return true }
        // "their own child": the pupils the clause is about, not all.
        return lexicon.roles.scan(tokens).contains { match in
            match.payload == .pupils && match.start > 0 && tokens[match.start - 1].is(lists.words.own)
        }
    }
}
