/// The list numbering of a Word document (`word/numbering.xml`), and the
/// counters that number its paragraphs as Word shows them: "4.1.2.",
/// "b)", "(iii)" or a bullet.
struct WordNumbering {
    /// A paragraph's list: its `numId` and level (`ilvl`, 0 the outermost).
    struct Reference: Hashable {
        var id: Int
        var level: Int
    }

    enum Format: String {
        case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none, decimalZero, ordinal, cardinalText, ordinalText
    }

    struct Level {
        var start = 1
        var format = Format.decimal
        /// The pattern of the label: "%1.%2." for "4.1."; the bullet for a bullet.
        var text = ""
    }

    /// A paragraph's label as Word shows it.
    struct Label {
        /// As shown: "4.1.2.", "b)", "•".
        var marker: String
        /// The number without punctuation ("4.1.2", "b"); nil for a bullet.
        var number: String?
    }

    private var abstracts: [Int: [Int: Level]] = [:]
    /// Each list's abstract definition, and the levels it starts elsewhere.
    private var lists: [Int: (abstract: Int, starts: [Int: Int])] = [:]
    /// The count at each level of each list.
    private var counters: [Int: [Int?]] = [:]

    init() {}

    /// Reads `numbering.xml`; what it cannot read it leaves out.
    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            var abstract: Int?, list: Int?, level: Int?, override: Int?
            var current = Level()
            loop: while true {
                switch scanner.next() {
                case .done: break loop
                case .start(let name, let attributes, let isEmpty):
                    let local = scanner.localName(name)
                    // A level's paragraph and run properties are never read.
                    if !isEmpty, local.count == 3, local.isWord("pPr") || local.isWord("rPr") {
                        scanner.skipElement()
                        continue
                    }
                    // The names read have 3, 5, 6, 7, 11 or 13 letters; most tags are properties, never read.
                    guard local.count == 3 || (local.count >= 5 && local.count <= 7) || local.count == 11 || local.count == 13 else { continue }
                    var value: Range<Int>? { scanner.attribute("val", in: attributes) }
                    switch Tag(local) {
                    case .abstractNum:
                        abstract = scanner.integer(scanner.attribute("abstractNumId", in: attributes))
                        list = nil
                    case .num:
                        list = scanner.integer(scanner.attribute("numId", in: attributes))
                        abstract = nil
                        if let list { lists[list] = (-1, [:]) }
                    case .lvl:
                        level = scanner.integer(scanner.attribute("ilvl", in: attributes))
                        current = Level()
                    case .lvlOverride: override = scanner.integer(scanner.attribute("ilvl", in: attributes))
                    case .start: current.start = scanner.integer(value) ?? 1
                    case .numFmt: current.format = value.map(scanner.text).flatMap(Format.init) ?? .decimal
                    case .lvlText: current.text = value.map(scanner.text) ?? ""
                    case .abstractNumId:
                        if let list, let id = scanner.integer(value) { lists[list]?.abstract = id }
                    case .startOverride:
                        if let list, let override, let start = scanner.integer(value) { lists[list]?.starts[override] = start }
                    case nil: break
                    }
                case .end(let name):
                    let local = scanner.localName(name)
                    if local.isWord("lvl"), let abstract, let number = level, list == nil {
                        abstracts[abstract, default: [:]][number] = current
                        level = nil
                    } else if local.isWord("abstractNum") {
                        abstract = nil
                    }
                case .text: break
                }
            }
        }
    }

    /// Counts a paragraph of `reference`'s list and gives its label; nil
    /// for no list (numId 0 or unknown) or a level with no label.
    mutating func label(for reference: Reference) -> Label? {
        guard let list = lists[reference.id], let levels = abstracts[list.abstract],
              (0...8).contains(reference.level), let level = levels[reference.level], level.format != .none else { return nil }
        var counts = counters[reference.id] ?? [Int?](repeating: nil, count: 9)
        func start(_ index: Int) -> Int { list.starts[index] ?? levels[index]?.start ?? 1 }
        counts[reference.level] = counts[reference.level].map { $0 + 1 } ?? start(reference.level)
        for deeper in (reference.level + 1)..<9 { counts[deeper] = nil }
        counters[reference.id] = counts
        if level.format == .bullet { return Label(marker: Self.bullet(level.text), number: nil) }
        // "%1.%2." with each level's count in that level's format.
        var marker = ""
        var index = level.text.unicodeScalars.startIndex
        let scalars = level.text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "%", next < scalars.endIndex, let digit = scalars[next].properties.numericType != nil ? Int(String(scalars[next])) : nil,
               (1...9).contains(digit) {
                let count = counts[digit - 1] ?? start(digit - 1)
                marker += Self.format(count, levels[digit - 1]?.format ?? .decimal)
                index = scalars.index(after: next)
                continue
            }
            marker.unicodeScalars.append(scalar)
            index = next
        }
        let trimmed = marker.trimmingPunctuation
        return Label(marker: marker, number: trimmed.isEmpty ? nil : trimmed)
    }
}

private extension WordNumbering {
    /// The tags read in `numbering.xml`, known from their bytes.
    enum Tag {
        case abstractNum, num, lvl, lvlOverride, start, numFmt, lvlText, abstractNumId, startOverride

        static let names: [(StaticString, Tag)] = [
            ("abstractNum", .abstractNum), ("num", .num), ("lvl", .lvl), ("lvlOverride", .lvlOverride), ("start", .start),
            ("numFmt", .numFmt), ("lvlText", .lvlText), ("abstractNumId", .abstractNumId), ("startOverride", .startOverride),
        ]

        init?(_ local: UnsafeBufferPointer<UInt8>) {
            guard let tag = Self.names.first(where: { local.isWord($0.0) }) else { return nil }
            self = tag.1
        }
    }


    /// Word's Symbol and Wingdings bullets are private-use characters; shown as "•".
    static func bullet(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first, scalar.value < 0xE000 || scalar.value > 0xF8FF, scalar != " " else { return "•" }
        return text
    }

    static func format(_ count: Int, _ format: Format) -> String {
        switch format {
        case .lowerLetter: return letters(count).lowercased()
        case .upperLetter: return letters(count)
        case .lowerRoman: return roman(count).lowercased()
        case .upperRoman: return roman(count)
        case .decimalZero: return count < 10 ? "0\(count)" : "\(count)"
        default: return "\(count)"
        }
    }

    /// A, B, … Z, AA, BB, … as Word letters lists.
    static func letters(_ count: Int) -> String {
        guard count >= 1 else { return "\(count)" }
        let letter = Character(Unicode.Scalar(UInt8(65 + (count - 1) % 26)))
        return String(repeating: letter, count: (count - 1) / 26 + 1)
    }

    static func roman(_ count: Int) -> String {
        guard count >= 1, count < 4000 else { return "\(count)" }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = count
        var result = ""
        for (value, numeral) in values {
            while rest >= value { result += numeral; rest -= value }
        }
        return result
    }
}

private extension String {
    /// Without the brackets and full stops around a label ("(iii)" → "iii", "4.1." → "4.1").
    var trimmingPunctuation: String {
        var scalars = Substring(self).unicodeScalars
        let punctuation: Set<Unicode.Scalar> = ["(", ")", ".", " ", "[", "]", ":"]
        while let first = scalars.first, punctuation.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, punctuation.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
