/// Finds a document's title and school among its first lines: the school is
/// the first short line naming a school, academy, federation or trust; the
/// title is the first short line naming a policy.
enum MetadataFinder {
    private static let institutionWords = ["school", "academy", "federation", "trust", "college"]
    private static let policy = Array("policy".utf8)

    static func fill(_ outline: inout Outline) {
        for block in outline.blocks.prefix(8) where block.kind == .heading {
            // Words split at spaces and compared as bytes: the standard
            // library's `contains` on strings builds a searcher per call.
            let lower = block.text.lowercased()
            let words = lower.utf8.split(separator: UInt8(ascii: " "))
            var text = lower
            let namesPolicy = text.withUTF8 { ByteSearch.contains($0, policy) }
            if outline.school == nil, words.count <= 8, !namesPolicy,
               let last = words.last, institutionWords.contains(where: { $0.utf8.elementsEqual(last) }) {
                outline.school = block.text
            } else if outline.title == nil, words.count <= 14, namesPolicy {
                outline.title = block.text
            }
        }
    }
}
