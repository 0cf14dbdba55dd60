import Foundation
import Testing

/// `diff`, `compare` and `extract` on `.policy` files written by hand (no
/// `@N`): every clause is at its own line of its file, never at line 0.
@Suite struct OwnLinesEndToEndTests {
    /// Every "line" value anywhere in a JSON document.
    static func lines(in value: Any) -> [Int] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, child in key == "line" ? [(child as? Int) ?? -1] : lines(in: child) }
        }
        if let array = value as? [Any] { return array.flatMap(lines) }
        return []
    }

    @Test func handWrittenClausesTakeTheirLinesInTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("concord-own-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("1.0.policy"), new = folder.appendingPathComponent("1.1.policy")
        try "section A\n  clause A.1 \"Staff must not befriend pupils.\"\n".write(to: old, atomically: true, encoding: .utf8)
        try "section A\n\n  clause A.1 \"Staff must not befriend pupils under 18.\"\n".write(to: new, atomically: true, encoding: .utf8)
        let e2e = EndToEndTests()

        let diff = try e2e.run(["diff", old.path, new.path, "--format", "json"])
        #expect(diff.status == 1, "\(diff.errors)")
        #expect(Set(Self.lines(in: try JSONSerialization.jsonObject(with: Data(diff.output.utf8)))) == [2, 3])

        let compare = try e2e.run(["compare", old.path, new.path, "--format", "json"])
        #expect(compare.status == 0, "\(compare.errors)")
        #expect(Set(Self.lines(in: try JSONSerialization.jsonObject(with: Data(compare.output.utf8)))) == [2, 3])

        let extract = try e2e.run(["extract", new.path])
        #expect(extract.output.contains("\"line\":3"), "\(extract.output)")
    }
}
