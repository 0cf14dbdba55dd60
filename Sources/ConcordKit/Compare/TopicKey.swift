/// What makes two clauses the same topic: the same action, by the same
/// class of subject, towards the same audience group (nil where the action's
/// audience does not matter or the clause names no one in particular).
/// Grouping hashes these keys; it never compares clauses pairwise.
public struct TopicKey: Hashable, Sendable, Comparable {
    public var subjectClass: SubjectClass
    public var action: Action
    public var audience: AudienceGroup?

    public init(subjectClass: SubjectClass, action: Action, audience: AudienceGroup? = nil) {
        self.subjectClass = subjectClass
        self.action = action
        self.audience = audience
    }

    /// The keys of every topic a rule speaks to: one per subject class it
    /// binds, times one per audience group where the action's audience
    /// matters ("staff must not befriend pupils or ex-pupils" is two topics).
    public static func keys(of rule: Rule) -> [TopicKey] {
        let groups: [AudienceGroup?]
        if TopicVocabulary.audienceMatters(rule.action) {
            let named = AudienceGroup.groups(of: rule.audience)
            groups = named.isEmpty ? [nil] : named
        } else {
            groups = [nil]
        }
        return SubjectClass.classes(of: rule.subject).flatMap { subjectClass in
            groups.map { TopicKey(subjectClass: subjectClass, action: rule.action, audience: $0) }
        }
    }

    /// A stable identifier: `staff/befriend/ex-pupils`, `school/monitor`.
    public var id: String {
        var id = subjectClass.rawValue + "/" + action.rawValue
        if let audience { id += "/" + audience.rawValue }
        return id
    }

    /// Rows are ordered by subject class, then action, then audience (none
    /// first).
    public static func < (lhs: TopicKey, rhs: TopicKey) -> Bool {
        if lhs.subjectClass != rhs.subjectClass { return lhs.subjectClass < rhs.subjectClass }
        if lhs.action != rhs.action { return lhs.action < rhs.action }
        return (lhs.audience?.ordinal ?? -1) < (rhs.audience?.ordinal ?? -1)
    }
}
