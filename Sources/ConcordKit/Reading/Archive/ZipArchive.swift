/// Reads a ZIP archive held in memory (APPNOTE 6.3): its central directory
/// and its stored and deflated entries, each checked against its CRC-32.
///
/// Safe on hostile input: every offset and size is checked against the
/// archive's bytes; an entry inflates to at most `sizeLimit` bytes and to at
/// most `ratioLimit` times its compressed size (a zip bomb is refused
/// before it is inflated, or as soon as it passes either); encrypted
/// entries are refused unread.
struct ZipArchive {
    enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record: not a ZIP archive.
        case notArchive
        /// Offsets or sizes that point outside the archive, a bad CRC or a
        /// broken deflate stream; the reason says which.
        case corrupt(String)
        /// The entry is encrypted.
        case encrypted(String)
        /// The entry is compressed by a method other than store or deflate.
        case unsupportedMethod(String, Int)
        /// The entry would inflate past the size or ratio limit.
        case tooLarge(String)
        /// A ZIP64 archive (more than 65535 entries or 4 GB).
        case zip64
    }

    /// Inflated bytes allowed for one entry.
    static let defaultSizeLimit = 64 << 20
    /// Inflated bytes allowed for each stored byte (text deflates about 10:1).
    static let defaultRatioLimit = 200

    let bytes: [UInt8]
    private(set) var entries: [ZipEntry] = []
    var sizeLimit = ZipArchive.defaultSizeLimit
    var ratioLimit = ZipArchive.defaultRatioLimit

    /// Reads the central directory of `bytes`.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard let end = Self.endRecord(bytes) else { throw .notArchive }
        let count = Self.uint16(bytes, end + 10)
        let size = Self.uint32(bytes, end + 12)
        let offset = Self.uint32(bytes, end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF { throw .zip64 }
        guard offset + size <= end else { throw .corrupt("the central directory lies outside the archive") }
        var position = offset
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard position + 46 <= offset + size, Self.uint32(bytes, position) == 0x0201_4B50 else {
                throw .corrupt("a central directory entry is damaged")
            }
            let nameLength = Self.uint16(bytes, position + 28)
            let extraLength = Self.uint16(bytes, position + 30)
            let commentLength = Self.uint16(bytes, position + 32)
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw .corrupt("a central directory entry runs past the directory") }
            entries.append(ZipEntry(
                name: String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                method: Self.uint16(bytes, position + 10),
                flags: Self.uint16(bytes, position + 8),
                crc: UInt32(Self.uint32(bytes, position + 16)),
                compressedSize: Self.uint32(bytes, position + 20),
                uncompressedSize: Self.uint32(bytes, position + 24),
                localHeaderOffset: Self.uint32(bytes, position + 42)))
            position = next
        }
    }

    /// The entry named `name` (ZIP names use "/"; letter case as written).
    func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    /// The bytes of `entry`, inflated and checked.
    func contents(of entry: ZipEntry) throws(Failure) -> [UInt8] {
        if entry.isEncrypted { throw .encrypted(entry.name) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.name, entry.method) }
        if entry.uncompressedSize > sizeLimit || entry.uncompressedSize > max(entry.compressedSize, 1) * ratioLimit {
            throw .tooLarge(entry.name)
        }
        let local = entry.localHeaderOffset
        guard local + 30 <= bytes.count, Self.uint32(bytes, local) == 0x0403_4B50 else {
            throw .corrupt("the local header of '\(entry.name)' is damaged")
        }
        let start = local + 30 + Self.uint16(bytes, local + 26) + Self.uint16(bytes, local + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt("'\(entry.name)' runs past the end of the archive") }
        let data: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else { throw .corrupt("the sizes of stored '\(entry.name)' differ") }
            data = Array(bytes[start..<(start + entry.compressedSize)])
        } else {
            // The declared size bounds the output: a stream that inflates
            // past it is a lie, whatever it holds.
            let result = bytes.withUnsafeBufferPointer { buffer in
                Inflater.inflate(UnsafeBufferPointer(rebasing: buffer[start..<(start + entry.compressedSize)]),
                                 limit: entry.uncompressedSize, expectedCount: entry.uncompressedSize)
            }
            switch result {
            case .success(let inflated): data = inflated
            case .failure(.tooLarge): throw .corrupt("'\(entry.name)' inflates past its declared size")
            case .failure(.truncated): throw .corrupt("the compressed data of '\(entry.name)' is cut short")
            case .failure(.corrupt(let reason)): throw .corrupt("the compressed data of '\(entry.name)' is damaged: \(reason)")
            }
        }
        guard data.count == entry.uncompressedSize else { throw .corrupt("'\(entry.name)' is shorter than its declared size") }
        guard CRC32.checksum(data) == entry.crc else { throw .corrupt("'\(entry.name)' fails its CRC check") }
        return data
    }
}

private extension ZipArchive {
    /// The offset of the end-of-central-directory record, searched for
    /// backwards over the longest comment the record allows.
    static func endRecord(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if bytes[position] == 0x50, uint32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }
}
