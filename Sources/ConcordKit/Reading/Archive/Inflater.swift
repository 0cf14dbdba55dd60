/// Decodes a raw deflate stream (RFC 1951): stored, fixed-Huffman and
/// dynamic-Huffman blocks. Hostile input gives a failure, never a crash or
/// an unbounded output: decoding stops once `limit` bytes are produced.
enum Inflater {
    enum Failure: Error, Equatable, Sendable {
        /// The stream breaks the format; the reason says where.
        case corrupt(String)
        /// The stream ends before its last block does.
        case truncated
        /// The output would pass the limit.
        case tooLarge
    }

    /// The bytes that `input` inflates to, at most `limit` of them.
    /// `expectedCount` sizes the output at once (a ZIP entry declares it).
    ///
    /// An output that cannot outgrow its first buffer (a ZIP entry's, whose
    /// declared size is the limit) is inflated into the array it is
    /// returned in, not copied out of a buffer of its own.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, limit: Int, expectedCount: Int = 0) -> Result<[UInt8], Failure> {
        let capacity = max(min(max(expectedCount, input.count * 4, 64), limit), 1)
        guard capacity >= limit else {
            var state = State(reader: BitReader(input), limit: limit, capacity: capacity)
            defer { state.output.deallocate() }
            if let failure = state.run() { return .failure(failure) }
            return .success(Array(UnsafeBufferPointer(start: state.output.baseAddress, count: state.count)))
        }
        var failure: Failure?
        let output = [UInt8](unsafeUninitializedCapacity: capacity + State.slack) { buffer, initialized in
            var state = State(reader: BitReader(input), limit: limit, output: buffer, capacity: capacity)
            failure = state.run()
            initialized = failure == nil ? state.count : 0
        }
        if let failure { return .failure(failure) }
        return .success(output)
    }

    static func inflate(_ input: [UInt8], limit: Int = .max) -> Result<[UInt8], Failure> {
        input.withUnsafeBufferPointer { inflate($0, limit: limit) }
    }
}

