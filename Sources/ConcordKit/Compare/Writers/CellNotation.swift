/// The short forms every compare writer shares: a symbol per modality for
/// the terminal, column letters, and a position in words.
public enum CellNotation {
    /// Filled for `must`, hollow for `should`; up for duties, down for
    /// prohibitions; a circle for a permission.
    public static func symbol(_ modality: Modality) -> String {
        switch modality {
        case .must: return "▲"
        case .should: return "△"
        case .may: return "○"
        case .mustNot: return "▼"
        case .shouldNot: return "▽"
        }
    }

    public static let gap = "·"

    /// The entries of the terminal matrix's legend.
    public static let legend = [
        "▲ must", "△ should", "○ may", "▼ must not", "▽ should not", "· says nothing",
        "<16 under 16", ">13 over 13", "* with exceptions", "@ only in some contexts", "+n more clauses",
    ]

    /// "<16", ">13".
    public static func age(_ age: AgeThreshold) -> String {
        (age.comparator == .under ? "<" : ">") + String(age.years)
    }

    /// A cell in a few characters: "▼<18*@+2".
    public static func compact(_ cell: Cell) -> String {
        let position = cell.position
        var text = symbol(position.modality)
        if let age = position.age { text += self.age(age) }
        if !position.exceptions.isEmpty { text += "*" }
        if !position.context.isEmpty { text += "@" }
        if cell.clauses.count > 1 { text += "+\(cell.clauses.count - 1)" }
        return text
    }

    /// A position in words: "must not, under 16 (ex-pupils), on
    /// personal-account, unless with-approval".
    public static func words(_ position: Position) -> String {
        var text = position.modality.phrase
        if let age = position.age {
            text += ", \(age.comparator.rawValue) \(age.years) (\(age.appliesTo.rawValue))"
        }
        if !position.context.isEmpty { text += ", on " + position.context.map(\.rawValue).joined(separator: ", ") }
        if !position.exceptions.isEmpty { text += ", unless " + position.exceptions.map(\.rawValue).joined(separator: ", ") }
        return text
    }

    /// Column letters: A…Z, then AA, AB, ….
    public static func letter(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
