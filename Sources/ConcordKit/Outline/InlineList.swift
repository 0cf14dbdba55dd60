/// Splits a paragraph that holds a list written inside it, as a web page
/// pasted as one paragraph writes it, into its blocks:
///
/// ```
/// inline-page = lead { item } [ rest ]
/// lead        = text up to the first " • " that ends with ":", or any
///               text in a long paragraph with two " • " or more
/// item        = " • " text                      (depth 1)
///             | (" ◦ " | " ▪ ") text            (depth 2, in a • list)
///             | (" o " | " – ") text            (depth 2, after a colon or
///                                                a sibling of that marker)
/// rest        = the text after a new sentence that ends the last item
///               (SentenceBreak), read as a lead again
/// ```
/// A heading run into the text of a lead or a rest ("… switched off.
/// Staff The academy expects …") becomes a paragraph of its own, which
/// `HeadingClassifier` reads as a heading.
/// "Students agree: • To keep their phone off • Not to post anything that
/// could: ◦ be hurtful; ◦ bring the academy into disrepute; Examinations
/// Under no circumstances …" is a paragraph, two items, two items one
/// deeper and a paragraph. Every byte of the text is kept, in a block or
/// as a marker; each block keeps the source lines it came from.
enum InlineList {
    static func split(_ blocks: inout [OutlineBlock]) {
        // Most documents hold no inline bullet: their blocks are read, not copied.
        guard let first = blocks.firstIndex(where: mayHoldList) else { return }
        var result = Array(blocks[..<first])
        result.reserveCapacity(blocks.count + 16)
        for block in blocks[first...] {
            if mayHoldList(block) { result += pieces(of: block) } else { result.append(block) }
        }
        blocks = result
    }

    /// A paragraph with " • " in it, found from the bullet's last byte (A2).
    private static func mayHoldList(_ block: OutlineBlock) -> Bool {
        guard case .paragraph = block.kind else { return false }
        var text = block.text
        return text.withUTF8 { bytes in
            var index = ByteSearch.next(in: bytes, from: 3, 0xA2)
            while index + 1 < bytes.count {
                if bytes[index + 1] == 32, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE2, bytes[index - 3] == 32 { return true }
                index = ByteSearch.next(in: bytes, from: index + 1, 0xA2)
            }
            return false
        }
    }

    /// The blocks a paragraph is made of: itself when it holds no list.
    static func pieces(of block: OutlineBlock) -> [OutlineBlock] {
        var text = block.text
        let spans: [Span] = text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.read()
        }
        guard spans.contains(where: { $0.depth > 0 }) else { return [block] }
        let utf8 = Array(block.text.utf8)
        return spans.map { span in
            let text = String(decoding: utf8[span.range], as: UTF8.self)
            let kind: OutlineBlock.Kind = span.depth == 0 ? .paragraph : .listItem(depth: span.depth)
            var starts = [OutlineBlock.LineStart(offset: 0, line: block.line(atOffset: span.range.lowerBound))]
            for start in block.lineStarts where start.offset > span.range.lowerBound && start.offset < span.range.upperBound {
                starts.append(.init(offset: start.offset - span.range.lowerBound, line: start.line))
            }
            return OutlineBlock(kind: kind, text: text, marker: span.marker, line: starts[0].line, lineStarts: starts)
        }
    }

    /// A piece of the paragraph: its byte range, trimmed; its depth (0 for
    /// a paragraph) and its marker.
    struct Span {
        var range: Range<Int>
        var depth: Int
        var marker: String?
    }

    /// An inline bullet: where its space before starts, where its item's
    /// text starts, and the bullet.
    struct Bullet {
        var offset: Int
        var content: Int
        var bytes: ArraySlice<UInt8>
        var isTop: Bool { bytes.count == 3 && bytes[bytes.startIndex + 2] == 0xA2 && bytes[bytes.startIndex] == 0xE2 }
        /// "◦" and "▪" mark nothing but a sub-item; "o" and "–" also occur in prose.
        var isSubBullet: Bool {
            bytes.count == 3 && bytes[bytes.startIndex] == 0xE2
                && ((bytes[bytes.startIndex + 1] == 0x97 && bytes[bytes.startIndex + 2] == 0xA6)
                    || (bytes[bytes.startIndex + 1] == 0x96 && bytes[bytes.startIndex + 2] == 0xAA))
        }
    }
}

