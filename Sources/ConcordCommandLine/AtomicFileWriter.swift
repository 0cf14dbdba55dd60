/// Writes a file so that it is either wholly replaced or left untouched,
/// as git does with its lock files: the bytes go to a temporary file beside
/// it, which is synced, given the old file's permissions and renamed over
/// it (`StagedFile`). A temporary file a killed run left beside the target
/// is removed.
public enum AtomicFileWriter {
    public typealias Failure = IOFailure

    public static func write(_ text: String, to path: String) throws(IOFailure) {
        try write(Array(text.utf8), to: path)
    }

    /// A symbolic link is followed: the file it points to is replaced.
    public static func write(_ bytes: [UInt8], to link: String) throws(IOFailure) {
        try StagedFile.stage(bytes, for: link).commit()
    }
}
