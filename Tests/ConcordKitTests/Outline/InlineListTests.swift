import Testing
@testable import ConcordKit

/// A page pasted as one paragraph keeps its lists: inline bullets start
/// items, a new sentence ends the last one, and every byte is kept.
@Suite struct InlineListTests {
    func kinds(_ text: String) -> [String] {
        OutlineBuilder().build(SourceText(name: "t", text: text)).blocks.map { block in
            switch block.kind {
            case .heading: return "H:\(block.text)"
            case .paragraph: return "P:\(block.text)"
            case .listItem(let depth): return "L\(depth)\(block.marker ?? ""):\(block.text)"
            case .tableRow(let cells): return "T:\(cells.joined(separator: "|"))"
            case .note: return "N:\(block.text)"
            }
        }
    }

    @Test func aLeadInItsItemsAndSubItems() {
        let line = "Our club is open every day. Children agree: • To leave phones at home • Not to share anything that could: "
            + "◦ upset another child; ◦ show where a child lives; Trips On a trip the leader keeps the phones."
        #expect(kinds(line) == [
            "P:Our club is open every day. Children agree:",
            "L1•:To leave phones at home",
            "L1•:Not to share anything that could:",
            "L2◦:upset another child;",
            "L2◦:show where a child lives;",
            "H:Trips",
            "P:On a trip the leader keeps the phones.",
        ])
    }

    @Test func aHeadingAndASentenceEndTheLastItem() {
        let line = "If a phone is found: • It is taken to the office • The parents are told at once Visitors Please keep your phone in your bag."
        #expect(kinds(line) == [
            "P:If a phone is found:", "L1•:It is taken to the office", "L1•:The parents are told at once",
            "H:Visitors", "P:Please keep your phone in your bag.",
        ])
    }

    @Test func aNameAfterAnArticleDoesNotEndTheItem() {
        let line = "Staff agree: • To lock phones in the Staff Room The cupboard is checked daily • To report concerns"
        #expect(kinds(line) == [
            "P:Staff agree:", "L1•:To lock phones in the Staff Room The cupboard is checked daily", "L1•:To report concerns",
        ])
    }

    @Test func aSentenceLeadingInToANewListEndsTheListBefore() {
        let line = "Pupils must: • keep phones off; Where a phone rings in class: • the teacher keeps it • a parent collects it"
        #expect(kinds(line) == [
            "P:Pupils must:", "L1•:keep phones off;", "P:Where a phone rings in class:",
            "L1•:the teacher keeps it", "L1•:a parent collects it",
        ])
    }

    @Test func dashesAndOsAreSubItemsOnlyAfterAColon() {
        let line = "Staff must: • keep – as the law says – records • not post anything that: o names a pupil o shows a pupil"
        #expect(kinds(line) == [
            "P:Staff must:", "L1•:keep – as the law says – records", "L1•:not post anything that:",
            "L2o:names a pupil", "L2o:shows a pupil",
        ])
    }

    @Test(arguments: [
        "Weaversfield Infant School  •  Weaversfield Junior School",
        "Oakhallow School • AI guidance • September 2024",
        "Staff may use phones in the staff room • never in class.",
    ])
    func separatorsAreNoList(_ line: String) {
        #expect(!kinds("\(line)\n\nStaff must be kind.\n").contains { $0.hasPrefix("L") })
    }

    @Test func aLongParagraphWithBulletsIsAList() {
        let line = "The rules below were agreed with the school council in the spring term and are shown on every classroom wall, "
            + "on the website and in the planner that every pupil carries with them each day of the year • Phones stay in bags "
            + "• Watches are set to school mode"
        #expect(kinds(line).dropFirst() == ["L1•:Phones stay in bags", "L1•:Watches are set to school mode"])
    }

    @Test func everyByteIsKeptAndLinesStayTheLines() {
        let page = "Phone rules\n\nParents must: • Not film other children • Not post photos. Staff The school will remove posts.\n"
        let outline = OutlineBuilder().build(SourceText(name: "t", text: page))
        let pieces = outline.blocks.filter { $0.line == 3 }
        #expect(pieces.count == 5)
        let kept = pieces.map { ($0.marker.map { $0 + " " } ?? "") + $0.text }.joined(separator: " ")
        #expect(kept == "Parents must: • Not film other children • Not post photos. Staff The school will remove posts.")
        #expect(pieces.allSatisfy { $0.lineStarts == [.init(offset: 0, line: 3)] })
    }

    @Test func wrappedLinesKeepTheirNumbers() {
        let blocks = InlineList.pieces(of: OutlineBlock(
            kind: .paragraph, text: "Pupils must: • keep phones off • tell a teacher", line: 4,
            lineStarts: [.init(offset: 0, line: 4), .init(offset: 22, line: 5)]))
        #expect(blocks.map(\.line) == [4, 4, 5])
        #expect(blocks[1].lineStarts == [.init(offset: 0, line: 4), .init(offset: 5, line: 5)])
    }

    @Test(arguments: [
        ("keep phones off. Staff will check", "Staff will check"),
        ("keep phones off; Visitors must sign in", "Visitors must sign in"),
        ("speak to Mr. Jones first", nil),
        ("ask Ms O. Okafor first", nil),
        ("use the tablets e.g. Class iPads only", nil),
        ("keep it in the School Office The office is locked", nil),
        ("keep it at home Parents Please call the office", "Parents Please call the office"),
    ] as [(String, String?)])
    func sentenceBreaks(_ text: String, _ rest: String?) {
        var text = text
        let cut = text.withUTF8 { SentenceBreak.first(in: $0, 0..<$0.count) }
        #expect(cut.map { String(text.utf8.dropFirst($0))! } == rest)
    }
}
