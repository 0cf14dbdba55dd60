import Testing
@testable import ConcordKit

@Suite struct TextDecoderTests {
    @Test func decodesUTF8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array("Staff must not".utf8)).get()
        #expect(plain.text == "Staff must not")
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Staff".utf8)).get()
        #expect(bom.text == "Staff")
        #expect(bom.encoding == .utf8)
    }

    @Test func decodesUTF16WithBOM() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x53, 0x00, 0x74, 0x00]
        #expect(try TextDecoder.decode(little).get().text == "St")
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x53, 0x00, 0x74]
        #expect(try TextDecoder.decode(big).get().text == "St")
    }

    @Test func decodesUTF16WithoutBOM() throws {
        let text = "Staff must not add pupils as \u{201C}friends\u{201D}.\r\n"
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoder.decode(little).get().text == text)
        #expect(try TextDecoder.decode(little).get().encoding == .utf16LittleEndian)
        #expect(try TextDecoder.decode(big).get().text == text)
        #expect(try TextDecoder.decode(big).get().encoding == .utf16BigEndian)
        // Binary that is NUL on one side of every pair, with control
        // characters, is still binary.
        let controls = Array(repeating: [UInt8]([0x41, 0x00]), count: 10).joined() + [0x01, 0x00]
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(Array(controls)).get() }
        // An odd number of bytes is not UTF-16, nor are a few.
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(Array(little.dropLast())).get() }
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode([0x41, 0x00, 0x42, 0x00]).get() }
    }

    @Test func fallsBackToWindows1252ForStrayBytes() throws {
        // "don’t" with a Windows-1252 right quote (0x92) and a valid "é".
        let bytes: [UInt8] = Array("don".utf8) + [0x92] + Array("t café".utf8)
        let decoded = try TextDecoder.decode(bytes).get()
        #expect(decoded.text == "don\u{2019}t café")
        #expect(decoded.encoding == .mixedWindows1252)
    }

    @Test func refusesNULBytes() {
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode([0x41, 0x00, 0x42]).get() }
        // A NUL past the first eight bytes, and one in the last.
        for offset in [13, 19] {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 20)
            bytes[offset] = 0
            #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(bytes).get() }
        }
    }

    /// Reading a file takes its UTF-8 lines straight from the bytes; any
    /// other file is decoded first. Both give the lines `decode` would.
    @Test func readsTheLinesDecodingGives() throws {
        let files: [[UInt8]] = [
            Array("Staff must not\r\npost “photos”\rof pupils.\n\nEnd".utf8),
            [0xEF, 0xBB, 0xBF] + Array("With a mark\nand two lines".utf8),
            Array("don".utf8) + [0x92] + Array("t\nmixed".utf8),
            [0xFF, 0xFE, 0x53, 0x00, 0x0A, 0x00, 0x74, 0x00],
        ]
        for bytes in files {
            let source = try SourceText.read(bytes, name: "t").get()
            let decoded = try TextDecoder.decode(bytes).get()
            #expect(source.lines == SourceText(name: "t", text: decoded.text).lines)
            #expect(source.encoding == decoded.encoding)
        }
        #expect(throws: TextDecoder.Failure.binary) { try SourceText.read([0x41, 0x00], name: "t").get() }
    }

    @Test func neverCrashesOnArbitraryBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<64).map { _ in UInt8.random(in: 1...255, using: &generator) }
            _ = TextDecoder.decode(bytes)
        }
    }
}
