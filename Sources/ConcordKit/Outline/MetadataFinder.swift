/// Finds a document's title and school among its first lines: the school is
/// the first short line naming a school, academy, federation or trust; the
/// title is the first short line naming a policy.
enum MetadataFinder {
    private static let institutionWords = ["school", "academy", "federation", "trust", "college"]

    static func fill(_ outline: inout Outline) {
        for block in outline.blocks.prefix(8) where block.kind == .heading {
            let lower = block.text.lowercased()
            let words = lower.split(separator: " ")
            if outline.school == nil, words.count <= 8, !lower.contains("policy"),
               let last = words.last, institutionWords.contains(String(last)) {
                outline.school = block.text
            } else if outline.title == nil, words.count <= 14, lower.contains("policy") {
                outline.title = block.text
            }
        }
    }
}
