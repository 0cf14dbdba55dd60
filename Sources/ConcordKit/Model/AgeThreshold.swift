/// An age limit in a clause: "(past pupils) under the age of 16".
public struct AgeThreshold: Codable, Hashable, Sendable {
    public enum Comparator: String, Codable, Sendable, CaseIterable {
        case under
        case over
    }

    public var comparator: Comparator
    public var years: Int
    /// The role the age qualifies ("ex-pupils" in "past pupils under 16").
    public var appliesTo: Role

    public init(comparator: Comparator, years: Int, appliesTo: Role) {
        self.comparator = comparator
        self.years = years
        self.appliesTo = appliesTo
    }
}
