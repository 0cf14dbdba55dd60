import Testing
@testable import ConcordKit

/// UTF-8 read once as Windows-1252 and saved again comes back as it was
/// written; no-break spaces become spaces; text that only looks alike stays.
@Suite struct MojibakeRepairTests {
    func repair(_ line: String) -> String {
        var line = line
        return line.withUTF8 { bytes in MojibakeRepair.repaired(bytes).map { String(decoding: $0, as: UTF8.self) } } ?? line
    }

    /// The text as a tool that reads UTF-8 as Windows-1252 writes it back;
    /// the five bytes Windows-1252 leaves undefined stay C1 controls.
    func damaged(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { byte in
            let scalar = TextDecoder.windows1252(byte)
            return scalar == "\u{FFFD}" ? Unicode.Scalar(byte) : scalar
        }))
    }

    @Test(arguments: ["Parents’ evening", "a fee of £12 – paid “in full”", "café…", "Zürich • Łódź", "the 12 o’clock bell—then"])
    func damagedTextIsRebuilt(_ text: String) {
        #expect(repair(damaged(text)) == text)
    }

    @Test func noBreakSpacesBecomeSpaces() {
        #expect(repair("Key\u{A0}Stage\u{A0}2") == "Key Stage 2")
        #expect(repair("costs Â\u{A0}£5") == "costs  £5")
        #expect(repair("costsÂ 5") == "costs 5")
    }

    @Test(arguments: ["Âge limits", "â la carte", "Ã", "â", "Staff must not post.", "naïve résumé", "Â", "Ã la"])
    func textThatOnlyLooksDamagedStays(_ text: String) {
        #expect(repair(text) == text)
    }

    @Test func readingRepairsEveryLine() throws {
        let text = "The pupilâ€™s phone\r\nÂ£25 or more\nplain"
        #expect(try SourceText.read(Array(text.utf8), name: "t").get().lines == ["The pupil’s phone", "£25 or more", "plain"])
    }
}
