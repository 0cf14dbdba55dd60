import Testing
@testable import ConcordKit

/// Policy text in Markdown renders as the same text: block markers at the
/// start of a line and `&` are escaped as well as inline syntax.
@Suite struct MarkdownEscapingTests {
    static func escaped(_ text: String) -> String {
        var out = ""
        appendMarkdownEscaped(text, to: &out)
        return out
    }

    @Test(arguments: [
        ("---", "\\---"),
        ("- a point", "\\- a point"),
        ("+ a point", "\\+ a point"),
        ("1. Staff must", "1\\. Staff must"),
        ("12) Staff must", "12\\) Staff must"),
        ("# Heading", "\\# Heading"),
        ("> quoted", "\\> quoted"),
        ("Title\n===", "Title\n\\==="),
        ("Title\n  ---", "Title\n  \\---"),
        ("Fish &amp; chips &copy; 2024", "Fish \\&amp; chips \\&copy; 2024"),
        ("e-safety, 1.5 metres, a+b=c, 2024-25", "e-safety, 1.5 metres, a+b=c, 2024-25"),
        ("Plain words.", "Plain words."),
    ])
    func blockMarkersAndEntitiesAreEscaped(_ text: String, _ expected: String) {
        #expect(Self.escaped(text) == expected)
    }

    /// CommonMark reads a backslash before ASCII punctuation as that
    /// character: taking the escapes out gives the text back.
    @Test func escapingLosesNothing() {
        for text in ["--- & ---", "1. a\n2. b", "=== \n- x", "a \\ b", "&#169; &lt;"] {
            var plain = ""
            var escaping = false
            for character in Self.escaped(text) {
                if !escaping, character == "\\" { escaping = true; continue }
                escaping = false
                plain.append(character)
            }
            #expect(plain == text)
        }
    }
}
