import Testing
@testable import ConcordKit

/// A hard wrap joins lines; a real line break, in a document whose
/// paragraphs are one line each or after a line that was not full, starts
/// a new block, and lower-case lines after a lead-in are its items.
@Suite struct LineBreakTests {
    func blocks(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.map { block in
            switch block.kind {
            case .listItem(let depth): return "L\(depth):\(block.text)"
            default: return block.text
            }
        }
    }

    /// Paragraphs of one long line each, as a web page or Word gives them.
    let unwrapped = """
        Our village school has a small staff, and most of them live close by, so meeting families away from school is part of everyday life here.
        Families are generous, and a card or a small present at the end of the year is one of the nicest parts of working with children. Staff must not:
        give personal gifts to individual pupils
        accept any gift worth more than £30 from a family
        accept cash of any value
        Gifts that are declared are recorded in a register which the governors read every term, and we publish a summary in the annual report.
        Most contact between staff and pupils now happens on a screen rather than at the school gate, and that is where most concerns begin.
        """

    @Test func linesAfterALeadInAreItemsWhenParagraphsAreNotWrapped() {
        let result = blocks(unwrapped)
        #expect(result.contains("L1:give personal gifts to individual pupils"))
        #expect(result.contains("L1:accept any gift worth more than £30 from a family"))
        #expect(result.contains("L1:accept cash of any value"))
        #expect(result.contains { $0.hasPrefix("Gifts that are declared") })
    }

    /// The same words hard-wrapped at about sixty characters.
    let wrapped = """
        Our village school has a small staff, and most of them live
        close by, so meeting families away from school is part of
        everyday life here. Concerns should be passed to the Designated
        Safeguarding Lead on the same day, and never left until the
        following week. A record is kept of every concern raised by
        staff.

        Staff must not:
        give personal gifts to individual pupils
        accept any gift worth more than £30 from a family, whatever
        the occasion
        accept cash of any value
        """

    @Test func wrappedLinesJoinAndShortLinesBreak() {
        let result = blocks(wrapped)
        #expect(result[0].hasPrefix("Our village school") && result[0].contains("to the Designated Safeguarding Lead on") && result[0].hasSuffix("staff."))
        #expect(result.dropFirst() == [
            "Staff must not:", "L1:give personal gifts to individual pupils",
            "L1:accept any gift worth more than £30 from a family, whatever the occasion", "L1:accept cash of any value",
        ])
    }

    @Test func aLineEndingMidPhraseGoesOn() {
        let text = unwrapped + "\nThe passwords of the school accounts are kept by the office and the\nHeadteacher, who changes them each term.\n"
        #expect(blocks(text).last == "The passwords of the school accounts are kept by the office and the Headteacher, who changes them each term.")
    }

    @Test func aLowerCaseLineAfterAnItemIsASiblingWhoseBulletWasLost() {
        let text = unwrapped + "\n· report any message from a pupil to the DSL\ntell the DSL about any request from a former pupil\n"
        #expect(blocks(text).suffix(2) == ["L1:report any message from a pupil to the DSL", "L1:tell the DSL about any request from a former pupil"])
    }

    @Test(arguments: [
        ("similar con-", "nections with pupils", "similar connections with pupils"),
        ("the school's e-", "safety rules", "the school's e-safety rules"),
        ("a follow-", "up meeting", "a follow-up meeting"),
        ("not co-", "operate", "not co-operate"),
        ("any non-", "UK provider", "any non-UK provider"),
        ("in 2023-", "24", "in 2023- 24"),
    ])
    func wordsCutAtALineEnd(_ first: String, _ second: String, _ joined: String) {
        #expect(blocks("\(first)\n \(second)\n") == [joined])
    }

    @Test func theDocumentSaysWhetherAHyphenIsItsOwn() {
        #expect(blocks("Send an e-\n mail home.\n\nEach email is logged.\n").first == "Send an email home.")
        #expect(blocks("Each class-\n room has one.\n\nThe class-room is open.\n").first == "Each class-room has one.")
    }

    @Test func linesIndentedUnderALeadInAreItemsWhoseBulletsWereLost() {
        let text = """
            Governors are asked to support the school online by not:
                Accepting friend or follow requests from pupils or from their
                parents and carers
                Discussing school business in local community groups
            Governors should not share anything on social media that could:
            """
        #expect(blocks(text) == [
            "Governors are asked to support the school online by not:",
            "L1:Accepting friend or follow requests from pupils or from their parents and carers",
            "L1:Discussing school business in local community groups",
            "Governors should not share anything on social media that could:",
        ])
    }

    @Test func anItemsOwnTextUnderItsLeadInGoesOn() {
        let text = "1.1   In this policy:\n      \"staff\" means all employees;\n      \"pupils\" means all children on roll.\n"
        #expect(blocks(text) == ["L2:In this policy: \"staff\" means all employees; \"pupils\" means all children on roll."])
    }

    @Test func anIndentedItemGoesOnDeeperOrByTheRules() {
        let text = "Staff must not:\n    give gifts to pupils\nwhich are worth more than £30\n\nThe school:\n  Keeps a register\n     of all gifts\nGifts are declared.\n"
        #expect(blocks(text) == [
            "Staff must not:", "L1:give gifts to pupils which are worth more than £30",
            "The school:", "L1:Keeps a register of all gifts", "Gifts are declared.",
        ])
    }

    @Test func aWrappedCellGoesOnAndARuleStandsAlone() {
        let text = "Related policies:         Online Safety; Data Protection;\n                          Governors' Code of Conduct\n------------\nStaff must be kind and\n"
        #expect(blocks(text) == [
            "Related policies:         Online Safety; Data Protection; Governors' Code of Conduct", "------------", "Staff must be kind and",
        ])
    }

    @Test func shortLinesAreNoWrap() {
        let text = "Hill Top Primary\nOur Rooms\nKey Information\nNews and Events\nParents\nPolicies\nContact\n"
        #expect(LineLayout(lines: SourceText(name: "t", text: text).lines).wrapWidth == nil)
        #expect(blocks(text).count == 7)
    }
}

/// A line's width counts its characters, indentation in and trailing
/// blanks out; columns show as gaps and bars.
@Suite struct LineMeasureTests {
    @Test(arguments: [
        ("", 0, false), ("   ", 0, false), ("Staff must not post.", 20, false), ("  a pupil’s phone ", 17, false), ("A longer line, with ‘quotes’ and – dashes, read in words.", 57, false),
        ("\tIndented by a tab", 18, false), ("School name      Policy", 23, true), ("School | Policy | Page 2", 24, true),
        ("Two  spaces after a full stop are no column.", 44, false), (" x", 2, false), ("x ", 1, false), ("Gap at the end   ", 14, false),
    ])
    func widthsAndColumns(_ line: String, _ width: Int, _ columns: Bool) {
        let measured = LineLayout.measure(line)
        #expect(measured.width == width)
        #expect(measured.columns == columns)
    }
}
