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
        return (extractor.extract(outline), outline.diagnostics + Self.longSentences(in: outline))
    }

    /// A warning for each run of text longer than a sentence is read
    /// whole (`SentenceSplitter.maximumLength` bytes) with no full stop
    /// in it: it is read in pieces, cut at semicolons, commas or spaces,
    /// none of it dropped, and a rule across a cut may be missed.
    static func longSentences(in outline: Outline) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for block in outline.blocks where block.text.utf8.count > SentenceSplitter.maximumLength {
            var text = block.text
            var overlong: [Range<Int>] = []
            _ = text.withUTF8 { SentenceSplitter.split($0, overlong: &overlong) }
            for run in overlong {
                diagnostics.append(Diagnostic(
                    .warning, "extract.long-sentence",
                    "a sentence of \(run.count) bytes with no full stop was read in pieces of at most \(SentenceSplitter.maximumLength) bytes; a rule across a cut may be missed",
                    at: SourceLocation(line: block.line(atOffset: run.lowerBound), column: 1)))
            }
        }
        return diagnostics
    }
}
