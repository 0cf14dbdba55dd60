/// Marks the blocks of a web or PDF capture that are not the policy's
/// text as notes: kept, never read for headings or clauses.
///
/// - navigation: a breadcrumb ("Policies › Safeguarding › Phones"), a bar
///   of links ("Parent Login | Staff Login"), a page's previous and next
///   links ("« Section 5 … Section 7 »"), and the menu that opens a page:
///   a run of short lines from "Home" or "Menu" on;
/// - page tools: "Skip to content", "Back to top", "Share this page",
///   "Print this page", "Download …", "Was this page helpful?", "Last
///   edited by …", "Last updated …", "Viewed 214 times", a cookie notice;
/// - asides: a footnote ("² Any recording is logged …"), a whole block in
///   square brackets ("[Photo: the garden]", "[Guidance note: …]").
enum WebDebris {
    /// Phrases that open a page tool, lower-case.
    private static let toolOpenings: [[UInt8]] = [
        "skip to", "back to top", "share this", "print this", "print page", "download", "was this page",
        "last edited", "last updated", "last modified", "viewed ", "posted on", "posted by", "tags:",
        "accept all", "accept cookies", "cookie", "you are here", "jump to", "return to top", "go to top",
        "scroll to top", "open menu", "close menu",
    ].map { Array($0.utf8) }

    /// Words that, alone on a short line, are a site's controls.
    private static let controls: [[UInt8]] = [
        "home", "menu", "search", "login", "log in", "sign in", "log out", "sign out", "contact us", "sitemap",
    ].map { Array($0.utf8) }

    /// Controls that end a short line ("Parent Login").
    private static let logins: [[UInt8]] = ["login", "log in", "sign in"].map { Array($0.utf8) }

    static func mark(_ blocks: inout [OutlineBlock]) {
        var menu = false
        for index in blocks.indices {
            guard case .paragraph = blocks[index].kind else { menu = false; continue }
            // Read where it stands, not copied out.
            var text = blocks[index].text
            let singleLine = blocks[index].lineStarts.count == 1
            let followsOn = index > 0 && blocks[index - 1].line + blocks[index - 1].lineStarts.count == blocks[index].line
            let isDebris: Bool = text.withUTF8 { bytes in
                // Most blocks are longer than any rule but these two reads.
                if bytes.count > 480 {
                    menu = false
                    return isFootnote(bytes) || isBracketed(bytes)
                }
                // Words are counted only for a block a cheaper test let by.
                if singleLine, bytes.count <= 40, isControl(bytes), wordCount(bytes, upTo: 4) <= 3 {
                    menu = true
                    return true
                }
                // The menu goes on while short lines follow one another.
                if menu, followsOn, singleLine, bytes.count <= 60, let last = bytes.last, !LineEnding.isClosed(last),
                   wordCount(bytes, upTo: 7) <= 6 { return true }
                menu = false
                if bytes.count <= 160, startsWithTool(bytes), wordCount(bytes, upTo: 17) <= 16 { return true }
                if containsCookie(bytes), wordCount(bytes, upTo: 61) <= 60 { return true }
                if singleLine, isNavigation(bytes), wordCount(bytes, upTo: 31) <= 30 { return true }
                if isFootnote(bytes) || isBracketed(bytes) { return true }
                return false
            }
            if isDebris { blocks[index].kind = .note }
        }
    }

