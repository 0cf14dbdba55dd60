/// Decides which NEW section each OLD section became, so that a clause is
/// `moved` only when it changed section, not when sections were renumbered.
///
/// Sections pair by heading (its terms, numbering ignored); the untitled
/// opening sections pair with each other. An OLD section left over goes to
/// the NEW section (itself left over) that received most of its clauses:
/// a renamed heading keeps its clauses unmoved.
struct SectionMatcher {
    /// OLD section id → NEW section id. `pairs` holds the sections of the
    /// two clauses of each pair.
    func match(_ old: PolicyDocument, _ new: PolicyDocument, pairs: [(old: String?, new: String?)]) -> [String: String] {
        var mapping: [String: String] = [:]
        var newByKey: [String: [String]] = [:]
        for section in new.sections { newByKey[Self.key(section), default: []].append(section.id) }
        var used = Set<String>()
        var taken: [String: Int] = [:]
        for section in old.sections {
            let key = Self.key(section)
            guard let ids = newByKey[key] else { continue }
            let next = taken[key, default: 0]
            guard next < ids.count else { continue }
            taken[key] = next + 1
            mapping[section.id] = ids[next]
            used.insert(ids[next])
        }
        var votes: [String: [String: Int]] = [:]
        for (from, to) in pairs {
            let from = from ?? "", to = to ?? ""
            guard mapping[from] == nil, !used.contains(to) else { continue }
            votes[from, default: [:]][to, default: 0] += 1
        }
        for section in old.sections where mapping[section.id] == nil {
            guard let counts = votes[section.id] else { continue }
            let best = counts.filter { !used.contains($0.key) }.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
            if let best {
                mapping[section.id] = best.key
                used.insert(best.key)
            }
        }
        return mapping
    }

    /// The heading's terms without a leading number; "" for no heading.
    static func key(_ section: Section) -> String {
        guard var text = section.heading else { return "" }
        if let (first, rest) = WordScanner.firstWord(of: text), WordScanner.isMarker(first) || isSectionLetter(first) { text = rest }
        // The terms joined by single spaces, written straight into one buffer.
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        WordScanner.forEachTerm(in: text, into: &key) { key, term in
            if !key.isEmpty { key.append(0x20) }
            key.append(contentsOf: term)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// "A." or "B" at the start of a heading.
    static func isSectionLetter(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { isSectionLetter($0) }
    }

    /// `isSectionLetter` of a word's bytes, read in place.
    static func isSectionLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.last == 0x2E ? bytes.count - 1 : bytes.count
        return count == 1 && bytes[0] >= 0x41 && bytes[0] <= 0x5A
    }
}
