import Foundation
import Testing

/// With a terminal on standard input and no file named, a command that
/// reads standard input says so on standard error rather than waiting in
/// silence.
@Suite struct TerminalInputTests {
    @Test(arguments: ["extract", "import", "check", "fmt"])
    func aCommandWaitingForTheTerminalSaysSo(command: String) throws {
        let terminal = try PseudoTerminal()
        guard let binary = EndToEndTests.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = [command]
        process.standardInput = FileHandle(fileDescriptor: terminal.follower, closeOnDealloc: false)
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ShellRunner.ErrorReader(stderr.fileHandleForReading)
        // Ctrl-D ends the input; the terminal keeps it until it is read.
        terminal.send([4])
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seen = String(decoding: errors.wait(), as: UTF8.self)
        #expect(seen.hasPrefix("concord: reading standard input; end it with Ctrl-D (give a file to read one)\n"))
    }
}
