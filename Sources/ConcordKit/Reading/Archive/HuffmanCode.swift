/// A canonical Huffman code of deflate (RFC 1951, 3.2.2), built from the
/// code length of each symbol. Codes of up to `fastBits` bits are decoded
/// with one table look-up; longer ones bit by bit.
struct HuffmanCode {
    static let fastBits = 10
    /// How many codes have each length, 0...15.
    private var counts: [Int]
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
    ///
    /// Built through buffers, each code reversed by shifts rather than bit
    /// by bit: a dynamic block builds three codes, and building them took
    /// a fifth of inflating a Word document's parts (`concord-bench`, the
    /// `.docx` row).
    init?(lengths: [Int]) {
        var counts = [Int](repeating: 0, count: 16)
        var longest = 0
        let valid = counts.withUnsafeMutableBufferPointer { counts -> Bool in
            for length in lengths {
                guard length >= 0, length <= 15 else { return false }
                counts[length] += 1
                longest = max(longest, length)
            }
            counts[0] = 0
            var left = 1
            for length in 1...15 {
                left = left << 1 - counts[length]
                if left < 0 { return false }
            }
            return true
        }
        guard valid else { return nil }
        var symbols = [Int](repeating: 0, count: lengths.count)
        let bits = max(1, min(Self.fastBits, longest))
        var fast = [UInt16](repeating: 0, count: 1 << bits)
        counts.withUnsafeBufferPointer { counts in
            symbols.withUnsafeMutableBufferPointer { symbols in
                // Where each length's symbols start in canonical order.
                var offsets = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                withUnsafeMutableBytes(of: &offsets) { raw in
                    let offsets = raw.bindMemory(to: Int.self)
                    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
                    for (symbol, length) in lengths.enumerated() where length != 0 {
                        symbols[offsets[length]] = symbol
                        offsets[length] += 1
                    }
                }
                fast.withUnsafeMutableBufferPointer { fast in
                    // Canonical codes, bit-reversed as they arrive in the stream.
                    var code = 0
                    var index = 0
                    for length in 1...bits {
                        let step = 1 << length
                        for _ in 0..<counts[length] {
                            let entry = UInt16(truncatingIfNeeded: symbols[index] << 4 | length)
                            var slot = Self.reversed(code, length)
                            while slot < fast.count {
                                fast[slot] = entry
                                slot += step
                            }
                            code += 1
                            index += 1
                        }
                        code <<= 1
                    }
                }
            }
        }
        self.counts = counts
        self.symbols = symbols
        self.fast = fast
        self.bits = bits
    }

    /// The next symbol of `reader`; nil for a code the table does not hold.
    @inline(__always)
    func decode(_ reader: inout BitReader) -> Int? {
        var entry = Int(fast[reader.peek(bits)])
        if entry == 0 {
            guard let slow = decodeSlowly(reader.peek(15)) else { return nil }
            entry = slow
        }
        reader.consume(entry & 15)
        return entry >> 4
    }

    /// The symbol whose code starts the 15 bits `bits`, as the table gives
    /// one (the symbol << 4 | its code length); nil for none. It takes bits
    /// rather than the reader, so that a decoding loop keeps its reader in
    /// registers.
    func decodeSlowly(_ bits: Int) -> Int? {
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            code |= (bits >> (length - 1)) & 1
            let count = counts[length]
            if code - first < count {
                return symbols[index + code - first] << 4 | length
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        return nil
    }

    /// The low `length` bits of `code` in reverse order.
    private static func reversed(_ code: Int, _ length: Int) -> Int {
        var value = UInt16(truncatingIfNeeded: code)
        value = (value & 0x5555) << 1 | (value >> 1) & 0x5555
        value = (value & 0x3333) << 2 | (value >> 2) & 0x3333
        value = (value & 0x0F0F) << 4 | (value >> 4) & 0x0F0F
        value = value << 8 | value >> 8
        return Int(value >> (16 - length))
    }
}
