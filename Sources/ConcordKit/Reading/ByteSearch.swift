/// Finds the next of a few ASCII bytes in UTF-8 text, testing eight bytes
/// at a time: most of a line holds no line break, most of a sentence no
/// full stop.
enum ByteSearch {
    /// The offset of the first byte at or after `index` that is one of
    /// `first`, `second` and `third`, or the count of `bytes`.
    static func next(in bytes: UnsafeBufferPointer<UInt8>, from index: Int,
                     _ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if holds(word, first) || holds(word, second) || holds(word, third) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == first || byte == second || byte == third { return index }
            index += 1
        }
        return bytes.count
    }

    /// The offset of the first byte at or after `index` that is `byte`, or
    /// the count of `bytes`.
    static func next(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, _ byte: UInt8) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                if holds(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), byte) { break }
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return bytes.count
    }

    /// The offset of the first byte at or after `index` that is `first` or
    /// `second`, or the count of `bytes`.
    static func next(in bytes: UnsafeBufferPointer<UInt8>, from index: Int, _ first: UInt8, _ second: UInt8) -> Int {
        var index = index
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if holds(word, first) || holds(word, second) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == first || byte == second { return index }
            index += 1
        }
        return bytes.count
    }

    /// Whether `word`'s bytes occur in `bytes`, compared as they are, or
    /// with the ASCII capitals of `bytes` lower-cased (`word` is then in
    /// lower case). Its first byte is looked for eight bytes at a time.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8], ignoringCase: Bool = false) -> Bool {
        guard let first = word.first else { return true }
        guard word.count <= bytes.count else { return false }
        let capital = ignoringCase && first >= 97 && first <= 122 ? first - 32 : first
        let last = bytes.count - word.count
        var start = next(in: bytes, from: 0, first, capital, capital)
        while start <= last {
            var offset = 1
            while offset < word.count {
                let byte = bytes[start + offset]
                guard (ignoringCase && byte >= 65 && byte <= 90 ? byte + 32 : byte) == word[offset] else { break }
                offset += 1
            }
            if offset == word.count { return true }
            start = next(in: bytes, from: start + 1, first, capital, capital)
        }
        return false
    }

    /// Whether no byte has its high bit set, eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// Whether one of the eight bytes of `word` is `byte`: the bytes equal
    /// to it become zero, and only a zero byte borrows into its high bit
    /// without having had it set.
    @inline(__always)
    static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let spread = word ^ (ones &* UInt64(byte))
        return (spread &- ones) & ~spread & (ones << 7) != 0
    }
}
