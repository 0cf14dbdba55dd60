import Foundation
import Testing
@testable import ConcordKit

/// The deflate decoder against streams made by zlib (Fixtures/archive,
/// made by its `make-fixtures.py`) and against broken ones.
@Suite struct InflaterTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Repository.fixtures.appendingPathComponent("archive/\(name)")))
    }

    @Test(arguments: ["stored", "fixed", "dynamic", "mixed"])
    func inflatesWhatZlibDeflated(_ name: String) throws {
        let expected = try Self.fixture("plain.txt")
        #expect(Inflater.inflate(try Self.fixture("\(name).deflate")) == .success(expected))
    }

    @Test func copiesOverlappingAndDistantMatches() throws {
        #expect(Inflater.inflate(try Self.fixture("runs.deflate")) == .success(try Self.fixture("runs.txt")))
    }

    @Test func handMadeBlocksDecode() {
        // A final stored block holding "hi".
        #expect(Inflater.inflate([0x01, 0x02, 0x00, 0xFD, 0xFF, 0x68, 0x69]) == .success(Array("hi".utf8)))
        // A final fixed block: "a", then a copy of length 3 at distance 1, then end of block.
        #expect(Inflater.inflate([0x4B, 0x04, 0x02, 0x00]) == .success(Array("aaaa".utf8)))
        // An empty final fixed block.
        #expect(Inflater.inflate([0x03, 0x00]) == .success([]))
    }

    @Test func brokenStreamsFail() throws {
        // The reserved block type.
        #expect(Inflater.inflate([0x07]) == .failure(.corrupt("a block of the reserved type 3")))
        // A stored block whose complement is wrong.
        if case .success = Inflater.inflate([0x01, 0x02, 0x00, 0x00, 0x00, 0x68, 0x69]) { Issue.record("a bad complement was read") }
        // A distance back past the start.
        #expect(Inflater.inflate([0x03, 0x02, 0x00]) == .failure(.corrupt("a distance back past the start of the output")))
        // Every cut of a real stream fails as truncated or corrupt, never reads on.
        let stream = try Self.fixture("dynamic.deflate")
        for cut in stride(from: 0, to: stream.count - 1, by: 7) {
            if case .success = Inflater.inflate(Array(stream[..<cut])) { Issue.record("a stream cut at \(cut) was read") }
        }
    }

    @Test func stopsAtTheLimit() throws {
        #expect(Inflater.inflate(try Self.fixture("runs.deflate"), limit: 1000) == .failure(.tooLarge))
    }
}
