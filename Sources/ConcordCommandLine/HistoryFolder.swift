import ConcordKit
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The folder beside a policy where every released version is kept:
/// `trust.policy` → `trust.history/1.0.policy`, `trust.history/1.1.policy`,
/// so that any two can be compared with `concord diff` without git.
struct HistoryFolder {
    var path: String

    init(policy: String) {
        let base = PathName.deletingExtension(policy)
        path = base + ".history"
    }

    /// The versions released so far, from the folder's file names.
    var versions: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { ReleaseVersion(fileName: $0)?.description }.sorted { ReleaseVersion($0)! < ReleaseVersion($1)! }
    }

    func file(for version: String) -> String {
        PathName.join(path, ReleaseVersion(version)?.fileName ?? version + ".policy")
    }

    /// Creates the folder if it is missing; true when it had to.
    func create() throws -> Bool {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory else { throw AtomicFileWriter.Failure(description: "'\(path)' is not a folder") }
            return false
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } catch {
            throw AtomicFileWriter.Failure(description: "cannot create the folder '\(path)' for released versions")
        }
        return true
    }

    /// Writes `text` as the released `version` (atomically, never over an
    /// existing file), then `update`; if `update` fails the kept version is
    /// removed again, so that a failure leaves the files as they were.
    func keep(_ text: String, as version: String, then update: () throws -> Void) throws {
        let created = try create()
        let target = file(for: version)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw AtomicFileWriter.Failure(description: "'\(target)' already holds a released version \(version)")
        }
        do {
            try AtomicFileWriter.write(text, to: target)
            try update()
        } catch {
            unlink(target)
            if created { rmdir(path) }
            throw error
        }
    }
}
