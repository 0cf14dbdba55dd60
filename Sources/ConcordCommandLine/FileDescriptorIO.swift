#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#else
import Darwin
private let systemWrite = Darwin.write
#endif

/// Whole reads and writes on a file descriptor, retried when a signal
/// interrupts them or the kernel takes only part.
enum FileDescriptorIO {
    /// Writes every byte; false when the descriptor refuses them, with
    /// `errno` saying why (`EIO` when the kernel takes nothing and gives no
    /// reason).
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var written = 0
        while written < bytes.count {
            let result = systemWrite(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            if result == 0 {
                errno = EIO
                return false
            }
            written += result
        }
        return true
    }

    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    @discardableResult
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { write($0, to: descriptor) }
    }

    /// Everything until the end of the stream; throws the system's error
    /// (a folder, a closed descriptor) or `tooLarge` past `limit` bytes.
    static func readAll(_ descriptor: Int32, limit: Int = .max) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            guard count > 0 else { return bytes }
            guard bytes.count + count <= limit else { throw .tooLarge(limit: limit) }
            bytes += chunk[0..<count]
        }
    }
}
