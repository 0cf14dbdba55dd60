import ConcordCommandLine
import Foundation
import Testing

@Suite struct CompareCommandTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus").path

    /// Runs `concord` with buffers; returns (exit code, stdout, stderr).
    static func run(_ arguments: [String], terminal: Bool = false, environment: [String: String] = [:]) -> (Int32, String, String) {
        final class Buffer: @unchecked Sendable { var out = ""; var err = "" }
        let buffer = Buffer()
        let io = CommandIO(
            write: { buffer.out += $0 }, writeError: { buffer.err += $0 },
            isTerminal: terminal, terminalWidth: 100, environment: environment)
        let code = Concord.run(arguments, io: io)
        return (code, buffer.out, buffer.err)
    }

    @Test func isListed() {
        #expect(Concord.commands.contains { $0.name == "compare" })
        let (code, out, _) = Self.run(["compare", "--help"])
        #expect(code == 0)
        #expect(out.contains("EXAMPLE: concord compare corpus"))
    }

    @Test func comparesAFolderAsText() {
        let (code, out, err) = Self.run(["compare", Self.corpus])
        #expect(code == 0)
        #expect(err.isEmpty)
        #expect(out.hasPrefix("5 documents, "))
        #expect(out.contains("kingsthorpe-village"))
        #expect(out.contains("▲ must"))
        #expect(!out.contains("\u{1B}["))
    }

    @Test func colourOnATerminalButNotWithNoColour() {
        #expect(Self.run(["compare", Self.corpus], terminal: true).1.contains("\u{1B}["))
        #expect(!Self.run(["compare", Self.corpus], terminal: true, environment: ["NO_COLOR": "1"]).1.contains("\u{1B}["))
    }

    @Test(arguments: ["json", "md", "csv", "html"])
    func everyFormat(format: String) {
        let (code, out, _) = Self.run(["compare", Self.corpus, "--format", format])
        #expect(code == 0)
        #expect(!out.isEmpty)
    }

    @Test func jsonNamesEveryDocumentInEveryTopic() throws {
        let (code, out, _) = Self.run(["compare", Self.corpus, "--format=json"])
        #expect(code == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(documents == ["ashton-vale", "kingsthorpe-village", "learn-to-live-federation", "milverton", "todwick"])
        for topic in try #require(root["topics"] as? [[String: Any]]) {
            let cells = try #require(topic["cells"] as? [String: Any])
            #expect(Set(cells.keys) == Set(documents))
        }
    }

    @Test func onlyFiltersRows() throws {
        // Two schools that disagree on one topic and agree on another.
        let folder = ScratchFolder()
        folder.write("north.txt", "Staff must not accept friend requests from parents.\nStaff must report concerns to the DSL.\n")
        folder.write("south.txt", "Staff may accept friend requests from parents.\nStaff must report concerns to the DSL.\n")
        let (_, out, _) = Self.run(["compare", folder.path, "--format", "json", "--only", "conflict"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let statuses = try #require(root["topics"] as? [[String: Any]]).compactMap { $0["status"] as? String }
        #expect(statuses == ["conflict"])
    }

    @Test func baselineIsTheFirstColumnAndNotRepeated() throws {
        let template = Self.root.appendingPathComponent("corpus/todwick.txt").path
        let (code, out, _) = Self.run(["compare", Self.corpus, "--baseline", template, "--format", "json"])
        #expect(code == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        #expect(root["baseline"] as? String == "todwick")
        let documents = try #require(root["documents"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(documents == ["todwick", "ashton-vale", "kingsthorpe-village", "learn-to-live-federation", "milverton"])
    }

    @Test func usageErrors() {
        #expect(Self.run(["compare", Self.corpus, "--format", "pdf"]).0 == 64)
        #expect(Self.run(["compare", Self.corpus, "--only", "disagree"]).0 == 64)
        #expect(Self.run(["compare"]).0 == 64)
        #expect(Self.run(["compare", Self.corpus, "--frmat", "md"]).2.contains("did you mean '--format'"))
    }

    @Test func missingFileFailsButComparesTheRest() {
        let (code, out, err) = Self.run(["compare", Self.corpus + "/todwick.txt", Self.corpus + "/nowhere.txt"])
        #expect(code == 1)
        #expect(err.contains("nowhere.txt"))
        #expect(out.hasPrefix("1 document, "))
    }
}

extension CompareCommandTests {
    @Test func aFolderGivesItsProseDocumentsOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = "Staff must not add pupils as friends on their personal accounts.\n"
        try Data(policy.utf8).write(to: folder.appendingPathComponent("alder.txt"))
        try Data(policy.utf8).write(to: folder.appendingPathComponent("birch.md"))
        try Data("policy \"Alder\"\n".utf8).write(to: folder.appendingPathComponent("alder.policy"))
        let (code, out, _) = Self.run(["compare", folder.path, "--format", "json"])
        #expect(code == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(documents == ["alder", "birch"])
    }
}
