import Foundation
import Testing

/// The inputs a trust's shared drive holds, given to the built `concord`.
/// Valid but unusual ones (encodings, byte-order marks, line ends, odd
/// paths, a FIFO) give the clauses of their plain form; bad ones (Word
/// documents too) give one clear error, a non-zero exit and nothing on
/// standard output, while the other file of the run is still read.
@Suite struct BadInputMatrixTests {
    static let plain = (try? Data(contentsOf: URL(fileURLWithPath: LanguageTestPaths.corpus + "/todwick.txt"))) ?? Data()

    /// The clauses of the plain form and of the good file, extracted once.
    static let plainClauses = (try? ShellRunner.run("\"$CONCORD\" extract \"$CORPUS/todwick.txt\"").output) ?? ""
    static let goodClauses = (try? ShellRunner.run("\"$CONCORD\" extract \"$CORPUS/milverton.txt\"").output) ?? ""

    static func utf16(_ data: Data, littleEndian: Bool, mark: Bool) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        var bytes: [UInt8] = mark ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        return Data(bytes)
    }

    static func lineEnds(_ data: Data, _ end: String) -> Data {
        Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: end).utf8)
    }

    /// Each variant of `corpus/todwick.txt`, by what makes it unusual.
    static let variants: [String: Data] = [
        "UTF-8 with a byte-order mark": Data([0xEF, 0xBB, 0xBF]) + plain,
        "UTF-16 LE with a BOM": utf16(plain, littleEndian: true, mark: true),
        "UTF-16 BE with a BOM": utf16(plain, littleEndian: false, mark: true),
        "UTF-16 LE without a BOM": utf16(plain, littleEndian: true, mark: false),
        "UTF-16 BE without a BOM": utf16(plain, littleEndian: false, mark: false),
        "Windows-1252": String(decoding: plain, as: UTF8.self).data(using: .windowsCP1252) ?? Data(),
        "CRLF line ends": lineEnds(plain, "\r\n"),
        "CR line ends": lineEnds(plain, "\r"),
    ]

    @Test(arguments: variants.keys.sorted())
    func anUnusualEncodingGivesTheClausesOfThePlainForm(_ name: String) throws {
        let folder = ScratchFolder()
        try FileManager.default.createDirectory(atPath: folder.file("v"), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder.file("v/todwick.txt"), contents: Self.variants[name]))
        let variant = try ShellRunner.run("\"$CONCORD\" extract v/todwick.txt", in: folder.path)
        #expect(variant.status == 0)
        #expect(variant.errors == "")
        #expect(!Self.plainClauses.isEmpty)
        #expect(variant.output == Self.plainClauses)
    }

    @Test func oddPathsAndAFIFOGiveTheClausesOfThePlainForm() throws {
        let folder = ScratchFolder()
        for script in [
            "mkdir 'Écoles du Vale' && cp \"$CORPUS/todwick.txt\" 'Écoles du Vale/todwick.txt' && \"$CONCORD\" extract 'Écoles du Vale/todwick.txt'",
            "mkdir -p fifo && mkfifo fifo/todwick.txt && (cat \"$CORPUS/todwick.txt\" > fifo/todwick.txt &) && \"$CONCORD\" extract fifo/todwick.txt",
            "mkdir -p link && ln -s \"$CORPUS/todwick.txt\" link/todwick.txt && \"$CONCORD\" extract link/todwick.txt",
        ] {
            let result = try ShellRunner.run(script, in: folder.path)
            #expect(result.status == 0, "\(script): \(result.errors)")
            #expect(result.output == Self.plainClauses, "\(script)")
        }
    }

    @Test(arguments: ["", "   \n\t\n\r\n  ", "\u{FEFF}"])
    func anEmptyDocumentHasNoClauses(_ text: String) throws {
        let folder = ScratchFolder()
        folder.write("empty.txt", text)
        let result = try ShellRunner.run("\"$CONCORD\" extract empty.txt", in: folder.path)
        #expect(result.status == 0)
        #expect(result.output == "")
        #expect(result.errors == "")
    }

    @Test func aMegabyteLineWithNoNewlineIsRead() throws {
        let folder = ScratchFolder()
        let words = "The school community values kindness and fairness in every lesson "
        folder.write("long.txt", "Staff must report concerns. " + String(repeating: words, count: 1_048_576 / words.utf8.count))
        let result = try ShellRunner.run("\"$CONCORD\" extract long.txt --format csv", in: folder.path)
        #expect(result.status == 0)
        #expect(!result.output.isEmpty)
    }

    /// A bad file, its error, and the good file after it still read.
    static let bad: [(name: String, make: String, message: String)] = [
        ("binary", "printf '\\211PNG\\r\\n\\032\\n\\000\\000\\000\\rIHDR' > bad.txt", "concord: error: 'bad.txt' is not a text document (it holds NUL bytes)"),
        ("NUL inside text", "printf 'Staff must not\\000 add pupils.\\n' > bad.txt", "concord: error: 'bad.txt' is not a text document (it holds NUL bytes)"),
        ("missing", ":", "concord: error: cannot read 'bad.txt': No such file or directory"),
        ("symlink loop", "ln -s bad.txt bad.txt", "concord: error: cannot read 'bad.txt': Too many levels of symbolic links"),
        ("folder with no documents", "mkdir bad.txt && touch bad.txt/notes.pdf", "concord: error: 'bad.txt' holds no .docx, .markdown, .md, .txt document"),
        ("over the size limit", "truncate -s 65M bad.txt", "concord: error: 'bad.txt' is larger than 64 MB, the limit; give --max-size to read it"),
    ]

    @Test(arguments: bad.indices)
    func aBadFileIsOneErrorAndTheOthersAreRead(_ index: Int) throws {
        let (name, make, message) = Self.bad[index]
        let folder = ScratchFolder()
        let result = try ShellRunner.run("\(make) && \"$CONCORD\" extract bad.txt \"$CORPUS/milverton.txt\"", in: folder.path)
        #expect(result.status == 1, "\(name)")
        #expect(result.errors.hasPrefix(message + "\n"), "\(name): \(result.errors)")
        #expect(result.output == Self.goodClauses, "\(name)")
    }

    /// A bad Word document (`$DOCX` is the `.docx` fixtures' folder), its
    /// error, and the good file after it still read.
    static let badWord: [(name: String, make: String, message: String)] = [
        ("cut short", "head -c 3000 \"$DOCX/corpus/todwick.docx\" > bad.docx",
         "concord: error: 'bad.docx' is a damaged Word document (it is cut short: the archive's directory is missing); open it in Word, which may repair it, and save it again"),
        ("a ZIP signature and nothing more", "printf 'PK\\003\\004 nothing more' > bad.docx",
         "concord: error: 'bad.docx' is a damaged Word document (it is cut short: the archive's directory is missing); open it in Word, which may repair it, and save it again"),
        ("a .doc named .docx", "cp \"$DOCX/wordml/old-format.doc\" bad.docx",
         "concord: error: 'bad.docx' is an old Word document (.doc), which Concord does not read; open it in Word and save it as .docx or as plain text"),
        ("password-protected", "cp \"$DOCX/wordml/encrypted.docx\" bad.docx",
         "concord: error: 'bad.docx' is protected by a password; remove the password in Word (File > Info > Protect Document) and save it again"),
        ("zip bomb", "cp \"$DOCX/wordml/bomb.docx\" bad.docx",
         "concord: error: 'bad.docx' was not read: its part 'word/document.xml' would inflate past 64 MB or past 200 times its stored size, as a zip bomb does"),
        ("text named .docx", "cp \"$DOCX/wordml/text-named.docx\" bad.docx",
         "concord: error: 'bad.docx' is not a Word document (a .docx is a ZIP archive, and this is none); save it from Word as .docx or as plain text"),
        ("a ZIP archive that is no Word document", "cp \"$DOCX/wordml/not-word.docx\" bad.docx",
         "concord: error: 'bad.docx' is a ZIP archive but not a Word document (it holds no word/document.xml); give the .docx itself"),
    ]

    @Test(arguments: badWord.indices)
    func aBadWordDocumentIsOneErrorAndTheOthersAreRead(_ index: Int) throws {
        let (name, make, message) = Self.badWord[index]
        let folder = ScratchFolder()
        let fixtures = LanguageTestPaths.root.appendingPathComponent("Tests/ConcordKitTests/Fixtures/docx").path
        let result = try ShellRunner.run("DOCX='\(fixtures)' && \(make) && \"$CONCORD\" extract bad.docx \"$CORPUS/milverton.txt\"", in: folder.path)
        #expect(result.status == 1, "\(name)")
        #expect(result.errors == message + "\n", "\(name): \(result.errors)")
        #expect(result.output == Self.goodClauses, "\(name)")
    }

    /// A folder with no document in it is an error for every command
    /// alike, with one line; diff takes files only, and says trouble.
    @Test(arguments: [
        ("extract", 1, ".docx, .markdown, .md, .txt"), ("import", 1, ".docx, .markdown, .md, .txt"), ("check", 1, ".docx, .markdown, .md, .policy, .txt"),
        ("fmt", 1, ".policy"), ("compare", 1, ".docx, .markdown, .md, .txt"), ("merge --strategy strictest", 1, ".docx, .markdown, .md, .txt"),
    ])
    func aFolderWithNoDocumentIsAnError(command: String, status: Int32, extensions: String) throws {
        let folder = ScratchFolder()
        let result = try ShellRunner.run("mkdir none && touch none/notes.pdf && \"$CONCORD\" \(command) none", in: folder.path)
        #expect(result.status == status)
        #expect(result.output == "")
        #expect(result.errors == "concord: error: 'none' holds no \(extensions) document\n")
        let diff = try ShellRunner.run("\"$CONCORD\" diff none \"$CORPUS/todwick.txt\"", in: folder.path)
        #expect(diff.status == 2)
        #expect(diff.errors == "concord: error: cannot read 'none': Is a directory\n")
    }

    /// Root reads every folder, so this runs only for other users.
    @Test(.enabled(if: geteuid() != 0))
    func anUnreadableFolderIsAnErrorWithItsReason() throws {
        let folder = ScratchFolder()
        let result = try ShellRunner.run("mkdir shut && cp \"$CORPUS/todwick.txt\" shut/ && chmod 000 shut && \"$CONCORD\" extract shut; status=$?; chmod 755 shut; exit $status", in: folder.path)
        #expect(result.status == 1)
        #expect(result.errors == "concord: error: cannot read the folder 'shut': Permission denied\n")
    }

    @Test func theSizeLimitCanBeSet() throws {
        let folder = ScratchFolder()
        let small = try ShellRunner.run("\"$CONCORD\" extract \"$CORPUS/todwick.txt\" --max-size 1KB", in: folder.path)
        #expect(small.status == 1)
        #expect(small.errors.hasSuffix("todwick.txt' is larger than 1 KB, the limit; give --max-size to read it\n"))
        let piped = try ShellRunner.run("\"$CONCORD\" extract --max-size 1KB < \"$CORPUS/todwick.txt\"")
        #expect(piped.errors == "concord: error: standard input is larger than 1 KB, the limit; give --max-size to read it\n")
        let wrong = try ShellRunner.run("\"$CONCORD\" extract \"$CORPUS/todwick.txt\" --max-size lots")
        #expect(wrong.status == 64)
        #expect(wrong.errors == "concord: error: --max-size needs a size such as 64MB, 500KB or 1048576, not 'lots'\n")
    }

    /// A `.policy` with an error is reported at its place and not read;
    /// the good file after it is.
    static let badPolicies: [(name: String, text: String, error: String)] = [
        ("unknown modality", "section A\n  clause A.1 \"x\"\n    rule staff mustnt report\n", "bad.policy:3:16: error:"),
        ("unclosed quote", "section A\n  clause A.1 \"x\n", "bad.policy:2:"),
        ("unclosed block", "section A\n  text \"\"\"\n  Staff must report.\n", "bad.policy:2:"),
        ("duplicate ids", "section A\n  clause A.1 \"x\"\n    rule staff must report\n  clause A.1 \"y\"\n    rule staff must report\n", "bad.policy:4:"),
        ("unknown id", "section A\n  clause A.1 \"x\"\n    rule stafff must report\n", "bad.policy:3:10: error:"),
        ("truncated", "section A\n  clause A.1 \"Staff must not add pup", "bad.policy:2:"),
    ]

    @Test(arguments: badPolicies.indices)
    func aBadPolicyIsReportedAtItsPlace(_ index: Int) throws {
        let (name, text, error) = Self.badPolicies[index]
        let folder = ScratchFolder()
        folder.write("bad.policy", text)
        let result = try ShellRunner.run("\"$CONCORD\" extract bad.policy \"$CORPUS/milverton.txt\"", in: folder.path)
        #expect(result.status == 1, "\(name)")
        #expect(result.errors.hasPrefix(error), "\(name): \(result.errors)")
        #expect(result.errors.contains("concord: error: 'bad.policy' has "), "\(name)")
        #expect(result.output == Self.goodClauses, "\(name)")
        let checked = try ShellRunner.run("\"$CONCORD\" check bad.policy", in: folder.path)
        #expect(checked.status == 1, "\(name)")
        #expect(checked.errors.hasPrefix(error), "\(name): \(checked.errors)")
    }
}
