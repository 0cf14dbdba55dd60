import ConcordKit

/// Formats diagnostics for people: `path:line:column: error: message`, then
/// the source line and a caret under the column, then any notes. Colour only
/// when asked (on a terminal without `NO_COLOR`).
public struct DiagnosticRenderer {
    public var path: String
    /// The file's lines, to quote; empty to quote nothing.
    public var lines: [String]
    public var useColour: Bool

    public init(path: String, lines: [String], useColour: Bool = false) {
        self.path = path
        self.lines = lines
        self.useColour = useColour
    }

    /// Longest stretch of a source line quoted around the caret.
    static let window = 160

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = path
        if let location = diagnostic.location { out += ":\(location.line):\(location.column)" }
        out += ": " + paint(diagnostic.severity.rawValue + ":", diagnostic.severity) + " " + diagnostic.message + "\n"
        if let location = diagnostic.location, location.line >= 1, location.line <= lines.count {
            let line = Array(lines[location.line - 1])
            let column = min(max(location.column - 1, 0), line.count)
            let start = max(0, column - Self.window / 2)
            let end = min(line.count, start + Self.window)
            let shown = String(line[start..<end])
            let pad = String(line[start..<column].map { $0 == "\t" ? "\t" : " " })
            out += "    " + (start > 0 ? "…" : "") + shown + (end < line.count ? "…" : "") + "\n"
            out += "    " + (start > 0 ? " " : "") + pad + paint("^", diagnostic.severity) + "\n"
        }
        for note in diagnostic.notes { out += "    note: " + note + "\n" }
        return out
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    private func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
        guard useColour else { return text }
        let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }
}
