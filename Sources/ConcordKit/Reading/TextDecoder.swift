/// Turns the bytes of a file into text: UTF-8 (with or without a byte-order
/// mark), UTF-16 (with a byte-order mark, or without one when its NUL bytes
/// say so), and Windows-1252 for any byte that is
/// not part of valid UTF-8 (Word exports are full of smart quotes). Never
/// fails on text; refuses bytes that are not a text document (NUL bytes).
public enum TextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case mixedWindows1252 = "UTF-8 with Windows-1252"
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The bytes hold NUL characters: a binary file, not a text document.
        case binary
    }

    public static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: Encoding), Failure> {
        if let text = bytes.withUnsafeBufferPointer({ utf8Body($0).map { String(decoding: $0, as: UTF8.self) } }) {
            return .success((text, .utf8))
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return decodeUTF16(bytes, from: 2, littleEndian: true)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return decodeUTF16(bytes, from: 2, littleEndian: false)
        }
        let hasNUL = bytes.withUnsafeBufferPointer { ByteSearch.next(in: $0, from: 0, 0, 0, 0) < $0.count }
        if hasNUL {
            // UTF-16 without a byte-order mark (Notepad's "Unicode"): text
            // in it is NUL bytes on one side of every pair.
            guard let littleEndian = utf16Order(bytes),
                  case .success(let decoded) = decodeUTF16(bytes, from: 0, littleEndian: littleEndian),
                  isPlainText(decoded.text) else { return .failure(.binary) }
            return .success(decoded)
        }
        // Not UTF-8 (`utf8Body` said so): each byte that is not part of a
        // valid sequence is read as Windows-1252.
        return .success((decodeMixed(bytes[markLength(bytes)...]), .mixedWindows1252))
    }

    /// The text of `bytes` without its byte-order mark when they are UTF-8
    /// text; nil when `decode` must look further (UTF-16, NUL bytes, bytes
    /// that are not UTF-8). The UTF-16 marks (FF FE, FE FF) are never
    /// UTF-8, so they need no test of their own.
    static func utf8Body(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        // The byte-order mark holds no NUL; the body is checked for both at once.
        let body = UnsafeBufferPointer(rebasing: bytes[markLength(bytes)...])
        return UTF8Validator.isText(body) ? body : nil
    }

    /// The bytes of a UTF-8 byte-order mark (EF BB BF) that opens `bytes`:
    /// 3, or 0 for none.
    private static func markLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Int where Bytes.Index == Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The byte order of UTF-16 text without a byte-order mark: true for
    /// little-endian, false for big-endian, nil when the bytes do not look
    /// like it. In UTF-16 of Latin text most characters have a zero high
    /// byte, so NUL bytes fill one side of the pairs and never the other.
    static func utf16Order(_ bytes: [UInt8]) -> Bool? {
        // Eight characters at least: a few bytes say nothing either way.
        guard bytes.count >= 16, bytes.count % 2 == 0 else { return nil }
        let pairs = min(bytes.count / 2, 4096)
        var evenNULs = 0, oddNULs = 0
        for pair in 0..<pairs {
            if bytes[2 * pair] == 0 { evenNULs += 1 }
            if bytes[2 * pair + 1] == 0 { oddNULs += 1 }
        }
        // Three in four characters Latin, and no NUL on the other side.
        if oddNULs * 4 >= pairs * 3, evenNULs == 0 { return true }
        if evenNULs * 4 >= pairs * 3, oddNULs == 0 { return false }
        return nil
    }

    /// Text with no control characters but tabs, line ends and form feeds,
    /// and no unpaired surrogates (which decode as U+FFFD): what a binary
    /// file read as UTF-16 would not be.
    private static func isPlainText(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20 && scalar.value != 0x7F && scalar.value != 0xFFFD || [9, 10, 12, 13].contains(scalar.value)
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], from start: Int, littleEndian: Bool) -> Result<(text: String, encoding: Encoding), Failure> {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        if units.contains(0) { return .failure(.binary) }
        let text = String(decoding: units, as: UTF16.self)
        return .success((text, littleEndian ? .utf16LittleEndian : .utf16BigEndian))
    }

    /// Valid UTF-8 sequences are kept; every other byte is read as Windows-1252.
    private static func decodeMixed(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            if length > 0, index + length <= bytes.endIndex,
               let scalar = String(validating: bytes[index..<index + length], as: UTF8.self)?.unicodeScalars.first {
                scalars.append(scalar)
                index += length
                continue
            }
            scalars.append(windows1252(byte))
            index += 1
        }
        return String(scalars)
    }

    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 {
            return Unicode.Scalar(high[Int(byte - 0x80)])!
        }
        return Unicode.Scalar(byte)
    }
}
