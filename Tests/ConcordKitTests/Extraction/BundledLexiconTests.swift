import Foundation
import Testing
@testable import ConcordKit

/// `BundledLexicon.swift` is `Resources/lexicon.json` made into a Swift
/// string, so that the library needs no resource bundle. After editing the
/// JSON, regenerate it with `CONCORD_RECORD=1 swift test --filter
/// BundledLexiconTests`.
@Suite struct BundledLexiconTests {
    static let json = Repository.root.appendingPathComponent("Sources/ConcordKit/Resources/lexicon.json")

    /// The Swift source that embeds `json`.
    static func source(embedding json: String) -> String {
        let header = [
            "// Generated from Resources/lexicon.json by BundledLexiconTests: edit the",
            "// JSON, then run `CONCORD_RECORD=1 swift test --filter BundledLexiconTests`.",
            "",
            "extension Lexicon {",
            "    /// The standard lexicon's JSON, built into the library so that",
            "    /// loading it needs no resource bundle.",
            "    static let bundledJSON = ##\"\"\"",
        ]
        let body = json.hasSuffix("\n") ? json : json + "\n"
        return header.joined(separator: "\n") + "\n" + body + "\"\"\"##\n}\n"
    }

    @Test func embedsTheLexiconFile() throws {
        let json = String(decoding: try Data(contentsOf: Self.json), as: UTF8.self)
        #expect(!json.contains("\"\"\"##"), "the JSON would end the raw string")
        GoldenFile(at: Repository.root.appendingPathComponent("Sources/ConcordKit/Extraction"))
            .check(Self.source(embedding: json), against: "BundledLexicon.swift")
    }

    @Test func embeddedTextIsTheFile() throws {
        let file = try Data(contentsOf: Self.json)
        let same = Lexicon.bundledJSON + "\n" == String(decoding: file, as: UTF8.self)
        #expect(same, "BundledLexicon.swift is out of date with lexicon.json")
    }
}
