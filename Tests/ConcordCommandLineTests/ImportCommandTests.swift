import ConcordCommandLine
import Foundation
import Testing

@Suite struct ImportCommandTests {
    @Test func importsTheCorpusAsItIsCommitted() {
        let folder = ScratchFolder()
        let harness = LanguageCommandHarness()
        #expect(harness.run(["import", LanguageTestPaths.corpus, "-o", folder.path]) == 0)
        #expect(harness.errors == "")
        for name in ["ashton-vale", "kingsthorpe-village", "learn-to-live-federation", "milverton", "todwick"] {
            let committed = String(decoding: FileManager.default.contents(atPath: "\(LanguageTestPaths.corpus)/\(name).policy") ?? Data(), as: UTF8.self)
            #expect(folder.read("\(name).policy") == committed)
        }
    }

    @Test func writesBesideTheSourceOrToStandardOutput() {
        let folder = ScratchFolder()
        let source = folder.write("rules.txt", "Staff must not add pupils as friends on social media.\n")
        let harness = LanguageCommandHarness()
        #expect(harness.run(["import", source]) == 0)
        #expect(folder.read("rules.policy").contains("rule staff must-not befriend pupils"))
        #expect(harness.run(["import", source, "-o", "-"]) == 0)
        #expect(harness.output == folder.read("rules.policy"))
        harness.input = Array("Parents must not post pictures of pupils.\n".utf8)
        #expect(harness.run(["import", "-"]) == 0)
        #expect(harness.output.contains("rule parents must-not post-images pupils"))
    }

    /// Two inputs that would write the same .policy are refused, naming
    /// both; the other inputs are still imported.
    @Test func refusesTwoInputsForOneOutput() throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("d1"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("d2"), withIntermediateDirectories: true)
        let first = folder.write("d1/policy.txt", "Staff must not add pupils as friends on social media.\n")
        let second = folder.write("d2/policy.txt", "Parents must not post pictures of pupils.\n")
        let other = folder.write("d2/other.txt", "Parents must not post pictures of pupils.\n")
        let harness = LanguageCommandHarness()
        #expect(harness.run(["import", first, second, other, "-o", folder.file("out")]) == 1)
        #expect(harness.errors == "concord: error: '\(first)' and '\(second)' would both be written to '\(folder.file("out/policy.policy"))'; neither is imported (import them into different folders with -o)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["other.policy"])
        let beside = folder.write("d1/policy.md", "Staff must report concerns.\n")
        #expect(harness.run(["import", folder.file("d1")]) == 1)
        #expect(harness.errors.contains("'\(beside)' and '\(first)' would both be written to '\(folder.file("d1/policy.policy"))'"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("d1/policy.policy")))
    }

    @Test func reportsWhatItCannotRead() {
        let harness = LanguageCommandHarness()
        #expect(harness.run(["import", "/no/such/file.txt"]) == 1)
        #expect(harness.errors.contains("cannot read '/no/such/file.txt'"))
    }
}
