/// A `{{name}}` in a policy's text, filled in per school by `render`.
public struct Placeholder: Hashable, Sendable {
    public var name: String
    /// UTF-8 offset of the `{{` in the text.
    public var offset: Int
    /// False for a `{{` with no `}}` after it on the text.
    public var isClosed: Bool

    /// The names `check` knows; others get a warning.
    public static let knownNames = ["school", "trust", "headteacher", "date", "title", "version", "safeguarding-lead"]

    /// A local word's placeholder (`merge --local`): `local-` and a name,
    /// which `check` accepts as it does the known names.
    public static func isLocal(_ name: String) -> Bool {
        name.hasPrefix("local-") && name.utf8.count > "local-".utf8.count
    }

    /// Every placeholder in `text`, by scanning its bytes.
    public static func find(in text: String) -> [Placeholder] {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2 else { return [] }
        var found: [Placeholder] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")), bytes[end] != UInt8(ascii: "{") {
                end += 1
            }
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "}"), bytes[end + 1] == UInt8(ascii: "}") {
                let name = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
                found.append(Placeholder(name: name.trimmingSpaces, offset: start, isClosed: true))
                index = end + 2
            } else {
                found.append(Placeholder(name: "", offset: start, isClosed: false))
                index = start + 2
            }
        }
        return found
    }
}

extension String {
    /// Without leading and trailing ASCII spaces.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 32 { start += 1 }
        while end > start, bytes[end - 1] == 32 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
