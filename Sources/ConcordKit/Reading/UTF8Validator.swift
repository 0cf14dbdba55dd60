/// Whether bytes are well-formed UTF-8, as `String(validating:)` judges
/// them: no overlong forms, no surrogates, nothing past U+10FFFF, no
/// sequence cut short. Runs of ASCII, most of a policy, are passed eight
/// bytes at a time; the standard library's check takes each byte alone.
enum UTF8Validator {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isValid(bytes, refusingNUL: false)
    }

    /// Whether bytes are well-formed UTF-8 with no NUL byte, what a text
    /// document is, in the one pass: NUL bytes are looked for in the same
    /// eight bytes as the high bits.
    static func isText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isValid(bytes, refusingNUL: true)
    }

    @inline(__always)
    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, refusingNUL: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time: no byte with its high bit set
            // (and none zero).
            while index + 8 <= count, case let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self),
                  word & 0x8080_8080_8080_8080 == 0, !refusingNUL || !ByteSearch.holds(word, 0) {
                index += 8
            }
            guard index < count else { return true }
            let lead = base[index]
            if lead < 0x80 {
                if refusingNUL && lead == 0 { return false }
                index += 1
                continue
            }
            // The lead byte gives the length and the range of the second
            // byte; the bytes after the second are all 80…BF.
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard index + length <= count else { return false }
            let second = base[index + 1]
            guard second >= low, second <= high else { return false }
            var offset = 2
            while offset < length {
                guard base[index + offset] & 0xC0 == 0x80 else { return false }
                offset += 1
            }
            index += length
        }
        return true
    }
}
