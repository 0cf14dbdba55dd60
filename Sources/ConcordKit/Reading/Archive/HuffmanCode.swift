/// A canonical Huffman code of deflate (RFC 1951, 3.2.2), built from the
/// code length of each symbol. Codes of up to `fastBits` bits are decoded
/// with one table look-up; longer ones bit by bit.
struct HuffmanCode {
    static let fastBits = 10
    /// How many codes have each length, 0...15.
    private var counts = [Int](repeating: 0, count: 16)
    /// The symbols in canonical order.
    private var symbols: [Int]
    /// For each `bits` bits of input: the symbol << 4 | its code length,
    /// or 0 when the code is longer (or none). As wide as the longest code
    /// up to `fastBits`: a code-length code of 7 bits fills 128 entries,
    /// not 1,024, which most of a small part's inflating time went to.
    private(set) var fast: [UInt16]
    /// The bits the table is indexed by.
    let bits: Int

    /// The code for `lengths` (0 meaning the symbol is unused); nil when
    /// the lengths are over-subscribed An incomplete or empty code
    /// is allowed (a single distance code is common); input
    /// that uses a missing code fails when decoded.
    init?(lengths: [Int]) {
        var longest = 0
        for length in lengths {
            guard length >= 0, length <= 15 else { return nil }
            counts[length] += 1
            longest = max(longest, length)
        }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left << 1 - counts[length]
            if left < 0 { return nil }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        let bits = max(1, min(Self.fastBits, longest))
        var fast = [UInt16](repeating: 0, count: 1 << bits)
        // Canonical codes, bit-reversed as they arrive in the stream.
        let counts = self.counts
        fast.withUnsafeMutableBufferPointer { fast in
            var code = 0
            var index = 0
            for length in 1...bits {
                for _ in 0..<counts[length] {
                    var reversed = 0
                    for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                    let entry = UInt16(truncatingIfNeeded: symbols[index] << 4 | length)
                    var slot = reversed
                    while slot < fast.count {
                        fast[slot] = entry
                        slot += 1 << length
                    }
                    code += 1
                    index += 1
                }
                code <<= 1
            }
        }
        self.symbols = symbols
        self.fast = fast
        self.bits = bits
    }

    /// The next symbol of `reader`; nil for a code the table does not hold.
    @inline(__always)
    func decode(_ reader: inout BitReader) -> Int? {
        let entry = Int(fast[reader.peek(bits)])
        if entry != 0 {
            reader.consume(entry & 15)
            return entry >> 4
        }
        return decodeSlowly(&reader)
    }

    func decodeSlowly(_ reader: inout BitReader) -> Int? {
        let bits = reader.peek(15)
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            code |= (bits >> (length - 1)) & 1
            let count = counts[length]
            if code - first < count {
                reader.consume(length)
                return symbols[index + code - first]
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        return nil
    }
}
