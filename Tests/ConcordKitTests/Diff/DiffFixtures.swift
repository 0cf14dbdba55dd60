import Foundation
import Testing
@testable import ConcordKit

/// The revision pairs under `Fixtures/diff/`: each folder holds an older and
/// a newer version of a corpus policy (the two `.txt` files, in name order)
/// and the golden outputs `golden.text`, `golden.md`, `golden.html` and
/// `golden.json`.
enum DiffFixtures {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/diff")

    static let pairs = ["todwick", "kingsthorpe", "learn-to-live", "ashton-vale", "unchanged"]

    /// The two documents of a pair, read by the extractor; the `unchanged`
    /// pair is one file against itself.
    static func documents(_ pair: String) throws -> (old: PolicyDocument, new: PolicyDocument) {
        let directory = folder.appendingPathComponent(pair)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        let documents = try files.map { file -> PolicyDocument in
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
            return try PolicyReader().read(bytes, name: String(file.dropLast(4))).get().document
        }
        return (documents[0], documents.count > 1 ? documents[1] : documents[0])
    }

    static func diff(_ pair: String) throws -> PolicyDiff {
        let (old, new) = try documents(pair)
        return PolicyDiffer().diff(old, new)
    }

    /// Compares `actual` with a golden file. With `CONCORD_RECORD=1`, or when
    /// the file does not exist yet, writes it and fails, so that a fresh
    /// recording is looked at before it is trusted.
    static func expectGolden(_ actual: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(path)
        let recording = ProcessInfo.processInfo.environment["CONCORD_RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); check it and run the tests again without CONCORD_RECORD", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(expectedLines.count, actualLines.count)).first { expectedLines[$0] != actualLines[$0] } ?? min(expectedLines.count, actualLines.count)
            let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
            Issue.record("\(path) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(re-record with CONCORD_RECORD=1 if the change is intended)", sourceLocation: sourceLocation)
        }
    }
}
