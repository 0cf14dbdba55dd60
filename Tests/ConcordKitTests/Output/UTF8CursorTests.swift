import Testing
@testable import ConcordKit

/// The cursor writes bytes, static text and decimals where it is, and
/// appends what it wrote through a scratch buffer.
@Suite struct UTF8CursorTests {
    func written(capacity: Int = 64, _ body: (inout UTF8Cursor) -> Void) -> String {
        var out: [UInt8] = []
        var scratch: [UInt8] = []
        UTF8Cursor.append(to: &out, capacity: capacity, scratch: &scratch, body)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [0, 1, 9, 10, 99, 100, 12_345, -1, -10, -987, Int.max, Int.min])
    func decimalsAreWrittenAsStringWritesThem(_ value: Int) {
        #expect(written { $0.write(decimal: value) } == String(value))
    }

    @Test func staticTextBytesAndDecimalsFollowEachOther() {
        let text = written { cursor in
            cursor.write("{\"line\":")
            cursor.write(decimal: 42)
            cursor.write(UInt8(ascii: "}"))
            Array("é".utf8).withUnsafeBufferPointer { cursor.write($0) }
        }
        #expect(text == "{\"line\":42}é")
    }

    @Test func writesCanFillTheCapacityExactly() {
        #expect(written(capacity: 5) { $0.write("12345") } == "12345")
        #expect(written(capacity: 3) { $0.write(decimal: -99) } == "-99")
    }

    @Test func appendingAddsToWhatIsThereAndReusesTheScratch() {
        var out = Array("start ".utf8)
        var scratch: [UInt8] = []
        UTF8Cursor.append(to: &out, capacity: 4, scratch: &scratch) { $0.write("abcd") }
        UTF8Cursor.append(to: &out, capacity: 2, scratch: &scratch) { $0.write("ef") }
        UTF8Cursor.append(to: &out, capacity: 10, scratch: &scratch) { $0.write("ghij") }
        #expect(String(decoding: out, as: UTF8.self) == "start abcdefghij")
        #expect(scratch.count >= 10)
    }

    @Test func writingPastTheCapacityStops() async {
        await #expect(processExitsWith: .failure) {
            var out: [UInt8] = []
            var scratch: [UInt8] = []
            UTF8Cursor.append(to: &out, capacity: 3, scratch: &scratch) { $0.write("abcd") }
        }
    }
}