    /// "Home", "☰ Menu", "Search", "Parent Login": a control, alone or
    /// after an icon; a login after a word.
    private static func isControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        // A menu icon ("☰ ") before the word.
        while start < bytes.count, bytes[start] >= 0x80 || bytes[start] == 32 { start += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start...])
        guard word.count <= 24 else { return false }
        return controls.contains { control in
            // The control opens the line, or ends it.
            (word.count >= control.count && zip(control, word).allSatisfy { $0 == lower($1) }
                && (word.count == control.count || word[control.count] == 32))
        } || logins.contains { login in
            word.count > login.count && word[word.count - login.count - 1] == 32
                && zip(login, word[(word.count - login.count)...]).allSatisfy { $0 == lower($1) }
        }
    }

    /// Whether a byte, lower-cased, opens some tool phrase.
    private static let toolFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for tool in toolOpenings { table[Int(tool[0])] = true; table[Int(tool[0]) - 32] = true }
        return table
    }()

    private static func startsWithTool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return (toolFirstBytes[Int(first)] && toolOpenings.contains { tool in
            bytes.count >= tool.count && zip(tool, bytes).allSatisfy { $0 == lower($1) }
        }) || (ByteSearch.next(in: bytes, from: 0, 0xB7, UInt8(ascii: "|"), 0xB7) < bytes.count && segments(bytes).dropFirst().contains { segment in
            // "School · Parents' information · Last updated 4 November".
            toolOpenings.contains { tool in segment.count >= tool.count && zip(tool, segment).allSatisfy { $0 == lower($1) } }
        })
    }

    private static let cookie = Array("cookie".utf8)

    /// Whether "cookie" is in the text, in any case, found from its "k",
    /// a rarer letter than its "c".
    private static func containsCookie(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = ByteSearch.next(in: bytes, from: 3, UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "k"))
        while k + 2 < bytes.count {
            if zip(cookie, bytes[(k - 3)...]).allSatisfy({ $0 == lower($1) }) { return true }
            k = ByteSearch.next(in: bytes, from: k + 1, UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "k"))
        }
        return false
    }

    /// A breadcrumb ("A › B › C", "A > B"), a bar of two or more short
    /// links ("A | B | C"), or previous and next links ("« A … B »").
    private static func isNavigation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, !LineEnding.isClosed(last) else { return false }
        // « is C2 AB, » is C2 BB.
        if first == 0xC2, bytes.count > 1, bytes[1] == 0xAB { return true }
        if last == 0xBB, bytes.count > 1, bytes[bytes.count - 2] == 0xC2 { return true }
        // Most lines hold no ">", "|", "›" (E2 80 BA) or "»".
        guard ByteSearch.next(in: bytes, from: 0, UInt8(ascii: ">"), UInt8(ascii: "|"), 0xBA) < bytes.count
            || ByteSearch.next(in: bytes, from: 0, 0xBB, 0xBB, 0xBB) < bytes.count else { return false }
        var arrows = 0
        var bars = 0
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 32 {
                let next = bytes[index + 1]
                if next == UInt8(ascii: ">"), bytes[index + 2] == 32 { arrows += 1 }
                if next == UInt8(ascii: "|"), bytes[index + 2] == 32 { bars += 1 }
                // › is E2 80 BA, » is C2 BB.
                if next == 0xE2, index + 4 < bytes.count, bytes[index + 2] == 0x80, bytes[index + 3] == 0xBA, bytes[index + 4] == 32 { arrows += 1 }
                if next == 0xC2, index + 3 < bytes.count, bytes[index + 2] == 0xBB, bytes[index + 3] == 32 { arrows += 1 }
            }
            index += 1
        }
        return arrows >= 1 || (bars >= 2 && segments(bytes).allSatisfy { wordCount($0) <= 6 })
    }

    /// The parts of a line between " · ", " | " and gaps of three spaces.
    private static func segments(_ bytes: UnsafeBufferPointer<UInt8>) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        let all = Array(bytes)
        var start = 0
        var index = 0
        func cut(_ end: Int, _ next: Int) {
            var from = start, to = end
            while from < to, all[from] == 32 { from += 1 }
            while to > from, all[to - 1] == 32 { to -= 1 }
            if from < to { result.append(all[from..<to]) }
            start = next
            index = next
        }
        while index < all.count {
            if all[index] == 32, index + 2 < all.count, all[index + 1] == UInt8(ascii: "|"), all[index + 2] == 32 { cut(index, index + 3); continue }
            if all[index] == 32, index + 3 < all.count, all[index + 1] == 0xC2, all[index + 2] == 0xB7, all[index + 3] == 32 { cut(index, index + 4); continue }
            if all[index] == 32, index + 2 < all.count, all[index + 1] == 32, all[index + 2] == 32 {
                var next = index
                while next < all.count, all[next] == 32 { next += 1 }
                cut(index, next)
                continue
            }
            index += 1
        }
        cut(all.count, all.count)
        return result
    }

    /// "¹ …", "² …": a superscript digit then a space.
    private static func isFootnote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 3 else { return false }
        // ¹ ² ³ are C2 B9, C2 B2, C2 B3; ⁰ and ⁴–⁹ are E2 81 B0, E2 81 B4–B9.
        if bytes[0] == 0xC2, bytes[1] == 0xB9 || bytes[1] == 0xB2 || bytes[1] == 0xB3 { return bytes[2] == 32 }
        if bytes[0] == 0xE2, bytes[1] == 0x81, bytes[2] >= 0xB0, bytes[2] <= 0xB9, bytes.count > 4 { return bytes[3] == 32 }
        return false
    }

    /// A block in square brackets from end to end ("[Photo: …]"), any
    /// brackets inside it closed inside it.
    private static func isBracketed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return false }
        var depth = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return offset == bytes.count - 1 }
            }
        }
        return false
    }

    /// Words: runs of bytes between spaces, counted up to `limit`.
    private static func wordCount<Bytes: Sequence<UInt8>>(_ bytes: Bytes, upTo limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte == 32 || byte == 9 { inWord = false } else if !inWord {
                inWord = true
                count += 1
                if count == limit { break }
            }
        }
        return count
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
