/// Undoes the commonest damage a web or PDF export does to characters:
/// UTF-8 that was read as Windows-1252 and written out again as UTF-8
/// ("don’t" saved as "donâ€™t", "£25" as "Â£25"), and no-break spaces,
/// which become plain spaces.
///
/// ```
/// mojibake = lead continuation+   -- each a character whose Windows-1252
///                                 -- byte rebuilds one UTF-8 sequence
/// lead     = "Â" … "Å" (2 bytes) | "â" (3 bytes)
/// ```
/// Only the leads that real mojibake opens with are read: "Â"–"Å" rebuild
/// Latin letters and signs (U+0080–U+017F), "â" punctuation and symbols
/// (U+2000–U+2FFF). A lead whose followers do not rebuild a valid sequence
/// is left as it is, so "Âge" or "â" standing alone stay. "Â" before a
/// plain space (an export that already turned the no-break space into one)
/// goes.
enum MojibakeRepair {
    /// The repaired bytes of a line, or nil when it needs no repair. Most
    /// lines hold neither C2 (a no-break space) nor C3 (every lead above).
    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        // An ASCII line, most lines, holds none.
        guard !ByteSearch.isASCII(bytes) else { return nil }
        // The first repair, found before anything is copied: a line with a
        // "£" or an "é" needs none.
        var index = ByteSearch.next(in: bytes, from: 0, 0xC2, 0xC3, 0xC3)
        while index < bytes.count {
            if bytes[index] == 0xC2 ? index + 1 < bytes.count && bytes[index + 1] == 0xA0 : rebuild(bytes, at: index) != nil { break }
            index = ByteSearch.next(in: bytes, from: index + 1, 0xC2, 0xC3, 0xC3)
        }
        guard index < bytes.count else { return nil }
        var out = Array(bytes[..<index])
        out.reserveCapacity(bytes.count)
        var changed = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                out.append(32)
                index += 2
                changed = true
                continue
            }
            if byte == 0xC3, let (rebuilt, next) = rebuild(bytes, at: index) {
                if rebuilt == [0xC2, 0xA0] { out.append(32) } else { out += rebuilt }
                index = next
                changed = true
                continue
            }
            out.append(byte)
            index += 1
        }
        return changed ? out : nil
    }

    /// The UTF-8 sequence spelt by the characters at `index` (the first a
    /// lead, encoded C3 xx) and the offset after them; nil when they spell
    /// none.
    private static func rebuild(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ([UInt8], Int)? {
        guard index + 1 < bytes.count else { return nil }
        // U+00C0–U+00FF are C3 80–C3 BF; the Windows-1252 byte is 0x40 more.
        let lead = bytes[index + 1] &+ 0x40
        let length: Int
        switch lead {
        case 0xC2...0xC5: length = 2
        case 0xE2: length = 3
        default: return nil
        }
        var sequence: [UInt8] = [lead]
        var offset = index + 2
        while sequence.count < length {
            guard let (byte, width) = windows1252Byte(bytes, at: offset), byte >= 0x80, byte <= 0xBF else {
                // "Â" then a plain space: a no-break space already half undone.
                if lead == 0xC2, sequence.count == 1, offset < bytes.count, bytes[offset] == 32 { return ([32], offset + 1) }
                return nil
            }
            sequence.append(byte)
            offset += width
        }
        guard String(validating: sequence, as: UTF8.self) != nil else { return nil }
        return (sequence, offset)
    }

    /// The Windows-1252 byte of the character at `offset` and its UTF-8
    /// length, for the characters that stand for bytes 80–BF: U+0080–U+00BF
    /// themselves (C2 80–C2 BF) and the typographic marks Windows-1252 puts
    /// at 80–9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
    private static func windows1252Byte(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt8, Int)? {
        guard offset + 1 < bytes.count else { return nil }
        let first = bytes[offset]
        if first == 0xC2 { return (bytes[offset + 1], 2) }
        guard first >= 0xC5, first <= 0xE2 else { return nil }
        let width = first >= 0xE0 ? 3 : 2
        guard offset + width <= bytes.count else { return nil }
        let scalar: UInt32 = width == 2
            ? UInt32(first & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            : UInt32(first & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        guard let index = highMarks.firstIndex(of: scalar) else { return nil }
        return (UInt8(0x80 + index), width)
    }

    /// The characters Windows-1252 gives bytes 80–9F, as `TextDecoder`
    /// reads them; the five undefined bytes never match.
    private static let highMarks: [UInt32] = [
        0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFF, 0x017D, 0xFFFF,
        0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178,
    ]
}
