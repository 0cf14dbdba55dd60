import Testing
@testable import ConcordKit

@Suite struct OutlineBuilderTests {
    func outline(_ text: String, markdown: Bool = false) -> Outline {
        OutlineBuilder().build(SourceText(name: "test", text: text, isMarkdown: markdown))
    }

    func kinds(_ outline: Outline) -> [String] {
        outline.blocks.map { block in
            switch block.kind {
            case .heading: return "H:\(block.number.map { $0 + " " } ?? "")\(block.text)"
            case .paragraph: return "P:\(block.text)"
            case .listItem(let depth): return "L\(depth):\(block.text)"
            case .tableRow(let cells): return "T:\(cells.joined(separator: "|"))"
            case .note: return "N:\(block.text)"
            }
        }
    }

    @Test func headingsParagraphsAndLists() {
        let text = """
            Online Safety Policy

            1. Introduction
            This policy covers all staff.
            Key Principles
            · Staff must be kind.
            · Staff must be careful.
            """
        #expect(kinds(outline(text)) == [
            "H:Online Safety Policy", "H:1 Introduction", "P:This policy covers all staff.", "H:Key Principles",
            "L1:Staff must be kind.", "L1:Staff must be careful.",
        ])
    }

    @Test func decimalTopLevelNumbersAreHeadings() {
        #expect(kinds(outline("1.0 Introduction\nStaff must be kind.\n2.0 Pupils\n")) == ["H:1.0 Introduction", "P:Staff must be kind.", "H:2.0 Pupils"])
    }

    @Test func numberingSchemesAndDepth() {
        let text = """
            Staff must not:
            4.1. post photographs;
            4.6.1. make offensive comments;
            (a) share passwords;
            b) tag pupils;
            iv. follow pupils.
            """
        let blocks = outline(text).blocks
        #expect(blocks.map(\.depth) == [0, 2, 3, 1, 1, 1])
        #expect(blocks.map(\.number) == [nil, "4.1", "4.6.1", "a", "b", "iv"])
    }

    @Test func nestedBulletsByIndentation() {
        let text = "- Staff\n    - Attend training\n        o Annual refresher\n"
        #expect(outline(text).blocks.map(\.depth) == [1, 3, 5])
    }

    @Test func hardWrappedLinesAreJoinedWithTheirLines() {
        let text = "- Staff must not post comments about\n the school or its pupils\nand must report concerns.\n"
        let blocks = outline(text).blocks
        #expect(blocks.count == 1)
        #expect(blocks[0].text == "Staff must not post comments about the school or its pupils and must report concerns.")
        #expect(blocks[0].line(atOffset: blocks[0].text.utf8.count - 5) == 3)
    }

    @Test func aRepeatedPageHeaderInsideASentenceIsDropped() {
        let text = """
            Hill Top Academy

            Pupils must not use phones during the

            Hill Top Academy

            school day.
            """
        let result = outline(text)
        #expect(kinds(result) == ["H:Hill Top Academy", "P:Pupils must not use phones during the school day."])
        #expect(result.diagnostics.contains { $0.id == "outline.page-header" })
    }

    @Test func versionTableBecomesHistoryAndWarnsOnARepeatedVersion() {
        let text = "Version\tPurpose\tLead\tDate\n1.0\tNew policy\tA. Smith\tMay 2020\n1.1\tReviewed\tB. Jones\tMay 2021\n1.1\tReviewed\tB. Jones\tMay 2022\n\nIntroduction\n"
        let result = outline(text)
        #expect(result.history.map(\.version) == ["1.0", "1.1", "1.1"])
        #expect(result.history[0].purpose == "New policy")
        #expect(result.history[1].lead == "B. Jones")
        #expect(result.history[2].date == "May 2022")
        #expect(result.diagnostics.contains { $0.id == "outline.repeated-version" && $0.location?.line == 4 })
        #expect(kinds(result) == ["H:Introduction"])
    }

    @Test func policyDateLineIsHistory() {
        let result = outline("Policy Date: 2019\nStaff must not post images.\n")
        #expect(result.history.first?.date == "2019")
        #expect(result.blocks.count == 1)
    }

    @Test func markdownHeadingsListsAndWrappedParagraphs() {
        let text = "# Phones policy\n\n## 2. Pupils\n\nPupils must hand in\nphones each morning.\n\n* Staff may keep phones.\n"
        #expect(kinds(outline(text, markdown: true)) == [
            "H:Phones policy", "H:2 Pupils", "P:Pupils must hand in phones each morning.", "L1:Staff may keep phones.",
        ])
    }

    @Test func markdownTablesAndSingleEmphasis() {
        let text = "| Who | Rule |\n|-----|:----:|\n| Parents | _Must not_ use phones |\n\nStaff *should* keep snake_case names.\n"
        let source = SourceText(name: "md", text: text, isMarkdown: true)
        #expect(kinds(OutlineBuilder().build(source)) == [
            "T:Who|Rule", "T:Parents|Must not use phones", "P:Staff should keep snake_case names.",
        ])
    }

    @Test func exportDebrisIsStrippedAndEmphasisKept() {
        let text = "[bookmark: _Toc1][image: logo.png]Staff **must not** post <u>images</u>.\r\n"
        #expect(outline(text).blocks.map(\.text) == ["Staff must not post images."])
    }

    @Test func titleAndSchoolAreFound() {
        let result = outline("Meadow Lane Primary School\n\nMobile Phone Policy\n\nStaff must lock phones away.\n")
        #expect(result.school == "Meadow Lane Primary School")
        #expect(result.title == "Mobile Phone Policy")
    }

    /// The school is a short heading ending in an institution's word and
    /// naming no policy; the title, a heading naming a policy, in any case
    /// (capitals given in title case).
    @Test func titleAndSchoolAreFoundInAnyCase() {
        let upper = outline("THE OAKS ACADEMY\n\nONLINE SAFETY POLICY\n\nStaff must lock phones away.\n")
        #expect(upper.school == "The Oaks Academy")
        #expect(upper.title == "Online Safety Policy")
        // A title naming a policy is no school line; the school's name is
        // found in it as in any text.
        let one = outline("Oak Tree School Policy\n\nStaff must lock phones away.\n")
        #expect(one.school == "Oak Tree School")
        #expect(one.title == "Oak Tree School Policy")
        let neither = outline("Staff must lock phones away.\n")
        #expect(neither.school == nil && neither.title == nil)
    }

    @Test func emptyAndBlankInputs() {
        #expect(outline("").blocks.isEmpty)
        #expect(outline("\n\n   \t\n").blocks.isEmpty)
    }

    /// A line of spaces, tabs and no-break spaces separates paragraphs
    /// like an empty one; trailing blanks are not part of a block.
    @Test func blankLinesMayHoldNoBreakSpaces() {
        let result = outline("Staff must lock phones away.\u{00A0} \n \u{00A0}\t\nPupils must hand phones in.\t\n")
        #expect(kinds(result) == ["P:Staff must lock phones away.", "P:Pupils must hand phones in."])
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
