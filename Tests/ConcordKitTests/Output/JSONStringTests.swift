import Foundation
import Testing
@testable import ConcordKit

/// JSON string literals: every escape RFC 8259 asks for, everything else
/// copied as it is; the byte writer, the `String` writer and the escaping
/// before it was written as bytes agree.
@Suite struct JSONStringTests {
    /// Strings with every kind of escape, non-ASCII text, and escapes on
    /// both sides of the eight-byte words the scanner reads.
    static let samples: [String] = {
        var samples = [
            "", "plain", "Say \"no\"", #"back\slash"#, "line\nbreak", "carriage\rreturn", "tab\there",
            "bell\u{07} and \u{01}", "unit \u{1F}", "delete \u{7F} stays", "café — “quoted” ‘friends’",
            "emoji 😀 and family 👨‍👩‍👧", "\"\\\n\r\t\u{00}\u{08}\u{0B}\u{0C}\u{0E}\u{10}\u{1A}",
            String(repeating: "long text without escapes ", count: 20),
        ]
        samples.append(String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self))
        for offset in 0..<20 {
            for special in ["\"", "\\", "\n", "\u{01}", "é", "😀"] {
                samples.append(String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset))
            }
        }
        return samples
    }()

    func escaped(_ text: String) -> String {
        var out = ""
        appendJSONString(text, to: &out)
        return out
    }

    func escapedBytes(_ text: String) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: UTF8Cursor.maximumJSONSize(of: text)) { buffer, count in
            var cursor = UTF8Cursor(buffer)
            cursor.write(jsonString: text)
            count = cursor.count
        }
    }

    @Test func everyEscapeIsWrittenAsRFC8259Says() {
        #expect(escaped("Say \"no\"") == #""Say \"no\"""#)
        #expect(escaped(#"a\b"#) == #""a\\b""#)
        #expect(escaped("1\n2\r3\t4") == #""1\n2\r3\t4""#)
        #expect(escaped("\u{01}x\u{1F}\u{0B}") == #""\u0001x\u001f\u000b""#)
        #expect(escaped("\u{00}") == #""\u0000""#)
        #expect(escaped("café — 😀 \u{7F}/") == "\"café — 😀 \u{7F}/\"")
    }

    @Test(arguments: samples) func bytesAndStringAndTheEarlierWriterAgree(_ text: String) {
        let expected = Self.earlierEscape(text)
        #expect(escaped(text) == expected)
        #expect(String(decoding: escapedBytes(text), as: UTF8.self) == expected)
        #expect(escapedBytes(text).count <= UTF8Cursor.maximumJSONSize(of: text))
    }

    @Test(arguments: samples) func foundationReadsBackTheText(_ text: String) throws {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(("[" + escaped(text) + "]").utf8)) as? [String])
        #expect(array == [text])
    }

    @Test func theWordTestFindsAnEscapedByteAnywhereInAWord() {
        let fillers: [UInt8] = [0x20, 0x21, 0x23, 0x41, 0x5B, 0x5D, 0x7F, 0x80, 0xC3, 0xFF]
        for filler in fillers {
            for position in 0..<8 {
                for byte in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = byte
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(containsJSONEscaped(word) == isJSONEscaped(byte), "byte \(byte) at \(position) among \(filler)")
                }
            }
        }
    }

    @Test func theWordTestAgreesWithTheByteTestOnRandomWords() {
        var generator = SeededGenerator(seed: 8259)
        for _ in 0..<100_000 {
            // Bytes near the edges (0x1F, 0x20, 0x22, 0x5C, 0x80) are the interesting ones.
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator)
                    ? [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xFF].randomElement(using: &generator)!
                    : UInt8.random(in: 0...255, using: &generator)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(containsJSONEscaped(word) == bytes.contains(where: isJSONEscaped), "\(bytes)")
        }
    }

    @Test func arraysOfStringsAreEscapedToo() {
        var out = ""
        appendJSONArray(["a", "b\"c", ""], to: &out)
        #expect(out == #"["a","b\"c",""]"#)
    }

    /// `appendJSONString` as it was before it scanned bytes: one Unicode
    /// scalar at a time, appended to a `String`.
    static func earlierEscape(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
