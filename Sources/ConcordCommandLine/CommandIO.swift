import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What a command may touch: its output streams, standard input, files and
/// the environment. Tests give it buffers; `concord` gives it the process's.
public struct CommandIO: @unchecked Sendable {
    public var write: (String) -> Void
    /// Writes UTF-8 to standard output as it is; by default through `write`.
    public var writeBytes: ([UInt8]) -> Void
    public var writeError: (String) -> Void
    /// All of standard input, at most `limit` bytes; throws `ReadFailure`
    /// when it cannot be read whole (a folder, a closed descriptor).
    public var readStandardInput: (_ limit: Int) throws -> [UInt8]
    /// Why a write to standard output failed, if one did: the reason of the
    /// first failure ("No space left on device"). Writes after it are
    /// dropped; `Concord.run` reports it and exits non-zero.
    public var outputFailure: () -> String?
    /// Standard output is a terminal (colour and wrapping allowed).
    public var isTerminal: Bool
    public var terminalWidth: Int
    public var environment: [String: String]
    /// Takes the large values a command is done with just before it
    /// returns. The process's streams (`standard()`) keep them, unfreed,
    /// since `concord` exits next: freeing the diff of a 5,000-clause pair
    /// was 2 % of the run's instructions, work nobody waits for (clang's
    /// `-disable-free`). Tests' streams let them go.
    public var keepUntilExit: (Any) -> Void

    public init(
        write: @escaping (String) -> Void,
        writeError: @escaping (String) -> Void,
        writeBytes: (([UInt8]) -> Void)? = nil,
        readStandardInput: @escaping (_ limit: Int) throws -> [UInt8] = { _ in [] },
        outputFailure: @escaping () -> String? = { nil },
        isTerminal: Bool = false,
        terminalWidth: Int = 100,
        environment: [String: String] = [:],
        keepUntilExit: @escaping (Any) -> Void = { _ in }
    ) {
        self.write = write
        self.writeBytes = writeBytes ?? { write(String(decoding: $0, as: UTF8.self)) }
        self.writeError = writeError
        self.readStandardInput = readStandardInput
        self.outputFailure = outputFailure
        self.isTerminal = isTerminal
        self.terminalWidth = terminalWidth
        self.environment = environment
        self.keepUntilExit = keepUntilExit
    }

    /// Colour only on a terminal and never with `NO_COLOR`.
    public var useColour: Bool { isTerminal && environment["NO_COLOR"] == nil }

    /// The process's own streams, for a process that exits when its
    /// command returns: what the command hands `keepUntilExit` is never
    /// freed.
    public static func standard() -> CommandIO {
        let closed = StandardStreams.reserveClosed()
        let terminal = isatty(STDOUT_FILENO) != 0
        var width = 100
        var size = winsize()
        if terminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { width = Int(size.ws_col) }
        let output = StandardStreams.Output(closed: closed.contains(STDOUT_FILENO))
        return CommandIO(
            write: { output.write($0) },
            writeError: { FileDescriptorIO.write($0, to: STDERR_FILENO) },
            writeBytes: { output.write($0) },
            readStandardInput: { limit in
                if closed.contains(STDIN_FILENO) { throw ReadFailure.system(EBADF) }
                if isatty(STDIN_FILENO) != 0 {
                    FileDescriptorIO.write("concord: reading standard input; end it with Ctrl-D (give a file to read one)\n", to: STDERR_FILENO)
                }
                return try FileDescriptorIO.readAll(STDIN_FILENO, limit: limit)
            },
            outputFailure: { output.failure },
            isTerminal: terminal,
            terminalWidth: width,
            environment: ProcessInfo.processInfo.environment,
            keepUntilExit: { _ = Unmanaged.passRetained(KeptValue($0)) })
    }

    /// `concord: error: message` on standard error.
    public func error(_ message: String) {
        writeError("concord: error: \(message)\n")
    }

    public func warning(_ message: String) {
        writeError("concord: warning: \(message)\n")
    }
}

/// A value kept until the process exits: retained once more than it is
/// released, so that it is never freed.
private final class KeptValue {
    let value: Any

    init(_ value: Any) {
        self.value = value
    }
}
