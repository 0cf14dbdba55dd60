import Foundation
import Testing
@testable import ConcordKit

/// Mutated Word documents are read or refused, never crash: seeded
/// mutations (flipped, overwritten, inserted and cut bytes) of whole
/// `.docx` files, and of the XML of a body read directly, so that the XML
/// scanner meets broken markup that a CRC check would otherwise stop.
@Suite struct DocxFuzzTests {
    static func mutated(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            case 1: bytes[at] = UInt8.random(in: 0...255, using: &generator)
            case 2: bytes.insert(contentsOf: (0..<Int.random(in: 1...8, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }, at: at)
            case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &generator)))
            default: bytes = Array(bytes[..<at])
            }
        }
        return bytes
    }

    @Test func mutatedArchivesNeverCrash() throws {
        var generator = SeededGenerator(seed: 28)
        let originals = try ["fields", "numbering", "table", "tracked"].map { try DocxReaderTests.bytes("wordml/\($0).docx") }
        var read = 0
        for index in 0..<2000 {
            let bytes = Self.mutated(originals[index % originals.count], using: &generator)
            if case .success = DocxReader().read(bytes, name: "fuzz") { read += 1 }
        }
        // Most mutations break the archive or a CRC; the rest are read.
        #expect(read < 2000)
    }

    @Test func mutatedMarkupNeverCrashes() throws {
        var generator = SeededGenerator(seed: 2028)
        var bodies: [[UInt8]] = []
        for name in ["fields", "numbering", "table", "tracked", "headings"] {
            let archive = try ZipArchive(try DocxReaderTests.bytes("wordml/\(name).docx"))
            bodies.append(try archive.contents(of: archive.entry(named: "word/document.xml")!))
        }
        let archive = try ZipArchive(try DocxReaderTests.bytes("wordml/numbering.docx"))
        let styles = try archive.contents(of: archive.entry(named: "word/styles.xml")!)
        let numbering = try archive.contents(of: archive.entry(named: "word/numbering.xml")!)
        var blocks = 0
        for index in 0..<3000 {
            let body = Self.mutated(bodies[index % bodies.count], using: &generator)
            let document = DocxReader().read(body: body, styles: WordStyles(Self.mutated(styles, using: &generator)),
                                             numbering: WordNumbering(Self.mutated(numbering, using: &generator)), name: "fuzz")
            blocks += document.outline.blocks.count
        }
        #expect(blocks > 0)
    }
}
