import Testing
@testable import ConcordKit

/// The ZIP reader on archives made by Python's zipfile, and on damaged,
/// encrypted and bomb-like ones.
@Suite struct ZipArchiveTests {
    @Test func readsStoredAndDeflatedEntries() throws {
        let archive = try ZipArchive(try InflaterTests.fixture("two-entries.zip"))
        #expect(archive.entries.map(\.name) == ["stored.txt", "folder/deflated.txt"])
        #expect(try archive.contents(of: archive.entry(named: "stored.txt")!) == Array("kept as it is\n".utf8))
        #expect(try archive.contents(of: archive.entry(named: "folder/deflated.txt")!) == InflaterTests.fixture("plain.txt"))
        #expect(archive.entry(named: "../stored.txt") == nil)
    }

    @Test func refusesWhatItMustNotRead() throws {
        let encrypted = try ZipArchive(try InflaterTests.fixture("encrypted.zip"))
        #expect(throws: ZipArchive.Failure.encrypted("stored.txt")) { try encrypted.contents(of: encrypted.entries[0]) }
        let badCRC = try ZipArchive(try InflaterTests.fixture("bad-crc.zip"))
        #expect(throws: ZipArchive.Failure.corrupt("'stored.txt' fails its CRC check")) { try badCRC.contents(of: badCRC.entries[0]) }
        let bomb = try ZipArchive(try InflaterTests.fixture("bomb.zip"))
        #expect(throws: ZipArchive.Failure.tooLarge("zeros.txt")) { try bomb.contents(of: bomb.entries[0]) }
        #expect(throws: ZipArchive.Failure.notArchive) { try ZipArchive(Array("not a zip".utf8)) }
    }

    @Test func everyCutArchiveFailsOrReadsTrue() throws {
        let bytes = try InflaterTests.fixture("two-entries.zip")
        for cut in 0..<bytes.count {
            guard let archive = try? ZipArchive(Array(bytes[..<cut])) else { continue }
            for entry in archive.entries {
                if let contents = try? archive.contents(of: entry) { #expect(CRC32.checksum(contents) == entry.crc) }
            }
        }
    }
}
