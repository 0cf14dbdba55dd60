/// The front of the pipeline: bytes of a `.txt`, `.md` or `.docx` document in, a
/// `PolicyDocument` and what was noticed on the way out.
public struct PolicyReader: Sendable {
    public enum Failure: Error, Equatable, Sendable {
        /// NUL bytes: not a text document.
        case binary
    }

    public let extractor: ClauseExtractor

    public init(lexicon: Lexicon = .standard) {
        self.extractor = ClauseExtractor(lexicon: lexicon)
    }

    /// Reads a document. `name` is its short name (the file name without
    /// extension); `isMarkdown` reads Markdown syntax.
    public func read(_ bytes: [UInt8], name: String, isMarkdown: Bool = false) -> Result<(document: PolicyDocument, diagnostics: [Diagnostic]), Failure> {
        switch SourceText.read(bytes, name: name, isMarkdown: isMarkdown) {
        case .failure: return .failure(.binary)
        case .success(let source): return .success(read(source))
        }
    }

    /// Reads a Word document (`.docx`); `paragraphs` gives the text of
    /// each paragraph by number, the lines its diagnostics point at.
    public func readWordDocument(_ bytes: [UInt8], name: String) -> Result<(document: PolicyDocument, diagnostics: [Diagnostic], paragraphs: [String]), DocxReader.Failure> {
        DocxReader().read(bytes, name: name).map { word in
            (extractor.extract(word.outline), word.outline.diagnostics, word.paragraphs)
        }
    }

    public func read(_ source: SourceText) -> (document: PolicyDocument, diagnostics: [Diagnostic]) {
        let outline = OutlineBuilder().build(source)
        return (extractor.extract(outline), outline.diagnostics)
    }
}
