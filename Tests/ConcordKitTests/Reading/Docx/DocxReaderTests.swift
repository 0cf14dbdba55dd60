import Foundation
import Testing
@testable import ConcordKit

/// The Word reader on hand-made WordprocessingML (Fixtures/docx/wordml,
/// written by `make-wordml.py`): one feature at a time.
@Suite struct DocxReaderTests {
    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Repository.fixtures.appendingPathComponent("docx/\(path)")))
    }

    static func read(_ name: String) throws -> DocxReader.Document {
        switch DocxReader().read(try bytes("wordml/\(name).docx"), name: name) {
        case .success(let document): return document
        case .failure(let failure):
            Issue.record("\(name): \(failure)")
            return DocxReader.Document(outline: Outline(name: name), paragraphs: [])
        }
    }

    @Test func headingsComeFromStylesAndOutlineLevels() throws {
        let outline = try Self.read("headings").outline
        let headings = outline.blocks.filter { $0.kind == .heading }.map(\.text)
        #expect(headings == ["Online Safety Policy", "Roles and responsibilities", "Governors", "Set by hand"])
        #expect(outline.title == "Online Safety Policy")
        #expect(outline.blocks.first { $0.text == "Body text level" }?.kind == .paragraph)
        #expect(outline.blocks.first { $0.text == "Unknown style" }?.kind == .paragraph)
        #expect(outline.blocks.map(\.line) == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test func listsAreNumberedAsWordShowsThem() throws {
        let blocks = try Self.read("numbering").outline.blocks
        #expect(blocks.map { $0.marker ?? "" } == ["4.", "4.1.", "4.1.1", "4.1.2", "4.2.", "5.", "a)", "b)", "(i)", "•", "o", "c)", ""])
        #expect(blocks.map { $0.number ?? "" } == ["4", "4.1", "4.1.1", "4.1.2", "4.2", "5", "a", "b", "i", "", "", "c", ""])
        #expect(blocks[0].kind == .heading)
        #expect(blocks[1].kind == .listItem(depth: 2))
        #expect(blocks[2].kind == .listItem(depth: 3))
        #expect(blocks[8].kind == .listItem(depth: 2))
        #expect(blocks[10].kind == .listItem(depth: 2))
        #expect(blocks[12].kind == .paragraph)
    }

    @Test func tablesGiveRowsAndTheVersionHistory() throws {
        let outline = try Self.read("table").outline
        #expect(outline.history.map(\.version) == ["1.0", "1.1"])
        #expect(outline.history.map(\.purpose) == ["New policy", "Reviewed"])
        let rows = outline.blocks.compactMap { block -> [String]? in
            if case .tableRow(let cells) = block.kind { return cells } else { return nil }
        }
        #expect(rows == [["Device", "Staff", "Pupils"], ["Phone", "Allowed", "Not allowed"], ["Tablet (school owned)", "Allowed", "Allowed"]])
        #expect(outline.blocks.last?.text == "Staff must follow the table.")
    }

    @Test func trackedChangesAreReadAsAccepted() throws {
        let document = try Self.read("tracked")
        #expect(document.outline.blocks.map(\.text) == ["Phones", "Pupils must not bring phones to school.", "Staff must report concerns."])
        let diagnostic = try #require(document.outline.diagnostics.first { $0.id == "docx.tracked-changes" })
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.message == "the document holds tracked changes (the first in paragraph 2, on page 1); it is read as if they were all accepted")
        #expect(diagnostic.severity == .warning)
    }

    @Test func fieldsShowTheirResultAndBreaksAreKept() throws {
        let document = try Self.read("fields")
        let blocks = document.outline.blocks
        #expect(blocks.map(\.text) == [
            "Fields and breaks",
            "This policy was reviewed on 1 May 2025 by the governors.",
            "Staff must: lock screens daily",
            "Pupils must not use phones. Ever & always – <really>.",
            "Visitors must sign in.",
        ])
        #expect(blocks[2].lineStarts.count == 2)
        #expect(blocks.map(\.page) == [1, 1, 1, 2, 3])
        #expect(document.paragraphs.count == 5)
        for block in blocks { #expect(!block.text.contains("must not appear") && !block.text.contains("drawn")) }
    }

    /// A text box, as Word saves it: a drawing in `mc:Choice` and the same
    /// box as VML in `mc:Fallback`; and one in a VML picture alone.
    @Test func textBoxesAreParagraphsAfterTheirAnchor() {
        let box = { (text: String) in
            "<w:txbxContent><w:p><w:r><w:t>\(text)</w:t></w:r></w:p><w:p><w:r><w:t>Staff must sign the box.</w:t></w:r></w:p></w:txbxContent>"
        }
        let body = """
            <w:document xmlns:w="w" xmlns:mc="mc" xmlns:wps="wps" xmlns:v="v"><w:body>\
            <w:p><w:r><w:t xml:space="preserve">Before the box </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">\
            <w:drawing><wp:docPr descr="a picture"/><a:graphic><wps:txbx>\(box("Pupils must not bring phones."))</wps:txbx></a:graphic></w:drawing>\
            </mc:Choice><mc:Fallback><w:pict><v:textbox>\(box("Fallback text"))</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>\
            <w:r><w:t>and after it.</w:t></w:r></w:p>\
            <w:p><w:r><w:pict><v:shape><v:textbox>\(box("Visitors must sign in."))</v:textbox></v:shape></w:pict></w:r></w:p>\
            <w:p><w:r><w:drawing><w:t>drawn text</w:t></w:drawing><w:t>Governors must review it.</w:t></w:r></w:p>\
            </w:body></w:document>
            """
        let document = DocxReader().read(body: Array(body.utf8), styles: WordStyles(), numbering: WordNumbering(), name: "boxes")
        #expect(document.outline.blocks.map(\.text) == [
            "Before the box and after it.", "Pupils must not bring phones.", "Staff must sign the box.",
            "Visitors must sign in.", "Staff must sign the box.", "Governors must review it.",
        ])
        #expect(document.outline.blocks.map(\.line) == [1, 2, 3, 5, 6, 7])
        #expect(document.paragraphs.count == 7)
        #expect(document.paragraphs[1] == "Pupils must not bring phones.")
    }

    @Test func theBodyIsFoundThroughThePackagesRelationships() throws {
        #expect(try Self.read("document2").outline.blocks.map(\.text) == ["Staff must not befriend pupils."])
    }

    @Test(arguments: [
        ("wordml/not-word.docx", DocxReader.Failure.notWordDocument),
        ("wordml/old-format.doc", .oldWordFormat),
        ("wordml/encrypted.docx", .encrypted),
        ("wordml/text-named.docx", .notArchive),
        ("wordml/bomb.docx", .tooLarge("word/document.xml")),
    ])
    func whatIsNoWordDocumentIsRefused(_ path: String, _ failure: DocxReader.Failure) throws {
        guard case .failure(let found) = DocxReader().read(try Self.bytes(path), name: "x") else {
            Issue.record("\(path) was read")
            return
        }
        #expect(found == failure)
    }
}
