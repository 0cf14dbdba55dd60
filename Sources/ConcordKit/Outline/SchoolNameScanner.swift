/// Finds the name a document gives its school in its text, for a document
/// with no title lines: the name ending in School, Academy, College,
/// Nursery, Pre-school or Federation it gives most often ("Cressleigh
/// Moor Primary School recognises …"), else the capitalised name after
/// "at" it gives most often ("… used by school staff at Todwick").
enum SchoolNameScanner {
    private static let endings: Set<String> = ["School", "Academy", "College", "Nursery", "Pre-school", "Preschool", "Federation"]
    /// Capitalised words that open a sentence or name a time, not a place.
    private static let notNames: Set<String> = [
        "The", "This", "That", "These", "All", "Any", "Our", "School", "Academy", "Home", "Work", "Least", "First",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    static func mostNamed(in blocks: [OutlineBlock]) -> String? {
        var named: [String: Int] = [:]
        var placed: [String: Int] = [:]
        for block in blocks where block.kind != .note {
            let words = block.text.split(separator: " ").map { $0.trimmingPunctuation() }
            for (index, word) in words.enumerated() where endings.contains(word) {
                // The capitalised words before the ending ("Cressleigh Moor Primary").
                var start = index
                while start > 0, let first = words[start - 1].first, first.isUppercase, index - start < 5 { start -= 1 }
                while start < index, notNames.contains(words[start]) { start += 1 }
                if start < index { named[words[start...index].joined(separator: " "), default: 0] += 1 }
            }
            for (index, word) in words.enumerated() where word == "at" && index + 1 < words.count {
                let name = words[index + 1]
                guard let first = name.first, first.isUppercase, name.count > 2, !notNames.contains(name),
                      name.allSatisfy(\.isLetter) else { continue }
                placed[name, default: 0] += 1
            }
        }
        return mostFrequent(named) ?? mostFrequent(placed)
    }

    private static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}

private extension Substring {
    /// The word without the punctuation around it.
    func trimmingPunctuation() -> String {
        let isMark: (Character) -> Bool = { !$0.isLetter && !$0.isNumber && $0 != "-" }
        return String(drop(while: isMark).reversed().drop(while: isMark).reversed())
    }
}
