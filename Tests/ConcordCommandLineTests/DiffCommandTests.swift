import ConcordCommandLine
import Foundation
import Testing

/// Collects what a command writes.
final class OutputBuffer: @unchecked Sendable {
    var out = ""
    var err = ""

    func io(terminal: Bool = false, environment: [String: String] = [:]) -> CommandIO {
        CommandIO(write: { self.out += $0 }, writeError: { self.err += $0 }, isTerminal: terminal, environment: environment)
    }
}

@Suite struct DiffCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/ConcordKitTests/Fixtures/diff")
    static let old = fixtures.appendingPathComponent("todwick/todwick-2024.txt").path
    static let new = fixtures.appendingPathComponent("todwick/todwick-2025.txt").path

    func run(_ arguments: [String], terminal: Bool = false, environment: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
        let buffer = OutputBuffer()
        let status = Concord.run(arguments, io: buffer.io(terminal: terminal, environment: environment))
        return (status, buffer.out, buffer.err)
    }

    @Test func aFileAgainstItselfExitsZero() {
        let result = run(["diff", Self.old, Self.old, "--only-changes"])
        #expect(result.status == 0)
        #expect(result.out.hasSuffix("summary: 19 unchanged\n") || result.out.contains(" unchanged\n"))
        #expect(!result.out.contains("{+") && !result.out.contains("[-"))
        #expect(result.err.isEmpty)
    }

    @Test func differentVersionsExitOne() {
        let result = run(["diff", Self.old, Self.new])
        #expect(result.status == 1)
        #expect(result.out.contains("tightened"))
        #expect(result.out.contains("[-are recommended-]{+must+}"))
        #expect(result.out.contains("\nsummary: "))
    }

    @Test(arguments: [
        ["diff", "only-one.txt"],
        ["diff", "/no/such/old.txt", "/no/such/new.txt"],
        ["diff", DiffCommandTests.old, DiffCommandTests.new, "--format", "pdf"],
        ["diff", DiffCommandTests.old, DiffCommandTests.new, "--colour"],
    ])
    func troubleExitsTwo(_ arguments: [String]) {
        let result = run(arguments)
        #expect(result.status == 2)
        #expect(result.err.hasPrefix("concord: error: "))
        #expect(result.out.isEmpty)
    }

    /// A long report is written as it is made, in several pieces, and the
    /// pieces make the whole report.
    @Test func aLongReportIsWrittenInPieces() {
        final class Pieces: @unchecked Sendable { var list: [String] = [] }
        let pieces = Pieces()
        let io = CommandIO(write: { pieces.list.append($0) }, writeError: { _ in })
        let old = Self.fixtures.appendingPathComponent("ashton-vale/ashton-vale-2024.txt").path
        let new = Self.fixtures.appendingPathComponent("ashton-vale/ashton-vale-2025.txt").path
        let status = Concord.run(["diff", old, new, "--format", "json"], io: io)
        #expect(status == 1)
        #expect(pieces.list.count >= 3)
        let whole = run(["diff", old, new, "--format", "json"]).out
        #expect(pieces.list.joined() == whole)
        #expect(whole.hasPrefix("{\n") && whole.hasSuffix("}\n"))
    }

    @Test func colourOnATerminalUnlessNoColour() {
        #expect(run(["diff", Self.old, Self.new], terminal: true).out.contains("\u{1B}[32m"))
        #expect(!run(["diff", Self.old, Self.new], terminal: true, environment: ["NO_COLOR": "1"]).out.contains("\u{1B}["))
    }

    @Test func jsonFollowsTheSchemaShape() throws {
        let result = run(["diff", Self.old, Self.new, "--format=json", "--only-changes"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["old", "new", "summary", "changes", "document"]))
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        for change in changes {
            let kinds = try #require(change["kinds"] as? [String])
            #expect(!kinds.contains("unchanged"))
            #expect(change["old"] is NSNull || change["old"] is [String: Any])
            #expect(change["redline"] is [Any])
        }
        let removed = changes.filter { ($0["kinds"] as? [String]) == ["removed"] }
        #expect(removed.count == 1 && removed.first?["new"] is NSNull)
    }

    @Test func htmlAndMarkdown() {
        let html = run(["diff", Self.old, Self.new, "-f", "html"])
        #expect(html.status == 1 && html.out.hasPrefix("<!DOCTYPE html>") && html.out.contains("<ins>"))
        let markdown = run(["diff", Self.old, Self.new, "--format", "md"])
        #expect(markdown.status == 1 && markdown.out.contains("~~") && markdown.out.contains("## Changed clauses"))
    }

    @Test func helpNamesTheCommand() {
        let result = run(["diff", "--help"])
        #expect(result.status == 0 && result.out.contains("concord diff OLD NEW"))
        #expect(run(["--help"]).out.contains("diff"))
    }

    /// End to end: the built binary, when `swift build` has made it.
    @Test func builtBinary() throws {
        let binary = Self.root.appendingPathComponent(".build/debug/concord")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return }
        for (arguments, status) in [([Self.old, Self.old], Int32(0)), ([Self.old, Self.new], 1), ([Self.old], 2)] {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["diff"] + arguments + ["--format", "json"]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            _ = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == status, "\(arguments)")
            if status < 2 { #expect((try? JSONSerialization.jsonObject(with: data)) != nil) }
        }
    }
}
