/// A word-level difference between two texts, as `git diff --word-diff`
/// shows it: runs of equal, deleted and inserted words. Joining the texts
/// of the `equal` and `delete` segments with single spaces gives the old
/// words; `equal` and `insert`, the new.
public struct Redline: Hashable, Sendable {
    public enum Operation: String, Codable, Sendable {
        case equal
        case delete
        case insert
    }

    public struct Segment: Hashable, Sendable {
        public var operation: Operation
        /// Words separated by single spaces.
        public var text: String

        public init(_ operation: Operation, _ text: String) {
            self.operation = operation
            self.text = text
        }
    }

    public var segments: [Segment]

    public init(segments: [Segment] = []) {
        self.segments = segments
    }

    public var isEmpty: Bool { segments.isEmpty }

    /// The redline of `old` against `new`, word by word (Myers' O(ND)
    /// difference over words split at white space). Within each changed
    /// stretch the deleted words come before the inserted ones.
    public static func between(_ old: String, _ new: String) -> Redline {
        between(words: WordScanner.words(old), WordScanner.words(new))
    }

    static func between(words old: [String], _ new: [String]) -> Redline {
        var segments: [Segment] = []
        var equal: [String] = [], deleted: [String] = [], inserted: [String] = []
        func flushChange() {
            if !deleted.isEmpty { segments.append(Segment(.delete, deleted.joined(separator: " "))) }
            if !inserted.isEmpty { segments.append(Segment(.insert, inserted.joined(separator: " "))) }
            deleted.removeAll()
            inserted.removeAll()
        }
        func flushEqual() {
            if !equal.isEmpty { segments.append(Segment(.equal, equal.joined(separator: " "))) }
            equal.removeAll()
        }
        for edit in MyersDiff.edits(old, new) {
            switch edit {
            case .equal(let index, _):
                flushChange()
                equal.append(old[index])
            case .delete(let index):
                flushEqual()
                deleted.append(old[index])
            case .insert(let index):
                flushEqual()
                inserted.append(new[index])
            }
        }
        flushChange()
        flushEqual()
        return Redline(segments: segments)
    }
}
