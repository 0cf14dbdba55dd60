// libFuzzer target: the .docx reader. Built with all of ConcordKit as one
// module by `Fuzz/run`.

/// An input that opens as a ZIP archive is read as a whole `.docx` (the
/// archive, inflating, styles, numbering and body); any other input is
/// read as WordprocessingML, as the body, the styles and the numbering at
/// once, so that broken markup reaches the XML scanner, which a CRC check
/// would otherwise stop. Either way the reader returns, never crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func docxTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if DocxReader.isArchive(bytes) || DocxReader.isCompoundFile(bytes) {
        _ = DocxReader().read(bytes, name: "fuzz")
    } else {
        _ = DocxReader().read(body: bytes, styles: WordStyles(bytes), numbering: WordNumbering(bytes), name: "fuzz")
    }
    return 0
}
