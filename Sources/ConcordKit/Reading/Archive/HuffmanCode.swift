/// A canonical Huffman code of deflate (RFC 1951, 3.2.2), built from the
/// code length of each symbol. Codes of up to `fastBits` bits are decoded
/// with one table look-up; longer ones bit by bit.
struct HuffmanCode {
    static let fastBits = 10
    /// How many codes have each length, 0...15.
    private var counts = [Int](repeating: 0, count: 16)
    /// The symbols in canonical order.
    private var symbols: [Int]
    /// For each `fastBits` bits of input: the symbol << 4 | its code length,
    /// or 0 when the code is longer (or none).
    private var fast = [Int](repeating: 0, count: 1 << HuffmanCode.fastBits)

    /// The code for `lengths` (0 meaning the symbol is unused); nil when
    /// the lengths are over-subscribed An incomplete or empty code
    /// is allowed (a single distance code is common); input
    /// that uses a missing code fails when decoded.
    init?(lengths: [Int]) {
        for length in lengths {
            guard length >= 0, length <= 15 else { return nil }
            counts[length] += 1
        }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left << 1 - counts[length]
            if left < 0 { return nil }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        // Canonical codes, bit-reversed as they arrive in the stream.
        var code = 0
        var index = 0
        for length in 1...Self.fastBits {
            for _ in 0..<counts[length] {
                var reversed = 0
                for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
                var slot = reversed
                while slot < 1 << Self.fastBits {
                    fast[slot] = symbols[index] << 4 | length
                    slot += 1 << length
                }
                code += 1
                index += 1
            }
            code <<= 1
        }
    }

    /// The next symbol of `reader`; nil for a code the table does not hold.
    @inline(__always)
    func decode(_ reader: inout BitReader) -> Int? {
        let entry = fast[reader.peek(Self.fastBits)]
        if entry != 0 {
            reader.consume(entry & 15)
            return entry >> 4
        }
        return decodeSlowly(&reader)
    }

    private func decodeSlowly(_ reader: inout BitReader) -> Int? {
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
