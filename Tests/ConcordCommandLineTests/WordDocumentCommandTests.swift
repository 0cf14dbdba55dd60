import ConcordCommandLine
import Foundation
import Testing

/// Every command that reads documents reads `.docx`, run as the built
/// binary: files, folders and standard input; a file that is no readable
/// Word document gets one line naming it and saying what to do, and the
/// other files of the run are still read.
@Suite struct WordDocumentCommandTests {
    let binary = EndToEndTests()
    static let fixtures = LanguageTestPaths.root.appendingPathComponent("Tests/ConcordKitTests/Fixtures/docx").path
    static let todwick = fixtures + "/corpus/todwick.docx"
    static let milverton = fixtures + "/corpus/milverton.docx"
    static let bad = ["wordml/old-format.doc", "wordml/encrypted.docx", "wordml/text-named.docx", "wordml/not-word.docx"].map { fixtures + "/" + $0 }

    func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    @Test func extractReadsADocxAsItsText() throws {
        let word = try binary.run(["extract", Self.todwick])
        let text = try binary.run(["extract", LanguageTestPaths.corpus + "/todwick.txt"])
        #expect(word.status == 0)
        #expect(word.errors == "")
        #expect(lines(word.output).count == lines(text.output).count)
        #expect(word.output.contains("\"doc\":\"todwick\""))
    }

    @Test func badFilesAreReportedOneALineAndTheOthersStillRead() throws {
        let result = try binary.run(["extract"] + Self.bad + [Self.todwick])
        #expect(result.status == 1)
        let errors = lines(result.errors)
        #expect(errors.count == 4)
        #expect(errors[0].contains("old-format.doc' is an old Word document (.doc)"))
        #expect(errors[1].contains("encrypted.docx' is protected by a password"))
        #expect(errors[2].contains("text-named.docx' is not a Word document"))
        #expect(errors[3].contains("not-word.docx' is a ZIP archive but not a Word document"))
        #expect(lines(result.output).count == 23)
    }

    @Test func aCutDocumentIsDamaged() throws {
        let folder = ScratchFolder()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.todwick))
        _ = FileManager.default.createFile(atPath: folder.file("cut.docx"), contents: bytes.prefix(3000))
        let result = try binary.run(["extract", folder.file("cut.docx")])
        #expect(result.status == 1)
        #expect(result.errors == "concord: error: '\(folder.file("cut.docx"))' is a damaged Word document (it is cut short: the archive's directory is missing); open it in Word, which may repair it, and save it again\n")
    }

    @Test func standardInputIsKnownByItsSignature() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.todwick))
        let result = try binary.run(["extract", "-"], bytes: bytes)
        #expect(result.status == 0)
        #expect(lines(result.output).count == 23)
        let doc = try binary.run(["extract", "-"], bytes: try Data(contentsOf: URL(fileURLWithPath: Self.bad[0])))
        #expect(doc.status == 1)
        #expect(doc.errors.contains("'-' is an old Word document"))
    }

    @Test func diffComparesTwoDocxAndExitsTwoOnABadOne() throws {
        let same = try binary.run(["diff", Self.todwick, LanguageTestPaths.corpus + "/todwick.txt", "--only-changes"])
        #expect(same.status == 0)
        let bad = try binary.run(["diff", Self.bad[0], Self.todwick])
        #expect(bad.status == 2)
        #expect(lines(bad.errors).count == 1)
    }

    @Test func importWritesThePolicyOfEachGoodFileOnly() throws {
        let folder = ScratchFolder()
        let result = try binary.run(["import", Self.todwick, Self.bad[1], "-o", folder.path])
        #expect(result.status == 1)
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(written == ["todwick.policy"])
    }

    @Test func checkSaysTrackedChangesWereAccepted() throws {
        let result = try binary.run(["check", Self.fixtures + "/wordml/tracked.docx"])
        #expect(result.errors.contains("tracked changes"))
    }

    @Test func compareAndMergeReadAFolderOfDocx() throws {
        let folder = ScratchFolder()
        for name in ["todwick", "milverton"] {
            try FileManager.default.copyItem(atPath: Self.fixtures + "/corpus/\(name).docx", toPath: folder.file("\(name).docx"))
        }
        // Word's lock file beside an open document is no document.
        folder.write("~$dwick.docx", "lock")
        let compare = try binary.run(["compare", folder.path, "--format", "csv"])
        #expect(compare.status == 0 || compare.status == 1)
        #expect(compare.errors == "")
        #expect(compare.output.contains("todwick") && compare.output.contains("milverton"))
        let merge = try binary.run(["merge", folder.path, "--strategy", "strictest", "-o", folder.file("merged.policy")])
        #expect(merge.errors.contains("error") == false)
        #expect(FileManager.default.fileExists(atPath: folder.file("merged.policy")))
    }
}
