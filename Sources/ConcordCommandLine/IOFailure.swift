#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A read or write the system refused, with its reason in words: "cannot
/// write 'a.policy': No space left on device".
public struct IOFailure: Error, CustomStringConvertible, Equatable, Sendable {
    public var description: String

    public init(description: String) {
        self.description = description
    }

    /// `message` and the reason of the system call that just failed,
    /// taken from `errno` before anything else can change it.
    static func last(_ message: String) -> IOFailure {
        IOFailure(description: "\(message): \(SystemError.last)")
    }

    /// `message` and the reason for the error number `code`.
    static func code(_ code: Int32, _ message: String) -> IOFailure {
        IOFailure(description: "\(message): \(SystemError.reason(code))")
    }
}
