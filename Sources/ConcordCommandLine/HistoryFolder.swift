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
    func create() throws(IOFailure) -> Bool {
        switch LocalFiles.kind(of: path) {
        case .success(.folder): return false
        case .success(.file): throw IOFailure(description: "'\(path)' is not a folder")
        case .failure: break
        }
        guard mkdir(path, 0o777) == 0 else { throw .last("cannot create the folder '\(path)' for released versions") }
        return true
    }

    /// Writes `text` as the policy at `policy` and as its released
    /// `version` (never over an existing file), all or nothing: both are
    /// staged first, then the version is put in place and the policy
    /// renamed over the old one, which commits the release. `alongside`
    /// (merge's report, staged already) is put in place just before the
    /// policy. On a failure nothing changes (but for the report, should
    /// the policy's own rename fail after it); a run killed before the
    /// policy's rename leaves a kept version that `undoUnfinished` removes
    /// on the next run, which then writes every file again.
    func write(_ text: String, policy: String, as version: String, alongside extra: StagedFile? = nil) throws {
        let bytes = Array(text.utf8)
        let created = try create()
        let target = file(for: version)
        var policyFile: StagedFile?
        do {
            if case .success = LocalFiles.kind(of: target) {
                throw IOFailure(description: "'\(target)' already holds a released version \(version)")
            }
            policyFile = try StagedFile.stage(bytes, for: policy)
            try StagedFile.stage(bytes, for: target).commitAsNew()
            do {
                try extra?.commit()
                try policyFile!.commit()
            } catch {
                unlink(target)
                throw error
            }
        } catch {
            policyFile?.discard()
            extra?.discard()
            if created { rmdir(path) }
            throw error
        }
    }

    /// Undoes what a killed release or merge left beside `policy`, saying
    /// so: every command that writes a `.policy` file does this first, so
    /// that the temporary file that tells an unfinished release is never
    /// removed before its kept version.
    static func undoUnfinished(beside policy: String, io: CommandIO) {
        let folder = HistoryFolder(policy: policy)
        guard case .success(.folder) = LocalFiles.kind(of: folder.path) else { return }
        for version in folder.undoUnfinished(policy: policy) {
            io.warning("removed '\(folder.file(for: version))', kept by a release or merge that was stopped before it wrote '\(policy)'")
        }
    }

    /// Undoes a release (or a merge's first kept version) that a killed
    /// run left unfinished: a kept version whose bytes are those of a
    /// temporary file of the policy that the run never renamed into place.
    /// The temporary files the run left are removed. Gives the versions
    /// undone.
    func undoUnfinished(policy: String) -> [String] {
        var undone: [String] = []
        let pending = TemporaryFileName(for: PathName.followingLink(policy)).stale()
        for temporary in pending {
            if let bytes = try? LocalFiles.read(temporary, limit: .max) {
                for version in versions {
                    let kept = file(for: version)
                    if (try? LocalFiles.read(kept, limit: .max)) == bytes, unlink(kept) == 0 { undone.append(version) }
                }
            }
            unlink(temporary)
        }
        for temporary in TemporaryFileName.stale(in: path) { unlink(temporary) }
        if !undone.isEmpty, versions.isEmpty { rmdir(path) }
        return undone
    }
}
