import ConcordKit
import Foundation

/// Reads the documents a command is given: files, folders (every `.txt`
/// and `.md` in them, sorted) or `-` for standard input. A file that cannot
/// be read is reported and skipped; the others are still read.
public struct DocumentLoader {
    public struct Loaded {
        public var path: String
        public var document: PolicyDocument
        public var diagnostics: [Diagnostic]
    }

    public static let documentExtensions: Set<String> = ["txt", "md", "markdown"]

    public var reader: PolicyReader
    public var io: CommandIO

    public init(reader: PolicyReader, io: CommandIO) {
        self.reader = reader
        self.io = io
    }

    /// The files named by `paths`, folders expanded. Missing paths are
    /// reported and left out; `failed` is set.
    public func expand(_ paths: [String], failed: inout Bool) -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                io.error("cannot read '\(path)': no such file or folder")
                failed = true
                continue
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let documents = names.filter { Self.documentExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                if documents.isEmpty { io.warning("'\(path)' holds no .txt or .md document") }
                files += documents.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Reads one file (or standard input for `-`).
    public func load(_ path: String) -> Loaded? {
        let bytes: [UInt8]
        if path == "-" {
            bytes = io.readStandardInput()
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                io.error("cannot read '\(path)'")
                return nil
            }
            bytes = [UInt8](data)
        }
        let name = path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let ext = (path as NSString).pathExtension.lowercased()
        switch reader.read(bytes, name: name, isMarkdown: ext == "md" || ext == "markdown") {
        case .failure(.binary):
            io.error("'\(path)' is not a text document (it holds NUL bytes)")
            return nil
        case .success(let (document, diagnostics)):
            return Loaded(path: path, document: document, diagnostics: diagnostics)
        }
    }
}
