import ConcordCommandLine
import Foundation
import Testing

/// `concord extract` run as the built binary and in process.
@Suite struct ExtractCommandTests {
    let binary = EndToEndTests()

    @Test func jsonlForAFileHasOneRecordPerClause() throws {
        let folder = ScratchFolder()
        let path = folder.write("phones.txt", "Pupils must not use mobile phones in school.\nStaff should report misuse to the headteacher.\n")
        let result = try binary.run(["extract", path])
        #expect(result.status == 0)
        #expect(result.errors == "")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["doc"] as? String == "phones")
        #expect(first["line"] as? Int == 1)
        #expect(first["modality"] as? String == "must-not")
        #expect(first["text"] as? String == "Pupils must not use mobile phones in school.")
    }

    @Test func unreadListsWhatWasNotUnderstoodOneALine() throws {
        let folder = ScratchFolder()
        let path = folder.write("club.txt", "Helpers must not juggle knives.\nTake the register.\nStaff must ensure that the form is not lost.\n")
        let result = try binary.run(["extract", path, "--unread"])
        #expect(result.status == 0)
        #expect(result.errors == "")
        #expect(result.output.split(separator: "\n").map(String.init) == [
            "\(path):1: action not recognised: Helpers must not juggle knives.",
            "\(path):2: action not recognised: Take the register.",
            "\(path):2: party assumed: Take the register.",
            "\(path):3: action not recognised: Staff must ensure that the form is not lost.",
        ])
    }

    @Test func aFolderMeansEveryTextAndMarkdownDocument() throws {
        let folder = ScratchFolder()
        folder.write("a.txt", "Staff must not befriend pupils.\n")
        folder.write("b.md", "# Rules\n\n- Parents must not post photos of other children.\n")
        folder.write("c.json", "{}")
        let result = try binary.run(["extract", folder.path, "--format", "csv"])
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\r\n")
        #expect(rows.first == "doc,id,section,line,subject,modality,action,audience,age,context,exceptions,text")
        #expect(rows.dropFirst().map { $0.split(separator: ",").first! } == ["a", "b"])
    }

    @Test func jsonlGoesOutAsBytesWhereTheOutputTakesBytes() throws {
        let path = LanguageTestPaths.corpus + "/todwick.txt"
        let harness = LanguageCommandHarness()
        #expect(harness.run(["extract", path]) == 0)
        var text = ""
        var bytes: [UInt8] = []
        let io = CommandIO(write: { text += $0 }, writeError: { _ in }, writeBytes: { bytes += $0 })
        #expect(Concord.run(["extract", path], io: io) == 0)
        #expect(text == "")
        #expect(harness.output.hasPrefix("{\"doc\":\"todwick\""))
        #expect(String(decoding: bytes, as: UTF8.self) == harness.output)
        #expect(try binary.run(["extract", path]).output == harness.output)
    }

    @Test func emptyFileGivesNoClausesAndSucceeds() throws {
        let folder = ScratchFolder()
        let result = try binary.run(["extract", folder.write("empty.txt", "")])
        #expect(result.status == 0)
        #expect(result.output == "")
    }

    @Test func binaryAndMissingFilesAreReportedAndTheRestIsRead() throws {
        let folder = ScratchFolder()
        _ = FileManager.default.createFile(atPath: folder.file("logo.txt"), contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        let good = folder.write("good.txt", "Governors must not share confidential minutes.\n")
        let result = try binary.run(["extract", folder.file("logo.txt"), folder.file("missing.txt"), good])
        #expect(result.status == 1)
        #expect(result.errors.contains("concord: error: '\(folder.file("logo.txt"))' is not a text document"))
        #expect(result.errors.contains("concord: error: cannot read '\(folder.file("missing.txt"))'"))
        #expect(result.output.contains("\"doc\":\"good\""))
    }

    @Test func aRepeatedVersionIsAWarningNotAFailure() throws {
        let result = try binary.run(["extract", LanguageTestPaths.corpus + "/kingsthorpe-village.txt"])
        #expect(result.status == 0)
        #expect(result.errors.contains("kingsthorpe-village.txt:19:1: warning: version '1.9' is repeated (first on line 18)"))
    }

    @Test func unknownOptionIsAUsageErrorWithASuggestion() throws {
        let result = try binary.run(["extract", "--fromat", "json"])
        #expect(result.status == 64)
        #expect(result.errors.contains("unknown option '--fromat'; did you mean '--format'?"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try binary.run(["extract", "--format", "yaml", "-"], input: "")
        #expect(result.status == 64)
    }

    @Test func standardInputIsRead() throws {
        let result = try binary.run(["extract", "-"], input: "Visitors must not take photographs of pupils.\n")
        #expect(result.status == 0)
        #expect(result.output.contains("\"doc\":\"stdin\""))
        #expect(result.output.contains("\"action\":\"photograph\""))
    }

    @Test func helpHasAnExample() throws {
        let result = try binary.run(["extract", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: concord extract"))
        #expect(result.output.contains("EXAMPLE:"))
    }

    @Test func tableFitsTheWidthAndCountsClauses() throws {
        let harness = LanguageCommandHarness()
        let status = harness.run(["extract", LanguageTestPaths.corpus + "/todwick.txt", "--format", "table"])
        #expect(status == 0)
        #expect(harness.output.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(harness.output.hasSuffix("clauses in 1 document\n"))
    }

    @Test func jsonPrintsTheWholePolicy() throws {
        let harness = LanguageCommandHarness()
        #expect(harness.run(["extract", LanguageTestPaths.corpus + "/kingsthorpe-village.txt", "--format", "json"]) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(harness.output.utf8)) as? [String: Any])
        #expect(object["school"] as? String == "Kingsthorpe Village Primary School")
        #expect((object["history"] as? [Any])?.count == 10)
    }

    @Test func aLexiconFileExtendsTheVocabulary() throws {
        let folder = ScratchFolder()
        let lexicon = folder.write("lexicon.json", #"{"actions": [{"action": "post-comments", "phrases": ["vlog*"]}]}"#)
        let source = folder.write("v.txt", "Staff must not vlog about pupils.\n")
        let plain = try binary.run(["extract", source])
        let extended = try binary.run(["extract", source, "--lexicon", lexicon])
        #expect(plain.output.contains("\"action\":\"other\""))
        #expect(extended.output.contains("\"action\":\"post-comments\""))
        let broken = try binary.run(["extract", source, "--lexicon", folder.write("bad.json", #"{"roles": {"wizards": []}}"#)])
        #expect(broken.status == 1)
        #expect(broken.errors.contains("unknown role 'wizards'"))
    }
}
