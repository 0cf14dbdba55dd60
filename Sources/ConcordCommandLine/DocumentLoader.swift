import ConcordKit
import FoundationEssentials

/// Reads the documents a command is given: files, folders (every `.txt`,
/// `.md` and `.docx` in them, sorted, and `.policy` files when asked) or `-`
/// for standard input. A `.policy` file is parsed; a Word document (by its
/// extension, or by its `PK` signature on standard input) is read by
/// `DocxReader`; any other file is read as prose. Clauses are extracted
/// from all but `.policy` files. A file that cannot be read is reported
/// and skipped; the others are still read.
public struct DocumentLoader {
    public struct Loaded {
        public var path: String
        public var document: PolicyDocument
        public var diagnostics: [Diagnostic]
        /// Where the parts of the document are in the file.
        public var sourceMap = PolicySourceMap()
        /// The comments of a `.policy` file.
        public var comments = PolicyComments()
        /// The file's lines (debris stripped for prose), to quote in messages.
        public var lines: [String] = []
        /// The file was a `.policy` file.
        public var isPolicyFile = false
    }

    public static let documentExtensions: Set<String> = ["txt", "md", "markdown", "docx"]
    /// Word documents: read as Word documents whatever their bytes.
    public static let wordExtensions: Set<String> = ["docx", "docm", "dotx", "doc"]
    public static let policyExtension = "policy"

    public var reader: PolicyReader
    public var io: CommandIO
    /// Folders also give their `.policy` files. Off for `extract`, so that
    /// the corpus's sources and their imports are not read twice.
    public var includesPolicyFiles: Bool
    /// `-` is a `.policy` file rather than prose.
    public var standardInputIsPolicy: Bool
    /// A clause of a `.policy` file with no `@N` gets its line in that file
    /// (`PolicyFile.documentWithOwnLines`): for the commands that report
    /// lines (`extract`, `diff`, `compare`), not for those that write the
    /// policy back.
    public var reportsOwnLines: Bool

    /// The largest document read, in bytes (`--max-size`); a larger one
    /// is refused.
    public var sizeLimit = ByteCount.defaultLimit

    public init(
        reader: PolicyReader, io: CommandIO, includesPolicyFiles: Bool = false, standardInputIsPolicy: Bool = false,
        reportsOwnLines: Bool = false
    ) {
        self.reader = reader
        self.io = io
        self.includesPolicyFiles = includesPolicyFiles
        self.standardInputIsPolicy = standardInputIsPolicy
        self.reportsOwnLines = reportsOwnLines
    }

    public static func isPolicyFile(_ path: String) -> Bool {
        PathName.pathExtension(path).lowercased() == policyExtension
    }

    /// The files named by `paths`, folders expanded. A path that cannot
    /// be read, and a folder with no document in it, are reported and left
    /// out; `failed` is set.
    public func expand(_ paths: [String], failed: inout Bool) -> [String] {
        var extensions = Self.documentExtensions
        if includesPolicyFiles { extensions.insert(Self.policyExtension) }
        return expand(paths, extensions: extensions, failed: &failed)
    }

