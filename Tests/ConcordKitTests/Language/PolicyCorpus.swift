import Foundation
@testable import ConcordKit

/// The project's corpus: the source documents and their committed `.policy`
/// files, found from this file's place in the repository.
enum PolicyCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("corpus")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func bytes(_ name: String, _ ext: String) -> [UInt8] {
        [UInt8]((try? Data(contentsOf: folder.appendingPathComponent("\(name).\(ext)"))) ?? Data())
    }

    /// The document extracted from the source, as `concord import` does.
    static func document(_ name: String) -> PolicyDocument {
        (try? PolicyReader().read(bytes(name, "txt"), name: name).get().document) ?? PolicyDocument(name: name)
    }

    /// Re-record golden files instead of comparing with them.
    static var recording: Bool { ProcessInfo.processInfo.environment["CONCORD_RECORD"] != nil }
}
