/// Tells a plain-text file that is Markdown (saved as `.txt`) by its
/// syntax in its first two hundred lines: two `#` headings, or a table's
/// `|---|` rule.
enum MarkdownSniffer {
    static func isMarkdown(_ lines: [String]) -> Bool {
        var headings = 0
        // Markdown shows in a document's first lines.
        for line in lines.prefix(200) {
            // Most lines open with neither.
            guard let first = line.utf8.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "|") else { continue }
            var line = line
            let found: Bool = line.withUTF8 { bytes in
                guard let first = bytes.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "|") else { return false }
                if first == UInt8(ascii: "|") { return isTableRule(bytes) }
                var hashes = 0
                while hashes < bytes.count, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
                if hashes <= 6, hashes < bytes.count, bytes[hashes] == 32 { headings += 1 }
                return headings >= 2
            }
            if found { return true }
        }
        return false
    }

    /// `|---|:--:|`: bars, dashes, colons and spaces, with dashes.
    private static func isTableRule(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes.contains(UInt8(ascii: "-"))
            && bytes.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 32 }
    }
}
