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

    @Test func reportsWhatItCannotRead() {
        let harness = LanguageCommandHarness()
        #expect(harness.run(["import", "/no/such/file.txt"]) == 1)
        #expect(harness.errors.contains("cannot read '/no/such/file.txt'"))
    }
}
