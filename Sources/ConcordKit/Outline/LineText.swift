/// Trimming, cutting and lower-casing the text of a line, as bytes. Each
/// returns the string it was given when there is nothing to do, which,
/// for most lines, its first or last byte tells.

/// The text without trailing blanks (spaces, tabs, vertical tabs, form
/// feeds, no-break spaces); the same string when it has none.
func trimmedRight(_ text: String) -> String {
    // Most lines end with a letter or a mark.
    guard let last = text.utf8.last, last == 32 || last == 9 || last == 11 || last == 12 || last == 0xA0 else { return text }
    var copy = text
    let trimmed: String? = copy.withUTF8 { bytes in
        let end = rightTrimmedEnd(bytes)
        return end == bytes.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
    return trimmed ?? text
}

/// Where the bytes of a line end without their trailing blanks (spaces,
/// tabs, vertical tabs, form feeds, no-break spaces).
func rightTrimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var end = bytes.count
    while end > 0 {
        let byte = bytes[end - 1]
        if byte == 32 || byte == 9 || byte == 11 || byte == 12 { end -= 1; continue }
        if byte == 0xA0, end >= 2, bytes[end - 2] == 0xC2 { end -= 2; continue }
        break
    }
    return end
}

/// The text without leading spaces, tabs and no-break spaces; the same
/// string when it has none.
func trimmedLeft(_ text: String) -> String {
    // Most lines open with a letter, a digit or a mark.
    guard let first = text.utf8.first, first == 32 || first == 9 || first == 0xC2 else { return text }
    var copy = text
    let trimmed: String? = copy.withUTF8 { bytes in
        let start = leftTrimmedStart(bytes)
        return start == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }
    return trimmed ?? text
}

/// Where the bytes of a line start without their leading spaces, tabs
/// and no-break spaces.
func leftTrimmedStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var start = 0
    while start < bytes.count {
        let byte = bytes[start]
        if byte == 32 || byte == 9 { start += 1; continue }
        if byte == 0xC2, start + 1 < bytes.count, bytes[start + 1] == 0xA0 { start += 2; continue }
        break
    }
    return start
}

/// The non-empty cells of a tab-separated line; one cell when it has no tab.
func tableCells(_ line: String) -> [String] {
    var copy = line
    return copy.withUTF8 { bytes in
        guard bytes.contains(9) else { return [line] }
        return tableCellRanges(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }
}

/// Where the non-empty cells of a tab-separated line lie, each trimmed of
/// blanks and no-break spaces as `trimmedLeft` and `trimmedRight` do.
func tableCellRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 9 { end += 1 }
        var first = start, last = end
        while first < last {
            if bytes[first] == 32 { first += 1; continue }
            if bytes[first] == 0xC2, first + 1 < last, bytes[first + 1] == 0xA0 { first += 2; continue }
            break
        }
        while last > first {
            let byte = bytes[last - 1]
            if byte == 32 || byte == 11 || byte == 12 { last -= 1; continue }
            if byte == 0xA0, last - 2 >= first, bytes[last - 2] == 0xC2 { last -= 2; continue }
            break
        }
        if last > first { cells.append(first..<last) }
        start = end + 1
    }
    return cells
}

/// The text in lower case, as `lowercased()` gives it: ASCII text, most
/// of a policy, folded byte by byte; beyond ASCII, each scalar mapped as
/// `lowercased()` maps it (its full lower-case mapping), the ASCII ones
/// still by their byte.
func lowercasedText(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { bytes in
        if ByteSearch.isASCII(bytes) {
            // Most of it is lower case already.
            guard bytes.contains(where: { $0 >= 65 && $0 <= 90 }) else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
                return bytes.count
            }
        }
        var lowered: [UInt8] = []
        lowered.reserveCapacity(bytes.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                lowered.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            } else {
                lowered += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: lowered, as: UTF8.self)
    }
}
