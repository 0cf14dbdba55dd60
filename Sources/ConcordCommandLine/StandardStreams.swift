#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The process's standard streams as `concord` finds them.
enum StandardStreams {
    /// Which of standard input, output and error were closed when `concord`
    /// started (`concord extract a.txt >&-`). Each is opened again on
    /// `/dev/null`, so that no file the command opens takes its number and
    /// receives what was meant for the stream; reading or writing it is
    /// still an error ("Bad file descriptor").
    static func reserveClosed() -> Set<Int32> {
        var closed: Set<Int32> = []
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            closed.insert(descriptor)
            let opened = open("/dev/null", O_RDWR)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        return closed
    }

    /// Standard output, each write checked: the first failure is kept with
    /// its reason and the writes after it are dropped.
    final class Output: @unchecked Sendable {
        private(set) var failure: String?
        /// Standard output was closed: the first write fails.
        private let closed: Bool

        init(closed: Bool) {
            self.closed = closed
        }

        func write(_ text: String) {
            var text = text
            text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
        }

        func write(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { write($0) }
        }

        private func write(_ bytes: UnsafeRawBufferPointer) {
            guard failure == nil, !bytes.isEmpty else { return }
            if closed {
                failure = SystemError.reason(EBADF)
            } else if !FileDescriptorIO.write(bytes, to: STDOUT_FILENO) {
                failure = SystemError.last
            }
        }
    }
}
