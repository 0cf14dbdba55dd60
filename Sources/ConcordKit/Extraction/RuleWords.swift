/// The single words and marks the clause rules name, as vocabulary ids, so
/// that a rule asks `token.is(words.of)` instead of comparing text. Each is
/// interned when the lexicon is built, so a token spelt so always has the id.
struct RuleWords: Sendable {
    // Marks.
    let comma: Int32
    let period: Int32
    let semicolon: Int32
    let colon: Int32
    let question: Int32
    let dash: Int32
    let openBracket: Int32
    let closeBracket: Int32
    let openSquareBracket: Int32
    /// The possessive "'s", a token of its own.
    let possessive: Int32

    // Words.
    let and: Int32
    let or: Int32
    let nor: Int32
    let no: Int32
    let not: Int32
    let `do`: Int32
    let to: Int32
    let of: Int32
    let `in`: Int32
    let by: Int32
    let with: Int32
    let `for`: Int32
    let under: Int32
    let the: Int32
    let that: Int32
    let it: Int32
    let they: Int32
    let own: Int32
    let your: Int32
    let there: Int32
    let never: Int32
    let from: Int32
    let `is`: Int32
    let be: Int32
    let been: Int32
    let may: Int32
    let can: Int32
    let will: Int32
    let should: Int32
    let only: Int32
    let order: Int32
    let important: Int32
    let essential: Int32
    let consider: Int32
    let think: Int32
    let you: Int32
    let slash: Int32
    let key: Int32
    let please: Int32
    let but: Int32
    let unless: Int32
    let `if`: Int32
    let so: Int32
    let does: Int32
    let same: Int32
    let doesnt: Int32
    let `as`: Int32
    let soon: Int32
    let some: Int32
    let year: Int32
    let years: Int32
    let front: Int32
    let stage: Int32
    let i: Int32
    let are: Int32

    // Prefixes.
    let studentPrefix: Int32
    let colleaguePrefix: Int32

    init(vocabulary: inout Vocabulary) {
        func id(_ word: String) -> Int32 { vocabulary.wordID(word) }
        comma = id(",")
        period = id(".")
        semicolon = id(";")
        colon = id(":")
        question = id("?")
        dash = id("-")
        openBracket = id("(")
        closeBracket = id(")")
        openSquareBracket = id("[")
        possessive = id("'s")
        and = id("and")
        or = id("or")
        nor = id("nor")
        no = id("no")
        not = id("not")
        `do` = id("do")
        to = id("to")
        of = id("of")
        `in` = id("in")
        by = id("by")
        with = id("with")
        `for` = id("for")
        under = id("under")
        the = id("the")
        that = id("that")
        from = id("from")
        never = id("never")
        own = id("own")
        your = id("your")
        there = id("there")
        they = id("they")
        it = id("it")
        `is` = id("is")
        be = id("be")
        been = id("been")
        may = id("may")
        can = id("can")
        will = id("will")
        should = id("should")
        only = id("only")
        order = id("order")
        important = id("important")
        essential = id("essential")
        consider = id("consider")
        think = id("think")
        you = id("you")
        slash = id("/")
        key = id("key")
        please = id("please")
        but = id("but")
        unless = id("unless")
        `if` = id("if")
        so = id("so")
        does = id("does")
        same = id("same")
        doesnt = id("doesn't")
        `as` = id("as")
        some = id("some")
        year = id("year")
        years = id("years")
        soon = id("soon")
        front = id("front")
        stage = id("stage")
        i = id("i")
        are = id("are")
        studentPrefix = vocabulary.prefixID("student")
        colleaguePrefix = vocabulary.prefixID("colleague")
    }
}
