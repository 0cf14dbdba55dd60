import ConcordKit
import FoundationEssentials

/// Reads the documents a command is given: files, folders (every `.txt`
/// and `.md` in them, sorted, and `.policy` files when asked) or `-` for
/// standard input. A `.policy` file is parsed; any other file is read as
/// prose and its clauses extracted. A file that cannot be read is reported
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

    public static let documentExtensions: Set<String> = ["txt", "md", "markdown"]
    public static let policyExtension = "policy"

    public var reader: PolicyReader
    public var io: CommandIO
    /// Folders also give their `.policy` files. Off for `extract`, so that
    /// the corpus's sources and their imports are not read twice.
    public var includesPolicyFiles: Bool
    /// `-` is a `.policy` file rather than prose.
    public var standardInputIsPolicy: Bool
    /// The largest document read, in bytes (`--max-size`); a larger one
    /// is refused.
    public var sizeLimit = ByteCount.defaultLimit

    public init(reader: PolicyReader, io: CommandIO, includesPolicyFiles: Bool = false, standardInputIsPolicy: Bool = false) {
        self.reader = reader
        self.io = io
        self.includesPolicyFiles = includesPolicyFiles
        self.standardInputIsPolicy = standardInputIsPolicy
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
        return extensions.contains(PathName.pathExtension(name).lowercased())
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
        if Self.isPolicyFile(path) || (path == "-" && standardInputIsPolicy) {
            let file = PolicyParser(reader: reader).parse(bytes, name: name)
            let loaded = Loaded(path: path, document: file.document, diagnostics: file.diagnostics, sourceMap: file.sourceMap,
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
