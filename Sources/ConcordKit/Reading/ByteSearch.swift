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

    /// Whether `word`'s bytes occur in `bytes`, compared as they are.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard let first = word.first else { return true }
        guard word.count <= bytes.count else { return false }
        outer: for start in 0...(bytes.count - word.count) where bytes[start] == first {
            for offset in 1..<word.count where bytes[start + offset] != word[offset] { continue outer }
            return true
        }
        return false
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
