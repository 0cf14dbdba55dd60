@testable import ConcordCommandLine
import ConcordKit
import Foundation
import Testing

/// `keepUntilExit`: the process's streams keep what a command hands them,
/// tests' let it go, and the commands that build large results hand them
/// over.
@Suite struct CommandIOTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus")

    final class Probe {}

    /// Hands a new object to `io` and says whether it outlived the hand-over.
    static func survives(_ io: CommandIO) -> Bool {
        weak var weakProbe: Probe?
        do {
            let probe = Probe()
            weakProbe = probe
            io.keepUntilExit(probe)
        }
        return weakProbe != nil
    }

    @Test func theProcessStreamsKeepWhatTheyAreGiven() {
        let survived = Self.survives(.standard())
        #expect(survived)
    }

    @Test func otherStreamsLetItGo() {
        let survived = Self.survives(CommandIO(write: { _ in }, writeError: { _ in }))
        #expect(!survived)
    }

    /// The values each command hands over when it is done, in order.
    final class Kept: @unchecked Sendable {
        var values: [Any] = []
    }

    static func kept(_ arguments: [String]) -> (status: Int32, values: [Any]) {
        let kept = Kept()
        let io = CommandIO(write: { _ in }, writeError: { _ in }, writeBytes: { _ in }, keepUntilExit: { kept.values.append($0) })
        let status = Concord.run(arguments, io: io)
        return (status, kept.values)
    }

    @Test func diffHandsOverBothDocumentsAndTheDiff() {
        let fixtures = Self.root.appendingPathComponent("Tests/ConcordKitTests/Fixtures/diff/todwick")
        let (status, values) = Self.kept(["diff", fixtures.appendingPathComponent("todwick-2024.txt").path,
                                          fixtures.appendingPathComponent("todwick-2025.txt").path])
        #expect(status == 1)
        #expect(values.count == 1)
        let kept = values.first as? (PolicyDocument, PolicyDocument, PolicyDiff)
        #expect(kept?.2.isSame == false)
        #expect(kept?.2.changes.isEmpty == false)
    }

    @Test func compareAndMergeHandOverTheirDocuments() {
        let files = ["ashton-vale.txt", "todwick.txt"].map { Self.corpus.appendingPathComponent($0).path }
        let compared = Self.kept(["compare"] + files)
        #expect(compared.status == 0)
        #expect((compared.values.first as? ([PolicyDocument], ComparisonMatrix, String))?.0.count == 2)
        let merged = Self.kept(["merge"] + files + ["--strategy", "strictest", "--date", "2025-09"])
        #expect(merged.status == 0)
        #expect((merged.values.first as? ([PolicyDocument], MergeResult, String))?.0.count == 2)
    }

    @Test func extractHandsOverOnlyTheLastDocument() {
        let files = ["ashton-vale.txt", "todwick.txt"].map { Self.corpus.appendingPathComponent($0).path }
        let (status, values) = Self.kept(["extract"] + files)
        #expect(status == 0)
        // The last document, then what is left when the command returns.
        #expect(values.count == 2)
        #expect((values.first as? DocumentLoader.Loaded)?.document.name == "todwick")
    }
}
