import Foundation

/// Paths in the repository the tests run from.
enum Repository {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = root.appendingPathComponent("corpus")
    static let schemas = root.appendingPathComponent("schemas")

    /// The test fixtures copied into the test bundle.
    static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }

    /// The five seed documents of the corpus, by name.
    static let seedNames = ["ashton-vale", "kingsthorpe-village", "learn-to-live-federation", "milverton", "todwick"]

    static func corpusBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpus.appendingPathComponent("\(name).txt")))
    }
}
