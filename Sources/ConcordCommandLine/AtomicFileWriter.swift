import Foundation

/// Writes a file so that it is either wholly replaced or left untouched:
/// the bytes go to a temporary file beside it, which is flushed, given the
/// old file's permissions and renamed over it.
public enum AtomicFileWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// A symbolic link is followed: the file it points to is replaced.
    public static func write(_ bytes: [UInt8], to link: String) throws {
        let path = (link as NSString).resolvingSymlinksInPath
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).concord-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var mode: mode_t = 0o644
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFREG else { throw Failure(description: "'\(path)' is not a regular file") }
            mode = status.st_mode & 0o7777
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw failure("cannot write beside '\(path)'") }
        var written = 0
        let ok: Bool = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
        let error = failure("cannot write '\(path)'")
        guard ok, fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let renameError = failure("cannot replace '\(path)'")
            unlink(temporary)
            throw renameError
        }
    }

    private static func failure(_ message: String) -> Failure {
        Failure(description: "\(message): \(String(cString: strerror(errno)))")
    }
}