extension InlineList {
    /// Reads a paragraph's bytes into spans, bullet by bullet.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        private var spans: [Span] = []
        /// Where the open span's text starts, its depth and its marker.
        private var start = 0
        private var depth = 0
        private var marker: ArraySlice<UInt8>?
        /// The sub-item marker of the list, once one is read.
        private var subMarker: ArraySlice<UInt8>?

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// "• " is E2 80 A2, "◦" E2 97 A6, "▪" E2 96 AA, "–" E2 80 93.
        private static let marks: [[UInt8]] = [[0xE2, 0x80, 0xA2], [0xE2, 0x97, 0xA6], [0xE2, 0x96, 0xAA], [0xE2, 0x80, 0x93], [UInt8(ascii: "o")]]

        mutating func read() -> [Span] {
            let all = bullets()
            let long = bytes.count >= 200 && all.filter(\.isTop).count >= 2
            for bullet in all where bullet.offset >= start {
                if depth > 0 {
                    guard accepts(bullet) else { continue }
                    // A new sentence that is no part of the item ends the list
                    // before this bullet only when it leads in to a new list.
                    if let cut = SentenceBreak.first(in: bytes, start..<bullet.offset),
                       bullet.isTop, endsWithColon(start..<bullet.offset) {
                        close(upTo: cut)
                        start = cut
                        depth = 0
                        marker = nil
                        subMarker = nil
                    }
                }
                if depth == 0 {
                    guard bullet.isTop, endsWithColon(start..<bullet.offset) || long else { continue }
                    close(upTo: bullet.offset)
                    open(bullet, depth: 1)
                    continue
                }
                close(upTo: bullet.offset)
                if bullet.isTop {
                    open(bullet, depth: 1)
                } else {
                    subMarker = bullet.bytes
                    open(bullet, depth: 2)
                }
            }
            // The last item ends where a new sentence begins.
            if depth > 0, let cut = SentenceBreak.first(in: bytes, start..<bytes.count) {
                close(upTo: cut)
                start = cut
                depth = 0
                marker = nil
            }
            close(upTo: bytes.count)
            return spans
        }

        /// Whether a bullet inside a list starts an item: "•" always; "◦"
        /// and "▪" one deeper; "o" and "–" one deeper after a colon, or
        /// as the sibling of an item they marked.
        private func accepts(_ bullet: Bullet) -> Bool {
            if bullet.isTop { return true }
            if let subMarker, depth == 2 { return bullet.bytes.elementsEqual(subMarker) }
            return bullet.isSubBullet || endsWithColon(start..<bullet.offset)
        }

        private mutating func open(_ bullet: Bullet, depth: Int) {
            start = bullet.content
            self.depth = depth
            marker = bullet.bytes
        }

        /// Ends the open span at `end`, trimmed; an empty one is none.
        private mutating func close(upTo end: Int) {
            var first = start, last = end
            while first < last, bytes[first] == 32 { first += 1 }
            while last > first, bytes[last - 1] == 32 { last -= 1 }
            guard first < last else { return }
            guard depth == 0 else {
                spans.append(Span(range: first..<last, depth: depth, marker: marker.map { String(decoding: $0, as: UTF8.self) }))
                return
            }
            // A heading run into the text is a paragraph of its own, read as a heading.
            for heading in SentenceBreak.runInHeadings(in: bytes, first..<last) {
                paragraph(first..<heading.lowerBound)
                spans.append(Span(range: heading, depth: 0, marker: nil))
                first = heading.upperBound
            }
            paragraph(first..<last)
        }

        private mutating func paragraph(_ range: Range<Int>) {
            var first = range.lowerBound, last = range.upperBound
            while first < last, bytes[first] == 32 { first += 1 }
            while last > first, bytes[last - 1] == 32 { last -= 1 }
            if first < last { spans.append(Span(range: first..<last, depth: 0, marker: nil)) }
        }

        private func endsWithColon(_ range: Range<Int>) -> Bool {
            var last = range.upperBound
            while last > range.lowerBound, bytes[last - 1] == 32 { last -= 1 }
            return last > range.lowerBound && bytes[last - 1] == UInt8(ascii: ":")
        }

        /// Every mark with a space on each side, in order.
        private func bullets() -> [Bullet] {
            var found: [Bullet] = []
            var index = ByteSearch.next(in: bytes, from: 0, 32, 32, 32)
            while index + 2 < bytes.count {
                for mark in Self.marks where index + 1 + mark.count < bytes.count
                    && bytes[index + 1 + mark.count] == 32 && zip(mark, bytes[(index + 1)...]).allSatisfy({ $0 == $1 }) {
                    var content = index + 1 + mark.count
                    while content < bytes.count, bytes[content] == 32 { content += 1 }
                    found.append(Bullet(offset: index, content: content, bytes: ArraySlice(mark)))
                    break
                }
                index = ByteSearch.next(in: bytes, from: index + 1, 32, 32, 32)
            }
            return found
        }
    }
}
