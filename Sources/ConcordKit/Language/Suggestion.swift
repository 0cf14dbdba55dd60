/// "Did you mean …": the closest known name to a misspelled one, by edit
/// distance over Unicode scalars.
public enum Suggestion {
    /// The closest of `names` to `word`, if it is close enough to be a typo
    /// (at most two edits, or a third of the word for long words).
    public static func closest(to word: String, among names: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (name: String, distance: Int)?
        for name in names {
            let distance = editDistance(lowered, name)
            if distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        guard let best, best.distance <= max(2, lowered.unicodeScalars.count / 3) else { return nil }
        return best.name
    }

    /// `; did you mean 'x'?` or nothing.
    static func clause(for word: String, among names: [String]) -> String {
        closest(to: word, among: names).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
