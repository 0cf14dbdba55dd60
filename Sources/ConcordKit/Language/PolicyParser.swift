/// Reads a `.policy` file into a `PolicyDocument`. Never throws and never
/// stops at the first error: every line is parsed, problems are returned as
/// diagnostics and the policy holds everything that could be read.
///
/// ```
/// file = { line (LF | CRLF | CR) }
/// ```
/// The grammar of each statement is in `docs/policy-language.md` and on the
/// `parse…` methods of `PolicyParseState`. A clause with no `rule` line gets
/// its rule by extraction from its text.
public struct PolicyParser: Sendable {
    /// Fills in the rules of clauses that have none; nil leaves them `other`.
    public var reader: PolicyReader?

    public init(reader: PolicyReader? = PolicyReader()) {
        self.reader = reader
    }

    /// Parses a file's bytes: UTF-8 (other encodings are decoded and warned
    /// about). `name` is the document's short name.
    public func parse(_ bytes: [UInt8], name: String) -> PolicyFile {
        switch TextDecoder.decode(bytes) {
        case .failure:
            let diagnostic = Diagnostic(.error, "policy.binary", "the file is not text (it holds NUL bytes)", at: SourceLocation(line: 1, column: 1))
            return PolicyFile(document: PolicyDocument(name: name), diagnostics: [diagnostic])
        case .success(let decoded):
            var file = parse(decoded.text, name: name)
            if decoded.encoding == .mixedWindows1252 {
                file.diagnostics.insert(Diagnostic(
                    .warning, "policy.encoding", "the file is not valid UTF-8; bytes that are not were read as Windows-1252",
                    at: SourceLocation(line: 1, column: 1)), at: 0)
            }
            return file
        }
    }

    public func parse(_ text: String, name: String) -> PolicyFile {
        let bytes = Array(text.utf8)
        var state = PolicyParseState(bytes: bytes, name: name)
        var start = 0
        var index = 0
        var number = 1
        var sawCRLF = false
        while index <= bytes.count {
            guard index == bytes.count || bytes[index] == 10 || bytes[index] == 13 else {
                index += 1
                continue
            }
            if index == bytes.count && start == index { break }
            state.consume(start..<index, number: number)
            if index < bytes.count, bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                sawCRLF = true
                index += 1
            }
            index += 1
            start = index
            number += 1
        }
        state.finish(reader: reader)
        if sawCRLF {
            state.diagnostics.append(Diagnostic(.note, "policy.crlf", "the file has CRLF line endings; 'concord fmt' writes LF", at: SourceLocation(line: 1, column: 1)))
        }
        let ordered = state.diagnostics.enumerated().sorted { a, b in
            let left = a.element.location ?? SourceLocation(line: 0, column: 0), right = b.element.location ?? SourceLocation(line: 0, column: 0)
            return (left.line, left.column, a.offset) < (right.line, right.column, b.offset)
        }.map(\.element)
        return PolicyFile(document: state.document, diagnostics: ordered, sourceMap: state.sourceMap, comments: state.comments)
    }
}
