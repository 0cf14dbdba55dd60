#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Files and folders as the commands read them, every failure with the
/// system's reason: a symbolic link loop is "Too many levels of symbolic
/// links", not a missing file; an unreadable folder is "Permission
/// denied", not an empty one.
enum LocalFiles {
    enum Kind: Equatable {
        case file
        case folder
    }

    /// What `path` is (following links), or the error number of `stat`.
    static func kind(of path: String) -> Result<Kind, ReadFailure> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(.system(errno)) }
        return .success((status.st_mode & S_IFMT) == S_IFDIR ? .folder : .file)
    }

    /// The names in a folder, without "." and "..".
    static func names(in folder: String) throws(ReadFailure) -> [String] {
        guard let directory = opendir(folder) else { throw .system(errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw .system(errno) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// The bytes of the file at `path`, at most `limit` of them. A folder
    /// is `EISDIR`; a FIFO or a device is read as a stream, opened without
    /// waiting for a writer, so that a FIFO nobody writes to reads as
    /// empty rather than hanging.
    static func read(_ path: String, limit: Int) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .system(EISDIR) }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit { throw .tooLarge(limit: limit) }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return try FileDescriptorIO.readAll(descriptor, limit: limit)
    }
}