    /// The files named by `paths`, each folder giving its files with one
    /// of `extensions`, sorted.
    func expand(_ paths: [String], extensions: Set<String>, failed: inout Bool) -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" { files.append(path); continue }
            switch LocalFiles.kind(of: path) {
            case .failure(let failure):
                io.error(failure.message(reading: "'\(path)'"))
                failed = true
            case .success(.file):
                files.append(path)
            case .success(.folder):
                let names: [String]
                do {
                    names = try LocalFiles.names(in: path)
                } catch {
                    io.error(error.message(reading: "the folder '\(path)'"))
                    failed = true
                    continue
                }
                let documents = names.filter { Self.isDocument($0, extensions: extensions) }.sorted()
                if documents.isEmpty {
                    io.error("'\(path)' holds no \(extensions.sorted().map { "." + $0 }.joined(separator: ", ")) document")
                    failed = true
                }
                files += documents.map { PathName.join(path, $0) }
            }
        }
        return files
    }

    /// Files a folder contributes: its documents by extension, but not the
    /// notes that describe the folder itself (README, CHANGELOG, LICENSE).
    public static func isDocument(_ name: String, extensions: Set<String>) -> Bool {
        let stem = PathName.lastComponent(PathName.deletingExtension(name)).lowercased()
        // Word keeps "~$name.docx" beside a document it has open: its lock file, no document.
        return extensions.contains(PathName.pathExtension(name).lowercased()) && !name.hasPrefix("~$")
            && !["readme", "changelog", "license", "licence", "contributing"].contains(stem)
    }

    /// The bytes of a file, or of standard input for `-`; nil (reported)
    /// when it cannot be read whole or is larger than `sizeLimit`.
    public func bytes(of path: String) -> [UInt8]? {
        do {
            if path == "-" { return try io.readStandardInput(sizeLimit) }
            return try LocalFiles.read(path, limit: sizeLimit)
        } catch let failure as ReadFailure {
            io.error(failure.message(reading: path == "-" ? "standard input" : "'\(path)'"))
        } catch {
            io.error("cannot read \(path == "-" ? "standard input" : "'\(path)'"): \(error)")
        }
        return nil
    }

    public static func name(of path: String) -> String {
        path == "-" ? "stdin" : PathName.deletingExtension(PathName.lastComponent(path))
    }

    /// Reads one file (or standard input for `-`). A `.policy` file with
    /// errors is reported and gives nil unless `allowingErrors`.
    public func load(_ path: String, allowingErrors: Bool = false) -> Loaded? {
        guard let bytes = bytes(of: path) else { return nil }
        return load(bytes, path: path, allowingErrors: allowingErrors)
    }

    /// Reads the bytes of the file at `path`, already read.
    public func load(_ bytes: [UInt8], path: String, allowingErrors: Bool = false) -> Loaded? {
        let name = Self.name(of: path)
        // A Word document on standard input is known by its signature.
        let isWord = Self.wordExtensions.contains(PathName.pathExtension(path).lowercased())
            || (!Self.isPolicyFile(path) && (DocxReader.isArchive(bytes) || DocxReader.isCompoundFile(bytes)))
        if isWord { return loadWordDocument(bytes, path: path, name: name) }
        if Self.isPolicyFile(path) || (path == "-" && standardInputIsPolicy) {
            let file = PolicyParser(reader: reader).parse(bytes, name: name)
            let document = reportsOwnLines ? file.documentWithOwnLines : file.document
            let loaded = Loaded(path: path, document: document, diagnostics: file.diagnostics, sourceMap: file.sourceMap,
                                comments: file.comments, lines: Self.lines(of: bytes), isPolicyFile: true)
            if file.hasErrors && !allowingErrors {
                let errors = file.diagnostics.filter { $0.severity == .error }
                io.writeError(DiagnosticRenderer(path: path, lines: loaded.lines, useColour: io.useColour).render(errors))
                io.error("'\(path)' has \(errors.count) error\(errors.count == 1 ? "" : "s"); see 'concord check'")
                return nil
            }
            return loaded
        }
        let ext = PathName.pathExtension(path).lowercased()
        switch SourceText.read(bytes, name: name, isMarkdown: ext == "md" || ext == "markdown") {
        case .failure:
            io.error("'\(path)' is not a text document (it holds NUL bytes)")
            return nil
        case .success(let source):
            let (document, diagnostics) = reader.read(source)
            return Loaded(path: path, document: document, diagnostics: diagnostics, sourceMap: PolicySourceMap(document: document), lines: source.lines)
        }
    }

    /// Reads a Word document; one that cannot be read is reported in one
    /// line that says what to do.
    private func loadWordDocument(_ bytes: [UInt8], path: String, name: String) -> Loaded? {
        switch reader.readWordDocument(bytes, name: name) {
        case .success(let word):
            return Loaded(path: path, document: word.document, diagnostics: word.diagnostics,
                          sourceMap: PolicySourceMap(document: word.document), lines: word.paragraphs)
        case .failure(let failure):
            io.error("'\(path)' \(Self.advice(failure))")
            return nil
        }
    }

    /// What is wrong with a Word document Concord cannot read, and what to do.
    static func advice(_ failure: DocxReader.Failure) -> String {
        switch failure {
        case .notArchive:
            return "is not a Word document (a .docx is a ZIP archive, and this is none); save it from Word as .docx or as plain text"
        case .oldWordFormat:
            return "is an old Word document (.doc), which Concord does not read; open it in Word and save it as .docx or as plain text"
        case .encrypted:
            return "is protected by a password; remove the password in Word (File > Info > Protect Document) and save it again"
        case .notWordDocument:
            return "is a ZIP archive but not a Word document (it holds no word/document.xml); give the .docx itself"
        case .damaged(let reason):
            return "is a damaged Word document (\(reason)); open it in Word, which may repair it, and save it again"
        case .tooLarge(let part):
            return "was not read: its part '\(part)' would inflate past 64 MB or past 200 times its stored size, as a zip bomb does"
        }
    }

    /// The lines of a file as written (split at LF, CRLF or CR, as the
    /// parser splits them), to quote in diagnostics.
    public static func lines(of bytes: [UInt8]) -> [String] {
        guard case .success(let decoded) = TextDecoder.decode(bytes) else { return [] }
        let utf8 = Array(decoded.text.utf8)
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < utf8.count {
            if utf8[index] == 10 || utf8[index] == 13 {
                lines.append(String(decoding: utf8[start..<index], as: UTF8.self))
                if utf8[index] == 13, index + 1 < utf8.count, utf8[index + 1] == 10 { index += 1 }
                start = index + 1
            }
            index += 1
        }
        lines.append(String(decoding: utf8[start...], as: UTF8.self))
        return lines
    }
}
