/// Turns the names of the merged schools, of the trust and of the
/// headteachers into `{{school}}`, `{{trust}}` and `{{headteacher}}`, and
/// the local words the author names into their placeholders, so that the
/// merged text is a template any member school can fill in. A school's name is matched in full ("Kingsthorpe Village
/// Primary School") and without each of its last words of kind
/// ("Kingsthorpe Village", "Kingsthorpe"), longest first, at word boundaries, by scanning bytes.
struct NamePlaceholders {
    /// Name bytes and their placeholder, longest names first, by first byte.
    private var names: [UInt8: [(bytes: [UInt8], placeholder: [UInt8])]]

    static let kindWords: Set<String> = [
        "primary", "school", "academy", "federation", "trust", "infant", "infants", "junior", "juniors",
        "church", "of", "england", "ce", "c", "e", "community", "village",
    ]

    init(schools: [String], trusts: [String] = [], headteachers: [String] = [], locals: [LocalWord] = []) {
        var names: [(bytes: [UInt8], placeholder: [UInt8])] = []
        func add(_ name: String, _ placeholder: String) {
            for form in Self.forms(of: name) where !names.contains(where: { $0.bytes == Array(form.utf8) }) {
                names.append((Array(form.utf8), Array(placeholder.utf8)))
            }
        }
        for trust in trusts { add(trust, "{{trust}}") }
        for school in schools { add(school, "{{school}}") }
        for headteacher in headteachers where !names.contains(where: { $0.bytes == Array(headteacher.utf8) }) {
            names.append((Array(headteacher.utf8), Array("{{headteacher}}".utf8)))
        }
        for local in locals where !names.contains(where: { $0.bytes == Array(local.word.utf8) }) {
            names.append((Array(local.word.utf8), Array(local.placeholder.utf8)))
        }
        self.names = Dictionary(grouping: names.sorted { $0.bytes.count > $1.bytes.count }) { $0.bytes[0] }
    }

    /// A name in full and less each trailing word of kind, while what is
    /// left still has a word of three letters or more that is not one of them.
    static func forms(of name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var forms = [words.joined(separator: " ")]
        var core = words
        while let last = core.last, kindWords.contains(last.lowercased()) {
            core.removeLast()
            guard core.contains(where: { $0.utf8.count >= 3 && !kindWords.contains($0.lowercased()) }) else { break }
            forms.append(core.joined(separator: " "))
        }
        return forms
    }

    func apply(_ text: String) -> String {
        guard !names.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let candidates = names[bytes[index]], Self.isBoundary(bytes, before: index),
                let match = candidates.first(where: { matches($0.bytes, in: bytes, at: index) })
            {
                out += match.placeholder
                index += match.bytes.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func matches(_ name: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + name.count <= bytes.count else { return false }
        for offset in 0..<name.count where bytes[index + offset] != name[offset] { return false }
        return Self.isBoundary(bytes, before: index + name.count)
    }

    /// No letter or digit on both sides of `index`.
    private static func isBoundary(_ bytes: [UInt8], before index: Int) -> Bool {
        func isWord(_ byte: UInt8) -> Bool {
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0x80
        }
        let left = index > 0 && isWord(bytes[index - 1])
        let right = index < bytes.count && isWord(bytes[index])
        return !(left && right)
    }
}
