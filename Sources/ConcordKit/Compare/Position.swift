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
    /// permits, where they apply to the same contexts. Being discouraged
    /// from what is permitted is not a conflict.
    public func conflicts(with other: Position) -> Bool {
        guard modality.isProhibition != other.modality.isProhibition else { return false }
        let pair: Set<Modality> = [modality, other.modality]
        if pair == [.shouldNot, .may] { return false }
        if !context.isEmpty, !other.context.isEmpty, Set(context).isDisjoint(with: other.context) { return false }
        return true
    }
}
