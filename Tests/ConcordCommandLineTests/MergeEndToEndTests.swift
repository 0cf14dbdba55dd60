import Foundation
import Testing

/// The trust template's life through the built binary: merge the corpus,
/// check it, render it for a school, release a new version and diff the
/// two kept versions.
@Suite struct MergeEndToEndTests {
    let binary = EndToEndTests()

    @Test func mergeCheckRenderReleaseDiff() throws {
        let folder = ScratchFolder()
        let policy = folder.file("trust.policy")
        let merge = try binary.run([
            "merge", LanguageTestPaths.corpus, "--strategy", "strictest", "--trust", "Vale Trust", "--lead", "A. Lead",
            "--version", "1.9", "--date", "2025-09", "-o", policy, "--report", folder.file("report.md"),
        ])
        #expect(merge.status == 0, "\(merge.errors)")
        #expect(merge.output.isEmpty)
        #expect(folder.read("report.md").hasPrefix("# Merge report: Social Media Policy\n"))

        let check = try binary.run(["check", "--strict", policy])
        #expect(check.status == 0, "\(check.errors)")
        #expect(!check.errors.contains("rule-disagrees"))

        let rendered = try binary.run(["render", policy, "--school", "Oak Primary School", "--format", "txt"])
        #expect(rendered.status == 0, "\(rendered.errors)")
        #expect(!rendered.output.contains("{{"))
        #expect(rendered.output.hasPrefix("Social Media Policy\n===================\n\nSchool: Oak Primary School\nTrust:  Vale Trust\n"))

        var text = folder.read("trust.policy")
        // A clause added before the first, numbered as its section's 0th.
        let first = try #require(text.range(of: "\n  clause "))
        let section = text[first.upperBound...].prefix { $0 != "." }
        text.insert(
            contentsOf: "\n  clause \(section).0 \"Staff must report concerns to the headteacher.\"\n    rule staff must report headteacher",
            at: first.lowerBound)
        folder.write("trust.policy", text)
        let refused = try binary.run(["release", policy, "--version", "1.9", "--purpose", "Review", "--lead", "B"])
        #expect(refused.status == 1)
        #expect(refused.errors == "concord: error: version '1.9' does not increase on '1.9'; versions compare by component (1.9 < 1.10 < 2.0)\n")
        let release = try binary.run(["release", policy, "--version", "1.10", "--purpose", "Review", "--lead", "B", "--date", "2026-09"])
        #expect(release.status == 0, "\(release.errors)")
        #expect(release.output.hasPrefix("released 1.10 of \(policy): Review (1 added)\n"))

        let diff = try binary.run(["diff", folder.file("trust.history/1.9.policy"), folder.file("trust.history/1.10.policy"), "--only-changes"])
        #expect(diff.status == 1)
        #expect(diff.output.contains("Staff must report concerns to the headteacher."))
    }
}
