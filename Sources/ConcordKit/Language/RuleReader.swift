/// Reads the tokens of a `rule` line (after the keyword) into a `Rule`,
/// going on past unknown words so that every problem in the line is found.
/// A rule missing its modality or action gets `must` or `other`.
struct RuleReader {
    let tokens: [PolicyToken]
    /// UTF-8 offset just after the `rule` keyword, for "expected …" problems.
    let end: Int
    var index = 0
    var problems: [PolicyLexer.Problem] = []

    private var subject: [Role] = []
    private var audience: [Role] = []
    private var age: AgeThreshold?
    private var context: [Context] = []
    private var exceptions: [Exception] = []
    /// The role just read, which an `under`/`over` qualifies.
    private var lastRole: Role?
    /// The modality's place was found (even if its word is misspelled).
    private var reachedModality = false

    init(tokens: [PolicyToken], end: Int) {
        self.tokens = tokens
        self.end = end
    }

    private enum Mode { case audience, context, exceptions }

    mutating func read() -> Rule {
        let modality = readSubjects()
        let action = reachedModality ? readAction() : nil
        var mode = Mode.audience
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.isComma { continue }
            guard token.isWord else {
                report("policy.unexpected-token", "unexpected \(token.display.quotedForMessage) in a rule; rules are written in ids, not quoted text", token)
                continue
            }
            switch token.text {
            case RuleKeyword.on: mode = .context; lastRole = nil
            case RuleKeyword.unless: mode = .exceptions; lastRole = nil
            case RuleKeyword.under, RuleKeyword.over: readAge(token, for: lastRole)
            case RuleKeyword.age: readStandaloneAge(token)
            default:
                switch mode {
                case .audience:
                    if let role = role(token) { audience.append(role) }
                case .context:
                    if let value = Context(rawValue: token.text) { context.append(value) } else { unknown("context", token, Context.allCases.map(\.rawValue)) }
                case .exceptions:
                    if let value = Exception(rawValue: token.text) { exceptions.append(value) } else { unknown("exception", token, Exception.allCases.map(\.rawValue)) }
                }
            }
        }
        return Rule(subject: subject, modality: modality ?? .must, action: action ?? .other, audience: audience,
                    age: age, context: context, exceptions: exceptions)
    }

    /// Roles up to the modality; returns the modality.
    private mutating func readSubjects() -> Modality? {
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.isComma { continue }
            if token.isWord, let modality = Modality(rawValue: token.text) {
                reachedModality = true
                return modality
            }
            if token.isWord, token.text == RuleKeyword.under || token.text == RuleKeyword.over {
                readAge(token, for: lastRole)
                continue
            }
            if token.isWord, Role(rawValue: token.text) == nil {
                let nextIsComma = index < tokens.count && tokens[index].isComma
                let modalities = Modality.allCases.map(\.rawValue)
                let asModality = Suggestion.closest(to: token.text, among: modalities)
                let asRole = Suggestion.closest(to: token.text, among: Role.allCases.map(\.rawValue))
                if !nextIsComma, asModality != nil, asRole == nil || Suggestion.editDistance(token.text, asModality!) < Suggestion.editDistance(token.text, asRole!) {
                    unknown("modality", token, modalities)
                    reachedModality = true
                    return nil
                }
            }
            if let role = role(token) { subject.append(role) }
        }
        problems.append(.init(id: "policy.missing-modality", message: "the rule has no modality; expected one of must, must-not, should, should-not, may", offset: tokens.last?.end ?? end))
        return nil
    }

    private mutating func readAction() -> Action? {
        lastRole = nil
        guard index < tokens.count else {
            problems.append(.init(id: "policy.missing-action", message: "the rule has no action after its modality", offset: tokens.last?.end ?? end))
            return nil
        }
        let token = tokens[index]
        index += 1
        if token.isWord, let action = Action(rawValue: token.text) { return action }
        unknown("action", token, Action.allCases.map(\.rawValue))
        return nil
    }

    /// `( "under" | "over" ) years` after the role it limits.
    private mutating func readAge(_ keyword: PolicyToken, for role: Role?) {
        let years = readYears(after: keyword)
        guard let role else {
            report("policy.misplaced-age", "'\(keyword.text)' must follow the role it limits, as in 'ex-pupils under 16'", keyword)
            return
        }
        guard let years else { return }
        setAge(AgeThreshold(comparator: keyword.text == RuleKeyword.under ? .under : .over, years: years, appliesTo: role), at: keyword)
    }

    /// `"age" role ( "under" | "over" ) years`, for a role in neither list.
    private mutating func readStandaloneAge(_ keyword: PolicyToken) {
        lastRole = nil
        guard index < tokens.count, let role = role(tokens[index]) else {
            if index >= tokens.count { report("policy.missing-value", "expected a role after 'age', as in 'age pupils under 13'", keyword) }
            index += 1
            return
        }
        index += 1
        guard index < tokens.count, tokens[index].isWord, tokens[index].text == RuleKeyword.under || tokens[index].text == RuleKeyword.over else {
            report("policy.missing-value", "expected 'under' or 'over' after 'age \(role.rawValue)'", keyword)
            return
        }
        let comparator = tokens[index]
        index += 1
        readAge(comparator, for: role)
        lastRole = nil
    }

    private mutating func readYears(after keyword: PolicyToken) -> Int? {
        guard index < tokens.count, tokens[index].isWord, let years = Int(tokens[index].text), years >= 0, years < 1000 else {
            let found = index < tokens.count ? " not \(tokens[index].display.quotedForMessage)" : ""
            report("policy.bad-age", "expected a number of years after '\(keyword.text)'\(found)", index < tokens.count ? tokens[index] : keyword)
            if index < tokens.count, !tokens[index].isComma { index += 1 }
            return nil
        }
        index += 1
        return years
    }

    private mutating func setAge(_ threshold: AgeThreshold, at token: PolicyToken) {
        if age != nil {
            report("policy.duplicate-age", "a rule has one age threshold; '\(token.text)' gives a second", token)
            return
        }
        age = threshold
    }

    private mutating func role(_ token: PolicyToken) -> Role? {
        if token.isWord, let role = Role(rawValue: token.text) {
            lastRole = role
            return role
        }
        lastRole = nil
        if token.isWord, Context(rawValue: token.text) != nil {
            report("policy.unknown-role", "'\(token.text)' is a context, not a role; write 'on \(token.text)'", token)
        } else if token.isWord, Exception(rawValue: token.text) != nil {
            report("policy.unknown-role", "'\(token.text)' is an exception, not a role; write 'unless \(token.text)'", token)
        } else {
            unknown("role", token, Role.allCases.map(\.rawValue))
        }
        return nil
    }

    private mutating func unknown(_ kind: String, _ token: PolicyToken, _ names: [String]) {
        report("policy.unknown-\(kind)", "unknown \(kind) \(token.display.quotedForMessage)" + Suggestion.clause(for: token.text, among: names), token)
    }

    private mutating func report(_ id: String, _ message: String, _ token: PolicyToken) {
        problems.append(.init(id: id, message: message, offset: token.start))
    }
}
