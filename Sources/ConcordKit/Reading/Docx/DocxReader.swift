/// Reads a Word document (`.docx`): the ZIP archive, its styles, list
/// numbering and body, into the outline the text reader builds from the
/// same document saved as text. A block's `line` is its paragraph's number
/// in the document (every paragraph counted, in tables too) and its `page`
/// the page Word recorded for it.
///
/// Headings are the paragraphs whose style (or own setting) gives an
/// outline level, and numbered or short lines as the text reader finds
/// them; list items carry their label as Word shows it ("4.1.2.", "b)",
/// "•") and their level; a table's rows are rows, and one whose header
/// names a version is the version history. Tracked changes are read as
/// accepted, with a diagnostic saying so.
public struct DocxReader: Sendable {
    public enum Failure: Error, Equatable, Sendable {
        /// Not a ZIP archive at all.
        case notArchive
        /// An OLE compound file: a Word 97–2003 `.doc`.
        case oldWordFormat
        /// Password-protected: Word saves it as an encrypted compound file,
        /// or the archive's entries are encrypted.
        case encrypted
        /// A ZIP archive with no `word/document.xml`.
        case notWordDocument
        /// A damaged archive; the reason says what is wrong.
        case damaged(String)
        /// A part that would inflate past the size or ratio limit.
        case tooLarge(String)
    }

    /// What a `.docx` gives: its outline and the text of each paragraph,
    /// by number (index 0 is paragraph 1), to quote in messages; a table
    /// row's cells, apart by tabs, stand at its first paragraph.
    public struct Document: Sendable {
        public var outline: Outline
        public var paragraphs: [String]
    }

    public init() {}

    /// Whether `bytes` open as a ZIP archive does ("PK\u{3}\u{4}"), as every `.docx` does.
    public static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4
    }

    /// Whether `bytes` open as an OLE compound file (a `.doc`, or a password-protected `.docx`).
    public static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    public func read(_ bytes: [UInt8], name: String) -> Result<Document, Failure> {
        if Self.isCompoundFile(bytes) {
            // Word encrypts a `.docx` into a compound file holding an "EncryptedPackage" stream.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return .failure(bytes.withUnsafeBufferPointer { ByteSearch.contains($0, marker) } ? .encrypted : .oldWordFormat)
        }
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes)
        } catch .notArchive where Self.isArchive(bytes) {
            return .failure(.damaged("it is cut short: the archive's directory is missing"))
        } catch {
            return .failure(Self.failure(error))
        }
        guard let main = archive.entry(named: "word/document.xml") ?? Self.mainPart(of: archive) else { return .failure(.notWordDocument) }
        let body: [UInt8], styles: [UInt8]?, numbering: [UInt8]?
        do {
            body = try archive.contents(of: main)
            styles = try archive.entry(named: "word/styles.xml").map(archive.contents)
            numbering = try archive.entry(named: "word/numbering.xml").map(archive.contents)
        } catch {
            return .failure(Self.failure(error))
        }
        return .success(read(body: body, styles: styles.map(WordStyles.init) ?? WordStyles(),
                             numbering: numbering.map(WordNumbering.init) ?? WordNumbering(), name: name))
    }

    /// The outline of a body whose styles and numbering are read.
    func read(body bytes: [UInt8], styles: WordStyles, numbering: WordNumbering, name: String) -> Document {
        let body = WordBody(bytes)
        var builder = DocxOutlineBuilder(styles: styles, numbering: numbering)
        var outline = builder.build(body, name: name)
        if body.hasTrackedChanges {
            // Where a person finds the first: its paragraph, and its page as Word recorded it.
            let first = body.firstChange.flatMap { number in body.paragraphs.first { $0.number == number } }
            let place = first.map { " (the first in paragraph \($0.number), on page \($0.page))" } ?? ""
            outline.diagnostics.append(Diagnostic(
                .warning, "docx.tracked-changes", "the document holds tracked changes\(place); it is read as if they were all accepted",
                at: body.firstChange.map { SourceLocation(line: $0, column: 1) },
                notes: ["accept or reject them in Word to read the document as it will stand"]))
        }
        var paragraphs = [String](repeating: "", count: body.paragraphs.last?.number ?? 0)
        // By index: a paragraph's text is read in place, the paragraph not copied.
        for index in body.paragraphs.indices where body.paragraphs[index].number <= paragraphs.count {
            paragraphs[body.paragraphs[index].number - 1] = body.paragraphs[index].text
        }
        // A table row is quoted whole, its cells apart by tabs, at its first paragraph.
        for row in body.rows {
            guard let first = row.lazy.flatMap({ $0 }).first, first <= paragraphs.count else { continue }
            paragraphs[first - 1] = row.map { cell in
                cell.filter { $0 <= paragraphs.count }.map { paragraphs[$0 - 1] }.filter { !$0.isEmpty }.joined(separator: " ")
            }.joined(separator: "\t")
        }
        return Document(outline: outline, paragraphs: paragraphs)
    }

    /// The main part as the package's relationships name it, for a
    /// document whose body is not `word/document.xml` (Word on the web
    /// saves `word/document2.xml`): the target of the `officeDocument`
    /// relationship in `_rels/.rels`, looked up by name in the archive.
    private static func mainPart(of archive: ZipArchive) -> ZipEntry? {
        guard let rels = archive.entry(named: "_rels/.rels"), let bytes = try? archive.contents(of: rels) else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> ZipEntry? in
            var scanner = XMLScanner(buffer)
            while true {
                switch scanner.next() {
                case .done: return nil
                case .start(_, let attributes, _):
                    guard let type = scanner.attribute("Type", in: attributes).map(scanner.text), type.hasSuffix("/officeDocument"),
                          var target = scanner.attribute("Target", in: attributes).map(scanner.text) else { continue }
                    while target.hasPrefix("/") { target.removeFirst() }
                    return archive.entry(named: target)
                default: continue
                }
            }
        }
    }

    private static func failure(_ error: ZipArchive.Failure) -> Failure {
        switch error {
        case .notArchive: return .notArchive
        case .encrypted: return .encrypted
        case .corrupt(let reason): return .damaged(reason)
        case .unsupportedMethod(let entry, let method): return .damaged("'\(entry)' is compressed by method \(method), which Word never uses")
        case .tooLarge(let entry): return .tooLarge(entry)
        case .zip64: return .damaged("it is a ZIP64 archive, larger than any Word document")
        }
    }
}
