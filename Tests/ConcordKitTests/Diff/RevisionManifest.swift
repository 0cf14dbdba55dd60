import Foundation
@testable import ConcordKit

/// A revision pair's list of changes (`changes/SCHOOL-changes.jsonl`), and
/// how a diff's reported changes measure up against it.
struct RevisionManifest {
    struct Entry: Decodable, CustomStringConvertible {
        var kind: String
        var old_line: Int?
        var new_line: Int?
        var old_text: String?
        var new_text: String?
        var note: String

        var description: String { "\(kind) \(old_line ?? new_line ?? 0)" }
    }

    var entries: [Entry]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        entries = try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
            try JSONDecoder().decode(Entry.self, from: Data($0.utf8))
        }
    }

    struct Result {
        var listed = 0
        /// Listed changes found, by their listed kind.
        var found: [String: Int] = [:]
        var missed: [String] = []
        /// Found, but under no kind the listed kind maps to.
        var wrongKind: [String] = []
        var rewrappedReported: [String] = []
        var falseChanges: [String] = []

        var line: String {
            let kinds = found.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return "\(listed) listed; found \(found.values.reduce(0, +)) (\(kinds)); other kind \(wrongKind.count) \(wrongKind); "
                + "missed \(missed.count) \(missed); re-wrapped reported \(rewrappedReported.count); false changes \(falseChanges.count) \(falseChanges)"
        }
    }

    /// Checks `reported` against the list. A `renumbered` entry the diff
    /// does not report (an item's list number) counts as found under
    /// another kind, never as missed words.
    func check(_ reported: [ReportedChange]) -> Result {
        var result = Result()
        var explained = [Bool](repeating: false, count: reported.count)
        for entry in entries {
            let matching = reported.indices.filter { Self.matches(entry, reported[$0]) }
            if entry.kind == "rewrapped" {
                if !matching.isEmpty { result.rewrappedReported.append("\(entry)") }
                continue
            }
            result.listed += 1
            for index in matching { explained[index] = true }
            if matching.contains(where: { Self.accepts(entry.kind, reported[$0].kinds) }) {
                result.found[entry.kind, default: 0] += 1
            } else if matching.isEmpty && entry.kind != "renumbered" {
                result.missed.append("\(entry)")
            } else {
                result.wrongKind.append("\(entry)")
            }
        }
        result.falseChanges = reported.indices.filter { !explained[$0] }.map { "\(reported[$0])" }
        return result
    }

    /// The reported kinds a listed kind maps to.
    static func accepts(_ listed: String, _ kinds: [String]) -> Bool {
        switch listed {
        case "prose-changed":
            return kinds.contains { $0.hasPrefix("prose-") || DocumentChange.Kind(rawValue: $0) != nil }
        case "renumbered":
            return kinds.contains("renumbered")
        default:
            return kinds.contains(listed)
        }
    }

    /// A reported change is about a listed one when they share most of the
    /// shorter one's terms on one side, on the lines the entry names (a
    /// reported piece may run on over a few lines; a listed one may take in
    /// a heading and the paragraph after it).
    static func matches(_ entry: Entry, _ change: ReportedChange) -> Bool {
        func near(_ listed: Int?, _ reported: Int?) -> Bool {
            guard let listed else { return false }
            guard let reported else { return true }
            return listed >= reported - 3 && listed <= reported + 12
        }
        func overlaps(_ listed: String?, _ reported: String?) -> Bool {
            guard let listed, let reported else { return false }
            let a = WordScanner.terms(listed), b = WordScanner.terms(reported)
            guard !a.isEmpty, !b.isEmpty else { return false }
            var counts: [String: Int] = [:]
            for term in b { counts[term, default: 0] += 1 }
            var shared = 0
            for term in a where counts[term, default: 0] > 0 {
                counts[term]! -= 1
                shared += 1
            }
            return Double(shared) >= 0.6 * Double(min(a.count, b.count))
        }
        return (near(entry.old_line, change.oldLine) && overlaps(entry.old_text, change.oldText))
            || (near(entry.new_line, change.newLine) && overlaps(entry.new_text, change.newText))
    }
}
