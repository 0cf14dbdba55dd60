import ConcordCommandLine
import Foundation
import Testing

/// Runs the built `concord` binary (built by `swift test` beside the test
/// bundle) and checks its standard output, standard error and exit code.
@Suite struct EndToEndTests {
    static var binary: URL? {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("concord")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let debug = LanguageTestPaths.root.appendingPathComponent(".build/debug/concord")
        return FileManager.default.isExecutableFile(atPath: debug.path) ? debug : nil
    }

    func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, errors: String) {
        try run(arguments, bytes: Data(input.utf8))
    }

    /// Runs `concord` with `bytes` on its standard input.
    func run(_ arguments: [String], bytes input: Data) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        guard let binary = Self.binary else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test func checkReportsErrorsAndExitsOne() throws {
        let result = try run(["check", "-"], input: "history\n  1.0\nsection A\n  clause A.1 \"x\"\n    rule staff must befrend\n")
        #expect(result.status == 1)
        #expect(result.output == "")
        #expect(result.errors.hasPrefix("-:5:21: error: unknown action 'befrend'; did you mean 'befriend'?\n        rule staff must befrend\n"))
    }

    @Test func fmtFormatsStandardInput() throws {
        let result = try run(["fmt", "-"], input: "section  A\nclause A.1 \"x\"\nrule staff must report\n")
        #expect(result.status == 0)
        #expect(result.output == "section A\n  clause A.1 \"x\"\n    rule staff must report\n")
    }

    @Test func extractReadsAPolicyFileLikeItsSource() throws {
        let fromPolicy = try run(["extract", LanguageTestPaths.corpus + "/todwick.policy"])
        let fromText = try run(["extract", LanguageTestPaths.corpus + "/todwick.txt"])
        #expect(fromPolicy.status == 0)
        #expect(fromPolicy.output == fromText.output)
        #expect(!fromPolicy.output.isEmpty)
    }

    @Test func helpListsTheNewCommands() throws {
        let result = try run(["--help"])
        for name in ["import", "check", "fmt"] { #expect(result.output.contains("  \(name) ")) }
        #expect(try run(["fmt", "--help"]).output.contains("EXAMPLE: concord fmt corpus --check"))
    }
}
