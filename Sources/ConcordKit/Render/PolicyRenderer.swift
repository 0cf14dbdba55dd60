/// Lays a filled-in policy out for people in one format.
public struct PolicyRenderer: Sendable {
    public var format: RenderFormat

    public init(format: RenderFormat) {
        self.format = format
    }

    public func render(_ document: PolicyDocument) -> String {
        var out = ""
        write(document, to: &out)
        return out
    }

    public func write(_ document: PolicyDocument, to out: inout String) {
        let layout = PolicyLayout(document)
        switch format {
        case .md: MarkdownPolicyRenderer.write(layout, to: &out)
        case .html: HTMLPolicyRenderer.write(layout, to: &out)
        case .txt: TextPolicyRenderer(width: 78).write(layout, to: &out)
        }
    }
}
