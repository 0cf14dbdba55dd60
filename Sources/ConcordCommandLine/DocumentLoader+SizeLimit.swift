/// `--max-size`: the largest document a command reads.
extension DocumentLoader {
    static let sizeOption = OptionSpec(
        ["--max-size"], value: "size", help: "Refuse documents larger than this: 64MB (default), 500KB, 1GB.")

    /// The loader with the size limit `arguments` give; nil, reported, for
    /// a size that is not one.
    func limited(by arguments: ParsedArguments) -> DocumentLoader? {
        guard let text = arguments.value("--max-size") else { return self }
        guard let limit = ByteCount.parse(text) else {
            io.error("--max-size needs a size such as 64MB, 500KB or 1048576, not '\(text)'")
            return nil
        }
        var loader = self
        loader.sizeLimit = limit
        return loader
    }
}
