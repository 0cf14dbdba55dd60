/// What makes two schools' sections the same section of a merged policy:
/// their headings, lower-cased, letters and digits only, words separated by
/// one space ("Comments posted by parents/carers" → "comments posted by
/// parents carers"). A section with no heading has the key "".
enum SectionKey {
    static func key(_ heading: String?) -> String {
        guard let heading else { return "" }
        var out: [UInt8] = []
        var pendingSpace = false
        for byte in heading.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || lower >= 0x80 {
                if pendingSpace && !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
