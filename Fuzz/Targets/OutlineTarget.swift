// libFuzzer target: the text reader and the outline. Built with all of
// ConcordKit as one module by `Fuzz/run`.

/// Decodes the input, splits its lines, strips debris and builds the
/// outline, as `.txt` and as Markdown.
@_cdecl("LLVMFuzzerTestOneInput")
public func outlineTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for isMarkdown in [false, true] {
        guard case .success(let source) = SourceText.read(bytes, name: "fuzz", isMarkdown: isMarkdown) else { return 0 }
        _ = OutlineBuilder().build(source)
    }
    return 0
}
