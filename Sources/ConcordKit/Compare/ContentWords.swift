/// The content words of a clause's text, for the one place topics use text
/// similarity: lower-cased ASCII letter runs of three or more, a plural "s"
/// dropped, without function words, modal vocabulary (which says how
/// strongly, not what about) and the names of parties (which the normalized
/// subject and audience already hold). Scans UTF-8 bytes.
struct ContentWords: Sendable {
    var words: Set<String>

    init(_ text: String) {
        var words = Set<String>()
        var current: [UInt8] = []
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard current.count >= 3 else { return }
            if current.count > 3, current.last == UInt8(ascii: "s"), current[current.count - 2] != UInt8(ascii: "s") {
                current.removeLast()
            }
            let word = String(decoding: current, as: UTF8.self)
            if !Self.stopWords.contains(word) { words.insert(word) }
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default: flush()
            }
        }
        flush()
        self.words = words
    }


    static let stopWords: Set<String> = [
        "the", "and", "any", "are", "for", "from", "has", "have", "into", "its", "not", "that", "their", "them",
        "they", "thi", "this", "those", "with", "who", "will", "would", "which", "all", "other", "such", "also",
        "must", "should", "may", "never", "can", "cannot", "shall", "permitted", "allowed", "advised", "strongly",
        "required", "expected", "only", "under", "over", "age", "school", "social", "media", "site", "network",
        "networking", "online", "personal", "account", "use", "using", "staff", "member", "teacher", "employee",
        "governor", "volunteer", "contractor", "visitor", "pupil", "student", "child", "children", "learner",
        "parent", "carer", "head", "headteacher", "leader", "senior", "everyone", "user", "colleague", "people",
        "person", "adult", "ensure", "make", "sure",
    ]
}
