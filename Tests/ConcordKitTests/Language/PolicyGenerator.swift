@testable import ConcordKit

/// Makes random policies with awkward text (quotes, backslashes, control
/// characters, Unicode, placeholders, empty strings and lists) for
/// round-trip tests.
struct PolicyGenerator {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    private static let fragments = [
        "Staff", "must not", "post", "\"friends\"", "'quoted'", "back\\slash", "\\\"", "{{school}}", "{{headteacher}}",
        "{{ unknown }}", "{{", "}}", "café", "naïve", "日本語", "😀", "‘smart’", "—", "tab\there", "line\nbreak", "cr\rhere",
        "#hash", "@12", ",", "-", "  ", "", "\u{7}", "\u{2028}", "\u{A0}", "rule", "clause", "section", "must-not", "under 16",
    ]

    mutating func text(allowEmpty: Bool = true) -> String {
        let count = Int.random(in: allowEmpty ? 0...8 : 1...8, using: &random)
        var out = ""
        for index in 0..<count {
            if index > 0, Bool.random(using: &random) { out += " " }
            out += Self.fragments.randomElement(using: &random)!
        }
        return out
    }

    mutating func optionalText() -> String? { Bool.random(using: &random) ? text() : nil }

    mutating func id(_ prefix: String, _ ordinal: Int) -> String {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: return "\(prefix) \(ordinal)"
        case 1: return "\"\(prefix)\(ordinal)\""
        default: return "\(prefix)\(ordinal)"
        }
    }

    mutating func line() -> Int { Bool.random(using: &random) ? 0 : Int.random(in: 1...5000, using: &random) }

    mutating func some<T: CaseIterable>(_ type: T.Type, max: Int = 3) -> [T] {
        let all = Array(T.allCases)
        return (0..<Int.random(in: 0...max, using: &random)).map { _ in all.randomElement(using: &random)! }
    }

    mutating func rule() -> Rule {
        var rule = Rule(subject: some(Role.self), modality: Modality.allCases.randomElement(using: &random)!,
                        action: Action.allCases.randomElement(using: &random)!, audience: some(Role.self),
                        context: some(Context.self), exceptions: some(Exception.self, max: 2))
        if Bool.random(using: &random) {
            rule.age = AgeThreshold(comparator: Bool.random(using: &random) ? .under : .over,
                                    years: Int.random(in: 0...99, using: &random), appliesTo: Role.allCases.randomElement(using: &random)!)
        }
        return rule
    }

    mutating func historyEntry() -> HistoryEntry {
        let versions = ["1.0", "2.3.1", "", "-", "v2", "draft one", "10"]
        return HistoryEntry(version: Bool.random(using: &random) ? versions.randomElement(using: &random)! : text(),
                            date: optionalText(), purpose: optionalText(), lead: optionalText(),
                            line: Bool.random(using: &random) ? nil : line())
    }

    mutating func document(_ number: Int) -> PolicyDocument {
        var document = PolicyDocument(name: "generated-\(number)", title: optionalText(), school: optionalText(), trust: optionalText())
        document.history = (0..<Int.random(in: 0...4, using: &random)).map { _ in historyEntry() }
        document.definitions = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            Definition(term: Role.allCases.randomElement(using: &random)!, meaning: some(Role.self), line: Bool.random(using: &random) ? nil : line())
        }
        var clauseNumber = 0
        for sectionNumber in 0..<Int.random(in: 0...5, using: &random) {
            var section = Section(id: id("S", sectionNumber), heading: optionalText(), line: Bool.random(using: &random) ? nil : line())
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                if Bool.random(using: &random) {
                    clauseNumber += 1
                    var clause = Clause(id: id("C", clauseNumber), text: text(), line: line(), section: section.id, rule: rule())
                    if Int.random(in: 0..<4, using: &random) == 0 {
                        clause.provenance = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                            Provenance(document: text(allowEmpty: false), clause: id("C", Int.random(in: 1...9, using: &random)))
                        }
                    }
                    section.items.append(.clause(clause))
                } else {
                    let kinds: [Passage.Kind] = [.paragraph, .listItem, .note]
                    section.items.append(.passage(Passage(kind: kinds.randomElement(using: &random)!, text: text(), line: line())))
                }
            }
            document.sections.append(section)
        }
        return document
    }
}
