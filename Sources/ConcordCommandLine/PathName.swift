#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// File paths as the commands take and print them: strings split at "/",
/// never made absolute against the working folder (as `URL` would).
enum PathName {
    /// "a/b.txt" → "b.txt"; trailing slashes are ignored; "/" stays "/".
    static func lastComponent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        if trimmed == "/" { return trimmed }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// "a/b.txt" → "a"; "b.txt" → ""; "/b.txt" → "/".
    static func directory(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let parent = trimmingTrailingSlashes(String(trimmed[..<slash]))
        return parent.isEmpty ? "/" : parent
    }

    /// `name` inside `directory`; an empty directory gives `name` alone.
    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// "b.TXT" → "TXT"; a name that only starts with a dot (".profile")
    /// has none.
    static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// "a/b.txt" → "a/b".
    static func deletingExtension(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        let ext = pathExtension(trimmed)
        return ext.isEmpty ? trimmed : String(trimmed.dropLast(ext.count + 1))
    }

    /// One name for one file: the real path when it exists ("./a/../b.txt"
    /// and "b.txt" agree), else `path` without empty and "." components and
    /// with each ".." taking away the name before it.
    static func canonical(_ path: String) -> String {
        if let resolved = realPath(path) { return resolved }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part != ".." || !absolute {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// The file a symbolic link points to; any other path as it is (a
    /// file about to be created, a relative name).
    static func followingLink(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return path }
        return realPath(path) ?? path
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
