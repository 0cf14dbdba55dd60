import Foundation
import Testing
@testable import ConcordKit

/// Golden outputs of every writer for every revision pair. The extractor's
/// output changes as it improves: re-record with `CONCORD_RECORD=1 swift
/// test --filter DiffWriterGoldenTests` and review the files' diff.
@Suite struct DiffWriterGoldenTests {
    @Test(arguments: DiffFixtures.pairs)
    func text(_ pair: String) throws {
        var out = ""
        DiffTextWriter().write(try DiffFixtures.diff(pair), to: &out)
        try DiffFixtures.expectGolden(out, "\(pair)/golden.text")
    }

    @Test(arguments: DiffFixtures.pairs)
    func markdown(_ pair: String) throws {
        var out = ""
        DiffMarkdownWriter().write(try DiffFixtures.diff(pair), to: &out)
        try DiffFixtures.expectGolden(out, "\(pair)/golden.md")
    }

    @Test(arguments: DiffFixtures.pairs)
    func html(_ pair: String) throws {
        var out = ""
        DiffHTMLWriter(onlyChanges: true).write(try DiffFixtures.diff(pair), to: &out)
        try DiffFixtures.expectGolden(out, "\(pair)/golden.html")
    }

    @Test(arguments: DiffFixtures.pairs)
    func json(_ pair: String) throws {
        var out = ""
        DiffJSONWriter().write(try DiffFixtures.diff(pair), to: &out)
        try DiffFixtures.expectGolden(out, "\(pair)/golden.json")
    }
}
