/// The front of the pipeline: bytes of a `.txt` or `.md` document in, a
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

    public func read(_ source: SourceText) -> (document: PolicyDocument, diagnostics: [Diagnostic]) {
        let outline = OutlineBuilder().build(source)
        return (extractor.extract(outline), outline.diagnostics)
    }
}
