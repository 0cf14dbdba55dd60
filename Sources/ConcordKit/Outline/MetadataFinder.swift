/// Finds a document's title and school among its first lines: the school is
/// the first short line naming a school, academy, federation or trust; the
/// title is the first short line naming a policy.
enum MetadataFinder {
    private static let institutionWords = ["school", "academy", "federation", "trust", "college"]

    static func fill(_ outline: inout Outline) {
        for block in outline.blocks.prefix(8) where block.kind == .heading {
            // Words split at spaces and compared as bytes: the standard
            // library's `contains` on strings builds a searcher per call.
            let lower = block.text.lowercased()
            let words = lower.utf8.split(separator: UInt8(ascii: " "))
            let namesPolicy = contains(lower, "policy")
            if outline.school == nil, words.count <= 8, !namesPolicy,
               let last = words.last, institutionWords.contains(where: { $0.utf8.elementsEqual(last) }) {
                outline.school = block.text
            } else if outline.title == nil, words.count <= 14, namesPolicy {
                outline.title = block.text
            }
        }
    }

    /// Whether the bytes of `word` occur in `text`.
    static func contains(_ text: String, _ word: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard needle.count <= bytes.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                if UnsafeBufferPointer(rebasing: bytes[start..<start + needle.count]).elementsEqual(needle) { return true }
            }
            return false
        }
    }
}
