/// What one clause says on a topic, without its words: how strongly, under
/// which age, where, and unless what.
public struct Position: Hashable, Sendable {
    public var modality: Modality
    public var age: AgeThreshold?
    public var context: [Context]
    public var exceptions: [Exception]

    public init(modality: Modality, age: AgeThreshold? = nil, context: [Context] = [], exceptions: [Exception] = []) {
        self.modality = modality
        self.age = age
        self.context = context
        self.exceptions = exceptions
    }

    /// A rule's position on the topic `key`. An age that qualifies another
    /// audience group of the same clause is left out: in "must not befriend
    /// pupils (including past pupils under 16)" the 16 is about ex-pupils,
    /// not pupils.
    public init(_ rule: Rule, on key: TopicKey) {
        var age = rule.age
        if let threshold = age, let group = key.audience,
            rule.audience.contains(threshold.appliesTo), !group.contains(threshold.appliesTo)
        {
            age = nil
        }
        self.init(modality: rule.modality, age: age, context: rule.context, exceptions: rule.exceptions)
    }

    /// The same stance: equal modality, age limit (whoever it is said of),
    /// contexts and exceptions.
    public func agrees(with other: Position) -> Bool {
        modality == other.modality && context == other.context && exceptions == other.exceptions
            && age?.comparator == other.age?.comparator && age?.years == other.age?.years
    }

    /// One forbids or discourages what the other requires, advises or
    /// permits, in the same cases. Being discouraged from what is permitted
    /// is not a conflict; nor is a permission beside a prohibition that has
    /// its exceptions ("unless the head agrees"); nor positions in settings
    /// no case shares (a school account and a personal one); nor a general
    /// position beside one limited to some settings ("encouraged to use
    /// social media" and "must not during lessons"), which refines it.
    public func conflicts(with other: Position) -> Bool {
        guard modality.isProhibition != other.modality.isProhibition else { return false }
        let pair: Set<Modality> = [modality, other.modality]
        if pair == [.shouldNot, .may] { return false }
        let (prohibition, other) = modality.isProhibition ? (self, other) : (other, self)
        if other.modality == .may, !prohibition.exceptions.isEmpty { return false }
        guard prohibition.context.isEmpty == other.context.isEmpty else { return false }
        return canApplyTogether(prohibition.context, other.context)
    }

    /// Whether some case lies in both lists of settings. A list holds in
    /// any of its settings of one kind ("personal accounts or personal
    /// phones" is two kinds, both at once; "in school or at events" one) and
    /// an empty list everywhere: the lists share no case where, for some
    /// kind both name, every setting of one excludes every one of the other.
    private func canApplyTogether(_ first: [Context], _ second: [Context]) -> Bool {
        !first.contains { a in
            let mine = first.filter { $0.isSameKind(as: a) }
            let theirs = second.filter { $0.isSameKind(as: a) }
            return !theirs.isEmpty && mine.allSatisfy { m in theirs.allSatisfy { m.excludes($0) } }
        }
    }
}
