import Foundation

/// Runs the built `concord` binary from `/bin/sh`, so that a test can give
/// it the streams a shell would: `> /dev/full`, `>&-`, `< /tmp`. The script
/// names the binary `"$CONCORD"`.
enum ShellRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ script: String, input: String = "", in folder: String? = nil) throws -> Result {
        guard let binary = EndToEndTests.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["CONCORD"] = binary.path
        environment["CORPUS"] = LanguageTestPaths.corpus
        process.environment = environment
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Standard error is read on another thread, so that neither pipe
        // fills while the other is drained.
        let errorData = ErrorReader(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Reads a pipe to its end on a thread of its own.
    final class ErrorReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread {
                self.data = handle.readDataToEndOfFile()
                self.done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}
