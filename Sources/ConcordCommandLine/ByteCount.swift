/// Sizes in words and from options: "64 MB", "--max-size 100MB".
enum ByteCount {
    /// The limit on a document's size unless `--max-size` says otherwise.
    static let defaultLimit = 64 << 20

    static func describe(_ bytes: Int) -> String {
        if bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }

    /// "64MB", "64 MB", "500k", "1g" or a number of bytes; nil for anything
    /// else.
    static func parse(_ text: String) -> Int? {
        var digits = Substring(text.lowercased()).filter { $0 != " " }[...]
        var unit = 1
        for (suffix, size) in [("gb", 1 << 30), ("mb", 1 << 20), ("kb", 1 << 10), ("g", 1 << 30), ("m", 1 << 20), ("k", 1 << 10), ("b", 1)]
        where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            unit = size
            break
        }
        guard let number = Int(digits), number > 0 else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bytes
    }
}
