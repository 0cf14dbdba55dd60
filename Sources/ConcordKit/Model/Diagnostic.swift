/// A 1-based position in a source file.
public struct SourceLocation: Codable, Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A problem found in an input, with a stable id and a location. The library
/// returns diagnostics; only the command line prints them.
public struct Diagnostic: Codable, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    /// Stable identifier such as `outline.repeated-version`.
    public var id: String
    /// Lower case, no final period, source text in single quotes.
    public var message: String
    public var location: SourceLocation?
    public var notes: [String]

    public init(
        _ severity: Severity, _ id: String, _ message: String,
        at location: SourceLocation? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.id = id
        self.message = message
        self.location = location
        self.notes = notes
    }
}
