import Testing
@testable import ConcordKit

/// Numbered titles are headings when they head prose, items when they sit
/// in a list of their own level; lines in capitals are headings.
@Suite struct HeadingClassifierTests {
    func kinds(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.map { block in
            switch block.kind {
            case .heading: return "H:\(block.number.map { $0 + " " } ?? "")\(block.text)"
            case .listItem(let depth): return "L\(depth):\(block.text)"
            default: return "P:\(block.text)"
            }
        }
    }

    @Test func deeperNumbersHeadingProseAreHeadings() {
        let text = """
            4.1 Why this matters
            Our pupils live close to the school and meet staff every day.

            4.2 Trips in cars
            Staff must not drive a pupil home.
            """
        #expect(kinds(text) == ["H:4.1 Why this matters", "P:Our pupils live close to the school and meet staff every day.",
                                "H:4.2 Trips in cars", "P:Staff must not drive a pupil home."])
    }

    @Test func aQuestionWordMakesAModalLineATitle() {
        let text = """
            Parents' Guide

            What the academy will do

            - Teach pupils how to stay safe online.

            Staff will check the page daily
            """
        #expect(kinds(text) == ["H:Parents' Guide", "H:What the academy will do", "L1:Teach pupils how to stay safe online.", "P:Staff will check the page daily"])
    }

    @Test func deeperNumbersHeadingBulletsOrDeeperNumbersAreHeadings() {
        let text = "2.3 The network manager\n· checks the filtering logs weekly\n2.4 Governing board\n2.4.1 approves this policy\n"
        #expect(kinds(text) == ["H:2.3 The network manager", "L1:checks the filtering logs weekly", "H:2.4 Governing board", "L3:approves this policy"])
    }

    @Test func numberedTitlesBesideTheirSiblingsStayAList() {
        let text = "The school uses:\n3.1 Facebook pages\n3.2 Class blogs\n3.3 Video channels\nEach is run by the office.\n"
        #expect(kinds(text) == ["P:The school uses:", "L2:Facebook pages", "L2:Class blogs", "L2:Video channels", "P:Each is run by the office."])
        #expect(kinds("3.1 Facebook pages\n3.2 Class blogs\n").allSatisfy { $0.hasPrefix("L2:") })
    }

    @Test func numberedRulesStayAList() {
        let text = "Staff must not either knowingly or recklessly:\n4.1. place a child at risk\n4.2. Share passwords\n"
        #expect(kinds(text) == ["P:Staff must not either knowingly or recklessly:", "L2:place a child at risk", "L2:Share passwords"])
    }

    @Test func linesInCapitalsAreHeadings() {
        let text = "PROHIBITED USES\nStaff must not gamble on school devices.\n3.2 EMAIL AND COMMUNICATION\n3.3 WHAT YOU MUST NOT DO\n3.3.1 Use personal email.\n"
        #expect(kinds(text) == ["H:PROHIBITED USES", "P:Staff must not gamble on school devices.", "H:3.2 EMAIL AND COMMUNICATION",
                                "H:3.3 WHAT YOU MUST NOT DO", "L3:Use personal email."])
        #expect(kinds("STAFF MUST NOT:\n· post photos\n").first == "P:STAFF MUST NOT:")
    }
}
