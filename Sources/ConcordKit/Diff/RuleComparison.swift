/// How two rules differ: the change kinds their fields give, how alike they
/// are, and the differences in words.
struct RuleComparison {
    var old: Rule
    var new: Rule

    /// `tightened`, `loosened`, `reversed`, `threshold-changed` and
    /// `scope-changed`, as they apply; empty for equal rules.
    var kinds: [ChangeKind] {
        var kinds: [ChangeKind] = []
        if let modality = Self.modalityChange(from: old.modality, to: new.modality) { kinds.append(modality) }
        if old.age != new.age { kinds.append(.thresholdChanged) }
        if old.subject != new.subject || old.action != new.action || old.audience != new.audience
            || old.context != new.context || old.exceptions != new.exceptions
        {
            kinds.append(.scopeChanged)
        }
        return kinds
    }

    /// Within a polarity the stronger verb is tighter; `may` is the loosest
    /// end of both scales; a duty turned prohibition (or back) is `reversed`.
    static func modalityChange(from old: Modality, to new: Modality) -> ChangeKind? {
        if old == new { return nil }
        if old == .may || new == .may || old.isProhibition == new.isProhibition {
            return new.strength > old.strength ? .tightened : .loosened
        }
        return .reversed
    }

    /// From 0 (nothing alike) to 1 (equal): the action counts most, then who
    /// is bound and towards whom, then modality, age and circumstances.
    var similarity: Double {
        var score = 0.0
        if old.action == new.action { score += 0.35 }
        score += 0.2 * Self.jaccard(old.subject, new.subject)
        score += 0.15 * Self.jaccard(old.audience, new.audience)
        if old.modality == new.modality {
            score += 0.1
        } else if old.modality.isProhibition == new.modality.isProhibition {
            score += 0.05
        }
        if old.age == new.age { score += 0.1 }
        score += 0.05 * Self.jaccard(old.context, new.context)
        score += 0.05 * Self.jaccard(old.exceptions, new.exceptions)
        return score
    }

    /// What changed, for people: "should-not → must-not", "age: under 16
    /// ex-pupils → under 18 ex-pupils", "audience: +volunteers −pupils".
    var notes: [String] {
        var notes: [String] = []
        if old.modality != new.modality { notes.append("\(old.modality.rawValue) → \(new.modality.rawValue)") }
        if old.action != new.action { notes.append("action: \(old.action.rawValue) → \(new.action.rawValue)") }
        if old.age != new.age { notes.append("age: \(Self.describe(old.age)) → \(Self.describe(new.age))") }
        Self.noteSets("subject", old.subject, new.subject, into: &notes)
        Self.noteSets("audience", old.audience, new.audience, into: &notes)
        Self.noteSets("context", old.context, new.context, into: &notes)
        Self.noteSets("exceptions", old.exceptions, new.exceptions, into: &notes)
        return notes
    }

    static func describe(_ age: AgeThreshold?) -> String {
        guard let age else { return "none" }
        return "\(age.comparator.rawValue) \(age.years) \(age.appliesTo.rawValue)"
    }

    private static func noteSets<T: RawRepresentable & Hashable>(_ field: String, _ old: [T], _ new: [T], into notes: inout [String]) where T.RawValue == String {
        guard old != new else { return }
        let oldSet = Set(old), newSet = Set(new)
        let added = new.filter { !oldSet.contains($0) }.map { "+" + $0.rawValue }
        let removed = old.filter { !newSet.contains($0) }.map { "−" + $0.rawValue }
        notes.append("\(field): " + (added + removed).joined(separator: " "))
    }

    /// Shared over all members of two id lists (kept sorted and without
    /// duplicates by `Rule`, so a merge walk suffices); 1 for two empty lists.
    private static func jaccard<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }
}
