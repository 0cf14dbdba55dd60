/// A local word the author names for `merge --local` (a council, a town)
/// and the placeholder it becomes: `Warwickshire` → `{{local-warwickshire}}`,
/// `county=Warwickshire` → `{{local-county}}`.
public struct LocalWord: Hashable, Sendable {
    public var word: String
    /// The placeholder's name, `local-` and a lower-case name.
    public var name: String

    /// Reads `WORD` or `NAME=WORD`; nil where the word is empty.
    public init?(_ argument: String) {
        var name = argument
        var word = argument
        if let equals = argument.firstIndex(of: "=") {
            name = String(argument[..<equals])
            word = String(argument[argument.index(after: equals)...])
        }
        word = word.trimmingSpaces
        guard !word.isEmpty else { return nil }
        var slug = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug += scalar.properties.lowercaseMapping
            } else {
                pendingDash = true
            }
        }
        guard !slug.isEmpty else { return nil }
        self.word = word
        self.name = "local-" + slug
    }

    public var placeholder: String { "{{\(name)}}" }
}
