import Testing
@testable import ConcordKit

/// Trimming and lower-casing a line's text: ASCII by byte, other text
/// scalar by scalar, as the standard library does.
@Suite struct LineTextTests {
    /// Every scalar, alone and between ASCII capitals, lower-cased as
    /// `lowercased()` does.
    @Test func lowerCasingAgreesWithTheStandardLibrary() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "AB\(scalar)CD", "Σ\(scalar)Σ "] where lowercasedText(text) != text.lowercased() {
                mismatches.append(value)
            }
        }
        #expect(mismatches.isEmpty)
        for text in ["", "abc", "POLICY", "Version ✓", "ÉCOLE", "İstanbul", "STRASSE ß", "ΟΔΟΣ", "ﬁle", "\u{212A}elvin"] {
            #expect(lowercasedText(text) == text.lowercased(), "\(text)")
        }
    }

    @Test func trimmingRemovesOnlyBlanks() {
        #expect(trimmedRight("a b \t\u{00A0}\u{0B}\u{0C}") == "a b")
        #expect(trimmedLeft(" \t\u{00A0}a b ") == "a b ")
        #expect(trimmedRight("café") == "café" && trimmedLeft("édition") == "édition")
        #expect(trimmedRight(" \u{00A0}") == "" && trimmedLeft("") == "")
        #expect(trimmedRight("\u{00A0}x") == "\u{00A0}x")
    }
}
