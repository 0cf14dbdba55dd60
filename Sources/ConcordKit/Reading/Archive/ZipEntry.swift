/// One file of a ZIP archive as its central directory lists it. Its name
/// is only ever compared with the names a reader looks for: it is never
/// made into a path on disk.
struct ZipEntry: Sendable {
    var name: String
    /// 0 stored, 8 deflated; other methods are not read.
    var method: Int
    var flags: Int
    var crc: UInt32
    var compressedSize: Int
    var uncompressedSize: Int
    /// Where the entry's local header starts in the archive.
    var localHeaderOffset: Int

    var isEncrypted: Bool { flags & 1 != 0 }
}