private extension Inflater {
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                               1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block gives the code lengths' own code lengths.
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixedLiterals = HuffmanCode(lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })!
    static let fixedDistances = HuffmanCode(lengths: [Int](repeating: 5, count: 30))!

    /// The decoder's state. The output is a buffer it owns, grown by
    /// doubling up to `limit`, and written through its pointer: appending
    /// to an array a byte at a time made inflating three times slower
    /// (`concord-bench`, the `.docx` row). The buffer holds `slack` bytes
    /// past its capacity, so that a match is copied eight bytes at a time.
    struct State {
        static let slack = 8
        var reader: BitReader
        let limit: Int
        var output: UnsafeMutableBufferPointer<UInt8>
        /// The bytes the output may hold, `slack` not counted.
        var capacity: Int
        var count = 0

        init(reader: BitReader, limit: Int, capacity: Int) {
            self.init(reader: reader, limit: limit, output: .allocate(capacity: max(capacity, 1) + Self.slack), capacity: capacity)
        }

        /// A state that writes into `output`, which holds `capacity` and
        /// `slack` bytes; it is replaced (and deallocated) only if the
        /// output grows past `capacity`, which it cannot when that is the limit.
        init(reader: BitReader, limit: Int, output: UnsafeMutableBufferPointer<UInt8>, capacity: Int) {
            self.reader = reader
            self.limit = limit
            self.capacity = max(capacity, 1)
            self.output = output
        }

        /// Makes room for `extra` more bytes; false past the limit.
        @inline(__always)
        mutating func reserve(_ extra: Int) -> Bool {
            let needed = count + extra
            if needed <= capacity { return true }
            guard needed <= limit else { return false }
            capacity = min(max(needed, capacity * 2), limit)
            let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity + Self.slack)
            _ = grown.initialize(fromContentsOf: output[..<count])
            output.deallocate()
            output = grown
            return true
        }

        /// Decodes blocks up to the last one; nil on success.
        mutating func run() -> Failure? {
            while true {
                let isLast = reader.read(1) == 1
                let failure: Failure?
                switch reader.read(2) {
                case 0: failure = stored()
                case 1: failure = compressed(Inflater.fixedLiterals, Inflater.fixedDistances)
                case 2:
                    switch dynamicCodes() {
                    case .success(let codes): failure = compressed(codes.literals, codes.distances)
                    case .failure(let reason): failure = reason
                    }
                default: failure = .corrupt("a block of the reserved type 3")
                }
                if let failure { return failure }
                if reader.isTruncated { return .truncated }
                if isLast { return nil }
            }
        }

        /// A stored block: LEN, its complement NLEN, then LEN bytes.
        mutating func stored() -> Failure? {
            let start = reader.alignToByte()
            let bytes = reader.bytes
            guard start + 4 <= bytes.count else { return .truncated }
            let length = Int(bytes[start]) | Int(bytes[start + 1]) << 8
            let complement = Int(bytes[start + 2]) | Int(bytes[start + 3]) << 8
            guard length == complement ^ 0xFFFF else { return .corrupt("a stored block whose length does not match its complement") }
            guard start + 4 + length <= bytes.count else { return .truncated }
            guard reserve(length) else { return .tooLarge }
            if length > 0 { (output.baseAddress! + count).initialize(from: bytes.baseAddress! + start + 4, count: length) }
            count += length
            reader.skipBytes(4 + length)
            return nil
        }

        /// The literal/length and distance codes of a dynamic block.
        mutating func dynamicCodes() -> Result<(literals: HuffmanCode, distances: HuffmanCode), Failure> {
            let literalCount = reader.read(5) + 257
            let distanceCount = reader.read(5) + 1
            let lengthCount = reader.read(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { return .failure(.corrupt("a dynamic block with too many codes")) }
            var lengthLengths = [Int](repeating: 0, count: 19)
            let order = Inflater.lengthOrder
            for index in 0..<lengthCount { lengthLengths[order[index]] = reader.read(3) }
            guard let lengthCode = HuffmanCode(lengths: lengthLengths) else { return .failure(.corrupt("over-subscribed code lengths")) }
            // Written in place: appending a run of repeats an element at a time took as long as building the codes.
            let total = literalCount + distanceCount
            var lengths = [Int](repeating: 0, count: total)
            var filled = 0
            while filled < total {
                if reader.isTruncated { return .failure(.truncated) }
                guard let symbol = lengthCode.decode(&reader) else { return .failure(.corrupt("an unknown code length code")) }
                let length: Int, repeats: Int
                switch symbol {
                case 0...15: (length, repeats) = (symbol, 1)
                case 16:
                    guard filled > 0 else { return .failure(.corrupt("a repeat with no length before it")) }
                    (length, repeats) = (lengths[filled - 1], 3 + reader.read(2))
                case 17: (length, repeats) = (0, 3 + reader.read(3))
                default: (length, repeats) = (0, 11 + reader.read(7))
                }
                guard filled + repeats <= total else { return .failure(.corrupt("code lengths that run past their count")) }
                for index in filled..<(filled + repeats) { lengths[index] = length }
                filled += repeats
            }
            guard lengths[256] != 0 else { return .failure(.corrupt("a block with no end-of-block code")) }
            guard let literals = HuffmanCode(lengths: Array(lengths[..<literalCount])),
                  let distances = HuffmanCode(lengths: Array(lengths[literalCount...])) else {
                return .failure(.corrupt("over-subscribed literal or distance lengths"))
            }
            return .success((literals, distances))
        }

        /// The symbols of a Huffman block up to its end-of-block code.
        /// While the output has room for the longest match (258 bytes), a
        /// symbol is decoded and written with no other check than the
        /// input's end; near the limit, each write makes its room first.
        ///
        /// The reader and the output's end are locals, held in registers
        /// rather than read and written through `self` at each step; bits
        /// are loaded once for a code and once for a length and its
        /// distance, not before each read; a match at a distance of eight
        /// or more is copied eight bytes at a time. Inflating a Word
        /// document's parts takes a third fewer instructions than it did
        /// (`concord-bench`, the `.docx` row).
        mutating func compressed(_ literals: HuffmanCode, _ distances: HuffmanCode) -> Failure? {
            // The tables as locals: a global is checked for its first use at each access.
            let lengthBase = Inflater.lengthBase, lengthExtra = Inflater.lengthExtra
            let distanceBase = Inflater.distanceBase, distanceExtra = Inflater.distanceExtra
            return literals.fast.withUnsafeBufferPointer { literalTable in
                distances.fast.withUnsafeBufferPointer { distanceTable -> Failure? in
                    let literalBits = literals.bits, distanceBits = distances.bits
                    var reader = self.reader
                    var count = self.count
                    var capacity = self.capacity
                    var base = output.baseAddress!
                    defer {
                        self.reader = reader
                        self.count = count
                    }
                    while true {
                        if reader.isTruncated { return .truncated }
                        reader.fill(15)
                        var symbol = Int(literalTable[reader.look(literalBits)])
                        if symbol == 0 {
                            guard let slow = literals.decodeSlowly(reader.look(15)) else { return .corrupt("an unknown literal or length code") }
                            symbol = slow
                        }
                        reader.consume(symbol & 15)
                        symbol &>>= 4
                        if symbol < 256 {
                            if count == capacity {
                                self.count = count
                                guard reserve(1) else { return .tooLarge }
                                capacity = self.capacity
                                base = output.baseAddress!
                            }
                            base[count] = UInt8(truncatingIfNeeded: symbol)
                            count += 1
                            continue
                        }
                        if symbol == 256 { return nil }
                        let lengthIndex = symbol - 257
                        guard lengthIndex < 29 else { return .corrupt("the unused length code \(symbol)") }
                        reader.fill(33)
                        let lengthBits = lengthExtra[lengthIndex]
                        let length = lengthBase[lengthIndex] + reader.look(lengthBits)
                        reader.consume(lengthBits)
                        var distanceSymbol = Int(distanceTable[reader.look(distanceBits)])
                        if distanceSymbol == 0 {
                            guard let slow = distances.decodeSlowly(reader.look(15)) else { return .corrupt("an unknown distance code") }
                            distanceSymbol = slow
                        }
                        reader.consume(distanceSymbol & 15)
                        distanceSymbol &>>= 4
                        guard distanceSymbol < 30 else { return .corrupt("the unused distance code \(distanceSymbol)") }
                        let distanceBits = distanceExtra[distanceSymbol]
                        let distance = distanceBase[distanceSymbol] + reader.look(distanceBits)
                        reader.consume(distanceBits)
                        guard distance <= count else { return .corrupt("a distance back past the start of the output") }
                        if count + length > capacity {
                                self.count = count
                                guard reserve(length) else { return .tooLarge }
                                capacity = self.capacity
                                base = output.baseAddress!
                            }
                        Self.copyMatch(to: base + count, length: length, distance: distance)
                        count += length
                    }
                }
            }
        }

        /// Writes at `to` the `length` bytes that start `distance` back,
        /// which may overlap the bytes they make.
        @inline(__always)
        static func copyMatch(to start: UnsafeMutablePointer<UInt8>, length: Int, distance: Int) {
            var to = start
            var from = to - distance
            if distance >= 8 {
                // Each eight bytes read lie wholly before those written; up to
                // seven bytes past the match land in the slack or in bytes
                // the next symbols overwrite.
                let end = start + length
                repeat {
                    UnsafeMutableRawPointer(to).storeBytes(of: UnsafeRawPointer(from).loadUnaligned(as: UInt64.self), as: UInt64.self)
                    to += 8
                    from += 8
                } while to < end
            } else if distance == 1 {
                to.update(repeating: from.pointee, count: length)
            } else {
                for _ in 0..<length {
                    to.pointee = from.pointee
                    to += 1
                    from += 1
                }
            }
        }
    }
}
