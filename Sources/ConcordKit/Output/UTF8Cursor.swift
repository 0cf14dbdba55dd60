/// A write position in a fixed run of memory that output is written into as
/// UTF-8. Every write checks that it fits, so a writer that sizes the memory
/// too small stops instead of writing past it. Record writers size a scratch
/// buffer for the longest record they can write, fill it through a cursor, and
/// append what was written to their output in one copy (`append(to:…)`). A
/// cursor is good only inside the closure that lends it the memory.
struct UTF8Cursor {
    private let start: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    /// A cursor at the start of `buffer`, which must not be empty.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = buffer.baseAddress!
        capacity = buffer.count
    }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    mutating func write(_ byte: UInt8) {
        precondition(count < capacity, "UTF8Cursor: no room left")
        start[count] = byte
        count += 1
    }

    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(UnsafeRawBufferPointer(bytes))
    }

    /// Text fixed at compile time (keys, punctuation), as it is. Its length
    /// is a constant, so the copy compiles to a few moves. (There is no
    /// `String` overload: string literals would choose it.)
    @inline(__always)
    mutating func write(_ text: StaticString) {
        write(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A raw memory copy: `UnsafeMutablePointer.initialize(from:count:)`
    /// would call a generic copy in the standard library instead.
    @inline(__always)
    private mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        precondition(bytes.count <= capacity - count, "UTF8Cursor: no room left")
        UnsafeMutableRawPointer(start + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// An integer in decimal, as `String(value)` writes it: at most 20 bytes.
    mutating func write(decimal value: Int) {
        if value < 0 { write(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 { digits += 1; rest /= 10 }
        precondition(digits <= capacity - count, "UTF8Cursor: no room left")
        count += digits
        var index = count
        repeat {
            index -= 1
            start[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}

extension UTF8Cursor {
    /// Appends to `out` what `body` writes through a cursor, which must fit
    /// in `capacity` bytes. The bytes are written into `scratch` first, which
    /// grows to `capacity` if it is shorter; a writer that appends many
    /// records passes the same scratch to every call.
    static func append(
        to out: inout [UInt8], capacity: Int, scratch: inout [UInt8], _ body: (inout UTF8Cursor) -> Void
    ) {
        if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: max(capacity, 2 * scratch.count)) }
        scratch.withUnsafeMutableBufferPointer { buffer in
            // Only `capacity` bytes, so that a writer that needs more stops
            // whatever the scratch's size.
            var cursor = UTF8Cursor(UnsafeMutableBufferPointer(rebasing: buffer[..<capacity]))
            body(&cursor)
            out.append(contentsOf: cursor.written)
        }
    }
}
