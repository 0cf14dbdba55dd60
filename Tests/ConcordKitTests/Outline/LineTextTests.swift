import Testing
@testable import ConcordKit

/// The outline reads ASCII text as bytes and other text as the standard
/// library does; each pair of ways must agree.
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

    /// Title case from bytes (ASCII) and from characters (beyond it) give
    /// the same words.
    @Test func titleCaseAgreesBeyondASCII() {
        for title in ["ORRINSBY CE PRIMARY SCHOOL", "E-SAFETY POLICY FOR STUDENTS", "KS2 PTA ICT RULES", "THE  OLD SCHOOL ",
                      "A GUIDE TO THE USE OF SOCIAL MEDIA", "(ICT) CODE OF CONDUCT", "2024 POLICY", ""] {
            #expect(TitleCase.named(title + " –") == TitleCase.named(title) + " –", "\(title)")
        }
    }

    /// A bracketed acronym goes whether the name before it is ASCII or not.
    @Test func acronymsGoBeforeAndBeyondASCII() {
        #expect(TitleParts.withoutAcronym("Friends of Hill Top School (FOHTS)") == "Friends of Hill Top School")
        #expect(TitleParts.withoutAcronym("Friends of St Mary’s (FOSM)") == "Friends of St Mary’s")
        #expect(TitleParts.withoutAcronym("Friends of Écoles\u{00A0}(FÉ)") == "Friends of Écoles\u{00A0}(FÉ)")
        #expect(TitleParts.withoutAcronym("Friends of Café(FOC)") == "Friends of Café")
        #expect(TitleParts.withoutAcronym("Hill Top (School)") == "Hill Top (School)")
        #expect(TitleParts.withoutAcronym("(PTA)") == "(PTA)")
    }

    /// A version table's header, and a dated detail, read from ASCII bytes
    /// or through strings.
    @Test func versionHeadersAndDatesBeyondASCII() {
        #expect(VersionTableReader(header: "Version ✓\tDate\tAuthor", number: 1)?.columns == [.version, .date, .lead])
        #expect(VersionTableReader(header: "VERSION\tChange\tOwner", number: 1)?.columns == [.version, .purpose, .lead])
        #expect(VersionTableReader(header: "V\tDate", number: 1)?.columns == [.version, .date])
        #expect(VersionTableReader(header: "Name\tDate\tAuthor", number: 1) == nil)
        func entry(_ line: String) -> HistoryEntry? {
            var line = line
            return line.withUTF8 { VersionTableReader.metadataEntry($0, number: 3) }
        }
        #expect(entry("*Review date: March 2026*")?.date == "March 2026")
        #expect(entry("  Next Review Date:\t2026")?.purpose == "Next Review Date")
        #expect(entry("Review date: 3 March 2025 – draft")?.date == "3 March 2025 – draft")
        #expect(entry("Date approved: Summer term") == nil)
        #expect(entry("Author: 2025") == nil)
    }
}
