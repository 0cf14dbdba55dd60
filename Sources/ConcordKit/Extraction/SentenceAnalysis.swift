/// One sentence of a block, tokenized, with every lexicon phrase found in it.
/// Token offsets are UTF-8 offsets in the block's text.
struct SentenceAnalysis {
    typealias RoleMatch = PhraseMatcher<Role>.Match

    let tokens: [Token]
    let range: Range<Int>
    let roles: [RoleMatch]
    let contexts: [PhraseMatcher<Context>.Match]
    let exceptionSpans: [ExceptionSpan]
    let lexicon: Lexicon
    /// The modal cues, left to right (see `findCues`).
    private(set) var cues: [Cue] = []

    struct ExceptionSpan {
        var range: Range<Int>
        var exceptions: [Exception]
    }

    init(blockText: UnsafeBufferPointer<UInt8>, range: Range<Int>, lexicon: Lexicon) {
        self.range = range
        self.lexicon = lexicon
        var tokens = Tokenizer.tokenize(UnsafeBufferPointer(rebasing: blockText[range]), base: range.lowerBound)
        lexicon.vocabulary.encode(&tokens)
        self.tokens = tokens
        let notContexts = lexicon.notContexts.scan(tokens)
        self.contexts = lexicon.contexts.scan(tokens).filter { match in
            !notContexts.contains { $0.start <= match.start && match.start < $0.end }
        }
        // A role inside a context phrase ("staff mobile phones") is not a party.
        let contextTokens = Set(contexts.flatMap { Array($0.start..<$0.end) })
        let notRoles = lexicon.notRoles.scan(tokens)
        self.roles = lexicon.roles.scan(tokens).filter { match in
            !(match.start..<match.end).contains(where: contextTokens.contains)
                && !notRoles.contains { $0.start <= match.start && match.start < $0.end && match.end - match.start <= $0.end - $0.start }
        }
        self.exceptionSpans = SentenceAnalysis.findExceptions(tokens, lexicon)
        self.cues = findCues()
    }

    /// Exception conditions: a trigger ("unless", "without", "other than") and
    /// within the next ten words a phrase naming the kind of condition.
    private static func findExceptions(_ tokens: [Token], _ lexicon: Lexicon) -> [ExceptionSpan] {
        var spans: [ExceptionSpan] = []
        var index = 0
        while index < tokens.count {
            guard let trigger = lexicon.exceptionTriggers.matches(in: tokens, at: index).first else {
                index += 1
                continue
            }
            let limit = min(tokens.count, trigger.end + 12)
            var found: [Exception] = []
            var end = trigger.end
            var cursor = trigger.start
            while cursor < limit {
                if tokens[cursor].text == "." || tokens[cursor].text == ";" { break }
                if let match = lexicon.exceptions.matches(in: tokens, at: cursor).first {
                    let all = lexicon.exceptions.matches(in: tokens, at: cursor).filter { $0.end == match.end }
                    found += all.map(\.payload)
                    end = match.end
                    cursor = match.end
                    continue
                }
                cursor += 1
            }
            // Who grants the condition decides its kind: the head, leaders or
            // governors approve; parents consent; anyone else permits.
            let window = trigger.start..<limit
            let parties = lexicon.roles.scan(tokens, in: window)
            let grantsWord = tokens[window].contains { ["permission", "consent", "agreement", "agreed", "permits"].contains($0.text) }
            if grantsWord || found.contains(.withPermission) || found.contains(.withConsent) {
                let leaders: Set<Role> = [.headteacher, .seniorLeaders, .governors, .governingBoard]
                if let party = parties.first(where: { leaders.contains($0.payload) || $0.payload == .parents }) {
                    let kind: Exception = party.payload == .parents ? .withConsent : .withApproval
                    found.removeAll { $0 == .withPermission || $0 == .withConsent || $0 == .withApproval }
                    found.append(kind)
                    end = max(end, party.end)
                    // "… of parents / carers": the rest of the party's list.
                    for next in parties where next.start >= end && next.start - end <= 2
                        && tokens[end..<next.start].allSatisfy({ ["/", "or", "and", ",", "the", "their"].contains($0.text) }) {
                        end = next.end
                    }
                } else if found.isEmpty, grantsWord {
                    found.append(.withPermission)
                    end = max(end, tokens[window].lastIndex { ["permission", "consent", "agreement", "agreed"].contains($0.text) }.map { $0 + 1 } ?? end)
                }
            }
            if !found.isEmpty {
                // "… consent of parents / carers": the party is part of it.
                var cursor = end
                if cursor < tokens.count, ["of", "from", "by"].contains(tokens[cursor].text) {
                    cursor += 1
                    while cursor < tokens.count, let role = lexicon.roles.matches(in: tokens, at: cursor).first
                            ?? (["the", "a", "their", "/", "or", "and", "member", "of"].contains(tokens[cursor].text) ? PhraseMatcher<Role>.Match(start: cursor, end: cursor + 1, payload: .school, order: 0) : nil) {
                        cursor = role.end
                        end = cursor
                    }
                }
                spans.append(ExceptionSpan(range: trigger.start..<end, exceptions: found))
                index = end
            } else {
                index = trigger.end
            }
        }
        return spans
    }

    func words(_ range: Range<Int>) -> [String] {
        tokens[range].filter(\.isWord).map(\.text)
    }

    func isInsideException(_ index: Int) -> Bool {
        exceptionSpans.contains { $0.range.contains(index) }
    }

    func has(_ matcher: PhraseMatcher<Bool>, in range: Range<Int>) -> Bool {
        !matcher.scan(tokens, in: range).isEmpty
    }

    func firstMatch(_ matcher: PhraseMatcher<Bool>, in range: Range<Int>) -> PhraseMatcher<Bool>.Match? {
        matcher.scan(tokens, in: range).first
    }

    /// Roles matched in `range`, in order, without possessives ("the school's").
    func roleMatches(in range: Range<Int>, possessives: Bool = true) -> [RoleMatch] {
        roles.filter { range.contains($0.start) && $0.end <= range.upperBound }
            .filter { possessives || !isPossessive($0) }
    }

    func isPossessive(_ match: RoleMatch) -> Bool {
        match.end < tokens.count && tokens[match.end].text == "'s"
    }
}
