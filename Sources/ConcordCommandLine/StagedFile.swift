#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file's new bytes written whole to a temporary file beside it and
/// synced to the disk, not yet in its place: `commit` renames it over the
/// target, `discard` removes it. Several files that change together are
/// each staged first, so that a full disk or a bad path fails before any of
/// them changes.
public struct StagedFile {
    /// The file it will replace (a symbolic link followed).
    public var target: String
    public var temporary: String

    /// Writes `bytes` beside `link` (the file it points to, for a symbolic
    /// link). Temporary files of this target that a killed run left are
    /// removed first. The new file takes the old one's permissions.
    public static func stage(_ bytes: [UInt8], for link: String) throws(IOFailure) -> StagedFile {
        let path = PathName.followingLink(link)
        let name = TemporaryFileName(for: path)
        var mode: mode_t = 0o644
        var status = stat()
        if stat(path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFREG else { throw IOFailure(description: "'\(path)' is not a regular file") }
            mode = status.st_mode & 0o7777
        } else if errno != ENOENT {
            throw .last("cannot write '\(path)'")
        }
        for stale in name.stale() { unlink(stale) }
        let temporary = name.make()
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .last("cannot write '\(path)'") }
        WriteCheckpoint.pass()
        var failure: IOFailure?
        // Half the bytes, then the rest: a kill between leaves a cut-off
        // temporary file, which must never be taken for the target.
        let written = bytes.withUnsafeBytes { all in
            let half = all.count / 2
            guard FileDescriptorIO.write(UnsafeRawBufferPointer(rebasing: all[..<half]), to: descriptor) else { return false }
            WriteCheckpoint.pass()
            return FileDescriptorIO.write(UnsafeRawBufferPointer(rebasing: all[half...]), to: descriptor)
        }
        if !written {
            failure = .last("cannot write '\(path)'")
        } else if fchmod(descriptor, mode) != 0 {
            failure = .last("cannot set the permissions of '\(path)'")
        } else if fsync(descriptor) != 0 {
            failure = .last("cannot write '\(path)' to the disk")
        }
        if close(descriptor) != 0, failure == nil { failure = .last("cannot write '\(path)'") }
        if let failure {
            unlink(temporary)
            throw failure
        }
        WriteCheckpoint.pass()
        return StagedFile(target: path, temporary: temporary)
    }

    /// Renames the new file over the target and syncs the folder, so that
    /// the rename itself survives a crash.
    public func commit() throws(IOFailure) {
        guard rename(temporary, target) == 0 else {
            let failure = IOFailure.last("cannot replace '\(target)'")
            discard()
            throw failure
        }
        WriteCheckpoint.pass()
        syncFolder()
    }

    /// Puts the new file in place only if the target does not exist yet
    /// (a released version is never replaced): linked, so that the check
    /// and the write are one step; on a file system without hard links (a
    /// network share may have none), checked, then renamed.
    public func commitAsNew() throws(IOFailure) {
        if link(temporary, target) == 0 {
            WriteCheckpoint.pass()
            unlink(temporary)
            WriteCheckpoint.pass()
            syncFolder()
            return
        }
        let code = errno
        let noHardLinks = [EPERM, EOPNOTSUPP, ENOSYS].contains(code)
        if noHardLinks, case .failure = LocalFiles.kind(of: target) {
            try commit()
            return
        }
        discard()
        throw code == EEXIST || noHardLinks ? IOFailure(description: "'\(target)' already exists") : .code(code, "cannot write '\(target)'")
    }

    public func discard() {
        unlink(temporary)
    }

    private func syncFolder() {
        let folder = PathName.directory(target)
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
