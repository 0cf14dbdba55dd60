import ConcordCommandLine
import ConcordKit
import Foundation
import Testing

@Suite struct DocumentLoaderTests {
    let harness = LanguageCommandHarness()

    @Test func foldersGivePolicyFilesOnlyWhenAsked() {
        var failed = false
        let prose = DocumentLoader(reader: PolicyReader(), io: harness.io).expand([LanguageTestPaths.corpus], failed: &failed)
        #expect(prose.count == 5)
        #expect(prose.allSatisfy { $0.hasSuffix(".txt") })
        let all = DocumentLoader(reader: PolicyReader(), io: harness.io, includesPolicyFiles: true).expand([LanguageTestPaths.corpus], failed: &failed)
        #expect(all.count == 10)
        #expect(!failed)
    }

    @Test func aPolicyFileReadsAsTheDocumentItWasImportedFrom() throws {
        let loader = DocumentLoader(reader: PolicyReader(), io: harness.io)
        let policy = try #require(loader.load(LanguageTestPaths.corpus + "/milverton.policy"))
        let prose = try #require(loader.load(LanguageTestPaths.corpus + "/milverton.txt"))
        #expect(policy.isPolicyFile)
        #expect(policy.document == prose.document)
    }

    @Test func aPolicyFileWithErrorsIsReportedAndSkipped() {
        let folder = ScratchFolder()
        let path = folder.write("bad.policy", "sectoin A\n")
        #expect(DocumentLoader(reader: PolicyReader(), io: harness.io).load(path) == nil)
        #expect(harness.errors.contains("\(path):1:1: error: unknown keyword 'sectoin'; did you mean 'section'?"))
        #expect(harness.errors.contains("concord: error: '\(path)' has 1 error; see 'concord check'"))
    }
}

extension DocumentLoaderTests {
    @Test func splitsLinesAsTheParserDoes() {
        #expect(DocumentLoader.lines(of: Array("a\r\nb\rc\nd".utf8)) == ["a", "b", "c", "d"])
        #expect(DocumentLoader.lines(of: Array("a\n".utf8)) == ["a", ""])
    }
}
