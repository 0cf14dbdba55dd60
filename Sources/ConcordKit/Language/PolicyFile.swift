/// A parsed `.policy` file: the policy, what was found wrong, and where each
/// part of it was written.
public struct PolicyFile: Sendable {
    public var document: PolicyDocument
    /// In file order.
    public var diagnostics: [Diagnostic]
    public var sourceMap: PolicySourceMap
    /// `#` comments, by the statement they stand before, so `fmt` keeps them.
    public var comments: PolicyComments

    public init(document: PolicyDocument, diagnostics: [Diagnostic] = [], sourceMap: PolicySourceMap = PolicySourceMap(), comments: PolicyComments = PolicyComments()) {
        self.document = document
        self.diagnostics = diagnostics
        self.sourceMap = sourceMap
        self.comments = comments
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
