#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

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
        let path = PathName.followingLink(link)
        let directory = PathName.directory(path)
        let name = PathName.lastComponent(path)
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).concord-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var mode: mode_t = 0o644
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFREG else { throw Failure(description: "'\(path)' is not a regular file") }
            mode = status.st_mode & 0o7777
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw failure("cannot write beside '\(path)'") }
        let ok = FileDescriptorIO.write(bytes, to: descriptor)
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
        Failure(description: "\(message): \(SystemError.last)")
    }
}
