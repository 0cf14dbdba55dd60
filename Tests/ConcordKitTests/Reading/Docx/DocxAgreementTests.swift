import Foundation
import Testing
@testable import ConcordKit

/// A `.docx` gives the clauses its text gives: the corpus's documents
/// made into Word documents by pandoc (Fixtures/docx, `make-docx.py`)
/// against the corpus's `.txt` files, and development-set documents
/// against the Markdown they were made from. Same clauses, in the same
/// order, with the same modalities, actions and sections; line numbers
/// aside (a `.docx` counts paragraphs), and runs of spaces read as one.
@Suite struct DocxAgreementTests {
    struct Key: Equatable, CustomStringConvertible {
        var text: String
        var modality: Modality
        var action: Action
        var section: String?
        var description: String { "\(section ?? "-") \(modality) \(action) '\(text)'" }
    }

    static func keys(_ document: PolicyDocument) -> [Key] {
        document.clauses.map { clause in
            Key(text: clause.text.split(whereSeparator: { $0 == " " }).joined(separator: " "),
                modality: clause.rule.modality, action: clause.rule.action, section: clause.section)
        }
    }

    static func wordDocument(_ path: String, name: String) throws -> PolicyDocument {
        switch PolicyReader().readWordDocument(try DocxReaderTests.bytes(path), name: name) {
        case .success(let read): return read.document
        case .failure(let failure): throw failure
        }
    }

    @Test(arguments: Repository.seedNames)
    func corpusDocumentAgreesWithItsText(_ name: String) throws {
        let word = try Self.wordDocument("corpus/\(name).docx", name: name)
        let text = try PolicyReader().read(try Repository.corpusBytes(name), name: name).get().document
        #expect(!word.clauses.isEmpty)
        #expect(Self.keys(word) == Self.keys(text))
        #expect(word.title == text.title)
        #expect(word.school == text.school)
        #expect(word.history.map(\.version) == text.history.map(\.version))
    }

    @Test(arguments: ["ambleford-primary-phones-and-smart-watches-years-5-and-6", "brindlecote-infant-using-school-social-media-accounts",
                      "otterbrook-junior-school-ks2-pupil-acceptable-use-agreement", "thistlecombe-school-social-media-and-images-policy"])
    func developmentDocumentAgreesWithItsMarkdown(_ name: String) throws {
        let word = try Self.wordDocument("devset/\(name).docx", name: name)
        let markdown = try PolicyReader().read([UInt8](try Data(contentsOf: Repository.fixtures.appendingPathComponent("devset/\(name).md"))), name: name, isMarkdown: true).get().document
        #expect(!word.clauses.isEmpty)
        #expect(Self.keys(word) == Self.keys(markdown))
    }
}
