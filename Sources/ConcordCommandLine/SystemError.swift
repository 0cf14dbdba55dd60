import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The reason the system gives for a failure, in words for a message.
enum SystemError {
    /// The reason for the last failed system call (`errno`).
    static var last: String { reason(errno) }

    /// The reason for the error number `code`: "No space left on device".
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The reason a `FileManager` call failed: its POSIX error when it has
    /// one ("Not a directory"), else the error's own description.
    static func reason(of error: any Error) -> String {
        if let error = error as? CocoaError, let posix = error.userInfo["NSUnderlyingError"] as? POSIXError {
            return reason(posix.code.rawValue)
        }
        if let error = error as? POSIXError { return reason(error.code.rawValue) }
        return "\(error)"
    }
}
