/// Why the bytes of a file or of standard input could not be read whole.
public enum ReadFailure: Error, Equatable, Sendable {
    /// The system refused, with this error number: `EISDIR` for a folder
    /// given as standard input, `EBADF` for a closed one.
    case system(Int32)
    /// There was more than the limit, in bytes.
    case tooLarge(limit: Int)

    /// The message for it, naming what was read: "cannot read 'a.txt': Is
    /// a directory".
    func message(reading name: String) -> String {
        switch self {
        case .system(let code):
            return "cannot read \(name): \(SystemError.reason(code))"
        case .tooLarge(let limit):
            return "\(name) is larger than \(ByteCount.describe(limit)), the limit; give --max-size to read it"
        }
    }
}
