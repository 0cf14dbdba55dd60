/// Reads a deflate stream's bits, least significant first, from a buffer of
/// bytes. Reading past the end gives zero bits and marks the stream
/// truncated, so that a decoder on cut input stops with a failure instead
/// of reading memory it does not own.
struct BitReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to load into `buffer`.
    private(set) var position = 0
    private var buffer: UInt64 = 0
    /// The bits held in `buffer`.
    private var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether more bits were read than the input holds.
    var isTruncated: Bool { position &<< 3 &- count > bytes.count &<< 3 }

    /// Loads bytes until the buffer holds at least 57 bits: eight at once
    /// where the input has them.
    @inline(__always)
    mutating func refill() {
        if position + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self).littleEndian
            buffer |= word &<< UInt64(truncatingIfNeeded: count)
            let taken = (63 &- count) &>> 3
            position &+= taken
            count &+= taken &<< 3
            return
        }
        while count <= 56 {
            let byte = position < bytes.count ? bytes[position] : 0
            buffer |= UInt64(byte) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// Loads bytes if the buffer holds fewer than `bits` bits, to be read
    /// with `look`: 15 for a code, 33 for a length's extra bits and a
    /// distance's code and extra bits.
    @inline(__always)
    mutating func fill(_ bits: Int) {
        if count < bits { refill() }
    }

    /// The next `width` bits of those loaded, without consuming them.
    @inline(__always)
    func look(_ width: Int) -> Int {
        Int(truncatingIfNeeded: buffer & ((1 &<< UInt64(truncatingIfNeeded: width)) &- 1))
    }

    /// The next `width` bits (at most 32) without consuming them.
    @inline(__always)
    mutating func peek(_ width: Int) -> Int {
        if count < width { refill() }
        return Int(truncatingIfNeeded: buffer & ((1 << UInt64(width)) - 1))
    }

    @inline(__always)
    mutating func consume(_ width: Int) {
        buffer &>>= UInt64(truncatingIfNeeded: width)
        count &-= width
    }

    /// The next `width` bits (at most 32), consumed.
    @inline(__always)
    mutating func read(_ width: Int) -> Int {
        let value = peek(width)
        consume(width)
        return value
    }

    /// Drops the bits up to the next byte boundary and gives the offset of
    /// that byte in the input, the buffer emptied: what a stored block
    /// reads from.
    mutating func alignToByte() -> Int {
        consume(count % 8)
        let offset = position - count / 8
        buffer = 0
        count = 0
        position = offset
        return offset
    }

    /// Continues after `length` bytes read directly from `bytes`.
    mutating func skipBytes(_ length: Int) {
        position += length
    }
}
