import Testing
@testable import ConcordKit

/// The eight-bytes-at-a-time search finds what a byte-by-byte search finds,
/// at every start, in texts of every length and alignment.
@Suite struct ByteSearchTests {
    @Test func findsWhatAByteByByteSearchFinds() {
        var generator = SeededGenerator(seed: 3)
        // Bytes next to the ones looked for (".": 0x2E; "\n": 0x0A) and
        // bytes with the high bit set, which the test must not mistake.
        let alphabet: [UInt8] = [0x2E, 0x2F, 0x2D, 0x0A, 0x0B, 0x0D, 0x21, 0x3F, 0x20, 0x61, 0xAE, 0x8A, 0xE2, 0x80, 0xFF, 0x00]
        for _ in 0..<400 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? UInt8(ascii: "a") : alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            }
            bytes.withUnsafeBufferPointer { buffer in
                for (first, second, third) in [(UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")), (10, 13, 13), (0, 0xFF, 0xFF)] {
                    for start in 0...count {
                        let expected = (start..<count).first { [first, second, third].contains(buffer[$0]) } ?? count
                        #expect(ByteSearch.next(in: buffer, from: start, first, second, third) == expected, "\(bytes) from \(start)")
                    }
                }
            }
        }
    }

    @Test func wordsAreFoundWhereverTheyStand() {
        func contains(_ text: String, _ word: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { ByteSearch.contains($0, Array(word.utf8)) }
        }
        #expect(contains("a policy", "policy") && contains("policy", "policy") && contains("policy on phones", "policy"))
        #expect(contains("pppolicy", "policy") && contains("x", ""))
        #expect(!contains("polic", "policy") && !contains("", "policy") && !contains("Policy", "policy") && !contains("polixy", "policy"))
    }

    @Test func anEmptyTextHasNothingToFind() {
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(ByteSearch.next(in: empty, from: 0, 10, 13, 13) == 0)
    }
}
