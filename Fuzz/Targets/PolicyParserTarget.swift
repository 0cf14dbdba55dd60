// libFuzzer target: the `.policy` parser. Built with all of ConcordKit as
// one module by `Fuzz/run`; never part of the package.

/// Parses the input as a `.policy` file; one with no errors must print and
/// parse back to the same document.
@_cdecl("LLVMFuzzerTestOneInput")
public func policyParserTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parser = PolicyParser(reader: FuzzLexicon.reader)
    let file = parser.parse(bytes, name: "fuzz")
    guard !file.hasErrors else { return 0 }
    let printed = PolicyPrinter().print(file.document, comments: file.comments)
    let again = parser.parse(printed, name: "fuzz")
    if again.document != file.document {
        fatalError("print → parse changed the document:\n\(printed)")
    }
    return 0
}
