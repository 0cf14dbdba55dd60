/// Where the normalized fields leave a topic open and text decides: a clause
/// whose action splits by audience (befriend, contact, report, …) but that
/// names no audience ("Staff must never accept friend or follower requests")
/// joins the topic of the same subject class and action whose clauses share
/// the most of its content words, counting only words that tell those topics
/// apart (not the ones all of them use) and only if enough are shared;
/// otherwise it stays in the topic without an audience. Each ambiguous clause
/// is measured against at most one topic per audience group, so the cost
/// stays linear in the number of clauses.
struct AmbiguousAudience {
    /// Distinguishing words a clause must share with a topic, and the share
    /// of its content words they must make up. A topic that is the only
    /// candidate has nothing to be told apart from, so it needs one more.
    static let minimumShared = 2
    static let minimumShare = 0.5

    struct Pending {
        var document: Int
        var clause: Clause
        var key: TopicKey
    }

    var pending: [Pending] = []

    /// Whether `key` is open: its action splits by audience but it has none.
    static func isOpen(_ key: TopicKey) -> Bool {
        key.audience == nil && TopicVocabulary.audienceMatters(key.action)
    }

    /// The topic each pending clause joins, given every topic's clauses.
    func resolve(in topics: [TopicKey: [[Clause]]]) -> [(Pending, TopicKey)] {
        var candidates: [TopicKey: [TopicKey]] = [:]
        for key in topics.keys where key.audience != nil && TopicVocabulary.audienceMatters(key.action) {
            candidates[TopicKey(subjectClass: key.subjectClass, action: key.action), default: []].append(key)
        }
        var profiles: [TopicKey: [TopicKey: Set<String>]] = [:]
        return pending.map { item in
            guard let keys = candidates[item.key]?.sorted() else { return (item, item.key) }
            if profiles[item.key] == nil { profiles[item.key] = Self.distinguishing(keys, in: topics) }
            let words = ContentWords(item.clause.text).words
            let needed = max(keys.count == 1 ? Self.minimumShared + 1 : Self.minimumShared, Int((Double(words.count) * Self.minimumShare).rounded(.up)))
            var best: (key: TopicKey, shared: Int)?
            for key in keys {
                let shared = words.filter(profiles[item.key]![key]!.contains).count
                if shared >= needed, shared > (best?.shared ?? 0) { best = (key, shared) }
            }
            return (item, best?.key ?? item.key)
        }
    }

    /// Each topic's content words, less those every one of `keys` uses.
    static func distinguishing(_ keys: [TopicKey], in topics: [TopicKey: [[Clause]]]) -> [TopicKey: Set<String>] {
        var profiles: [TopicKey: Set<String>] = [:]
        for key in keys {
            profiles[key] = topics[key]!.joined().reduce(into: Set<String>()) { $0.formUnion(ContentWords($1.text).words) }
        }
        guard keys.count > 1 else { return profiles }
        let common = keys.dropFirst().reduce(profiles[keys[0]]!) { $0.intersection(profiles[$1]!) }
        return profiles.mapValues { $0.subtracting(common) }
    }
}
