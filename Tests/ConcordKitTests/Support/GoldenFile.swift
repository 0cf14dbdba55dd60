import Foundation
import Testing

/// Golden files under `Fixtures/<folder>/`. With `CONCORD_RECORD=1` the
/// actual output is written and the test fails, so that a fresh recording
/// never passes silently; otherwise a difference is reported with its first
/// differing line.
struct GoldenFile {
    let folder: URL

    init(_ folder: String) {
        self.init(at: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(folder))
    }

    /// Golden files in any folder of the repository.
    init(at folder: URL) {
        self.folder = folder
    }

    func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CONCORD_RECORD"] != nil {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("recorded \(name); run the tests again without CONCORD_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name); record it with CONCORD_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
        let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
        Issue.record(
            "\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\nre-record with CONCORD_RECORD=1 if the change is intended",
            sourceLocation: sourceLocation)
    }
}

extension GoldenFile {
    /// Compare outputs, under `Fixtures/compare/`.
    static let compare = GoldenFile("compare")
    /// Merge outputs, under `Fixtures/merge/`.
    static let merge = GoldenFile("merge")
}
