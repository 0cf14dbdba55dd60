// libFuzzer target: reading a prose document and extracting its clauses.
// Built with all of ConcordKit as one module by `Fuzz/run`.

/// Reads the input as a `.txt` document (decoding, debris, outline) and
/// extracts its clauses; the document must then print as a `.policy` that
/// parses without errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func extractorTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let read) = FuzzLexicon.reader.read(bytes, name: "fuzz") else { return 0 }
    let printed = PolicyPrinter().print(read.document)
    let parsed = PolicyParser(reader: FuzzLexicon.reader).parse(printed, name: "fuzz")
    if parsed.hasErrors {
        fatalError("an extracted document printed as a .policy with errors: \(parsed.diagnostics.map(\.message))\n\(printed)")
    }
    return 0
}
