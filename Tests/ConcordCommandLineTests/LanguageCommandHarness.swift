import ConcordCommandLine
import Foundation

/// Runs `concord` in-process with buffers for its streams.
final class LanguageCommandHarness: @unchecked Sendable {
    var output = ""
    var errors = ""
    var input: [UInt8] = []

    /// Standard input can be read once, as in a process.
    var io: CommandIO {
        CommandIO(write: { self.output += $0 }, writeError: { self.errors += $0 }, readStandardInput: { _ in
            defer { self.input = [] }
            return self.input
        })
    }

    func run(_ arguments: [String]) -> Int32 {
        output = ""
        errors = ""
        return Concord.run(arguments, io: io)
    }
}

/// A fresh temporary folder, removed when the value goes away.
final class ScratchFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "concord-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8))
        return file(name)
    }

    func read(_ name: String) -> String {
        String(decoding: FileManager.default.contents(atPath: file(name)) ?? Data(), as: UTF8.self)
    }
}

enum LanguageTestPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus").path
}
