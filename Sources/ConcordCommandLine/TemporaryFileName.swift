#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The name of the temporary file a write goes to before it is renamed
/// over its target: `.NAME.concord-PID-RANDOM` beside `NAME`, hidden, and
/// naming the process that writes it, so that one a killed run left can be
/// told from one a running `concord` is still writing.
struct TemporaryFileName {
    var folder: String
    var target: String

    /// For the file at `path` (a link already followed).
    init(for path: String) {
        folder = PathName.directory(path)
        target = PathName.lastComponent(path)
    }

    /// A fresh name for this process.
    func make() -> String {
        PathName.join(folder, prefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    private var prefix: String { "." + target + Self.marker }

    private static let marker = ".concord-"

    /// The temporary files of this target in its folder whose process is
    /// gone: what a killed run left.
    func stale() -> [String] {
        let names = (try? LocalFiles.names(in: folder.isEmpty ? "." : folder)) ?? []
        return names.filter { $0.hasPrefix(prefix) && Self.isStale($0) }.map { PathName.join(folder, $0) }
    }

    /// Every stale temporary file in `folder`, whatever its target.
    static func stale(in folder: String) -> [String] {
        let names = (try? LocalFiles.names(in: folder)) ?? []
        return names.filter { $0.hasPrefix(".") && $0.contains(marker) && isStale($0) }.map { PathName.join(folder, $0) }
    }

    /// A name of this form whose process no longer runs.
    static func isStale(_ name: String) -> Bool {
        guard let range = name.ranges(of: marker).last else { return false }
        let parts = name[range.upperBound...].split(separator: "-")
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { return false }
        if pid == getpid() { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}
