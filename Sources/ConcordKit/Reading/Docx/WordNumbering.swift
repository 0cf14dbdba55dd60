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
    /// Each list whose paragraphs are being numbered, by `numId`, with
    /// its levels and the count at each.
    private var counters: [Int: Counter] = [:]

    /// A list's levels and starts, looked up at its first paragraph, and
    /// the count at each level so far: a paragraph looks its list up once,
    /// where looking it up in three tables took a quarter of labelling it.
    fileprivate struct Counter {
        var levels: [Int: Level]
        var starts: [Int: Int]
        var counts = [Int?](repeating: nil, count: 9)

        func start(_ index: Int) -> Int { starts[index] ?? levels[index]?.start ?? 1 }
    }

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
                    case .numFmt: current.format = value.flatMap { Format(scanner, $0) } ?? .decimal
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
    /// for no list (numId 0 or unknown) or a level with no label. The
    /// counters are updated in place and the label made from bytes: every
    /// list item of a document is labelled, and copying the counters and
    /// walking the pattern's scalars took a fifth of building its outline
    /// (`concord-bench`, the `.docx` row).
    mutating func label(for reference: Reference) -> Label? {
        var index = counters.index(forKey: reference.id)
        if index == nil {
            guard let list = lists[reference.id], let levels = abstracts[list.abstract] else { return nil }
            counters[reference.id] = Counter(levels: levels, starts: list.starts)
            index = counters.index(forKey: reference.id)
        }
        guard let index else { return nil }
        return counters.values[index].label(at: reference.level)
    }
}

private extension WordNumbering.Counter {
    /// Counts a paragraph at `depth` and gives its label; nil for a level
    /// that is not defined or shows no label.
    mutating func label(at depth: Int) -> WordNumbering.Label? {
        guard (0...8).contains(depth), let level = levels[depth], level.format != .none else { return nil }
        counts[depth] = counts[depth].map { $0 + 1 } ?? start(depth)
        for deeper in (depth + 1)..<9 { counts[deeper] = nil }
        if level.format == .bullet { return WordNumbering.Label(marker: WordNumbering.bullet(level.text), number: nil) }
        // "%1.%2." with each level's count in that level's format.
        var marker: [UInt8] = []
        var pattern = level.text
        pattern.withUTF8 { pattern in
            var index = 0
            while index < pattern.count {
                let byte = pattern[index]
                if byte == UInt8(ascii: "%"), index + 1 < pattern.count, pattern[index + 1] >= UInt8(ascii: "1"), pattern[index + 1] <= UInt8(ascii: "9") {
                    let digit = Int(pattern[index + 1] - UInt8(ascii: "0"))
                    let count = counts[digit - 1] ?? start(digit - 1)
                    marker.append(contentsOf: WordNumbering.format(count, levels[digit - 1]?.format ?? .decimal).utf8)
                    index += 2
                    continue
                }
                marker.append(byte)
                index += 1
            }
        }
        let trimmed = WordNumbering.trimmingPunctuation(marker)
        return WordNumbering.Label(marker: String(decoding: marker, as: UTF8.self), number: trimmed.isEmpty ? nil : String(decoding: trimmed, as: UTF8.self))
    }
}

private extension WordNumbering {
    /// The tags read in `numbering.xml`, known from their bytes: by
    /// length, then by bytes, as a name is compared with a few at most.
    enum Tag {
        case abstractNum, num, lvl, lvlOverride, start, numFmt, lvlText, abstractNumId, startOverride

        init?(_ local: UnsafeBufferPointer<UInt8>) {
            switch local.count {
            case 3 where local.isWord("num"): self = .num
            case 3 where local.isWord("lvl"): self = .lvl
            case 5 where local.isWord("start"): self = .start
            case 6 where local.isWord("numFmt"): self = .numFmt
            case 7 where local.isWord("lvlText"): self = .lvlText
            case 11 where local.isWord("abstractNum"): self = .abstractNum
            case 11 where local.isWord("lvlOverride"): self = .lvlOverride
            case 13 where local.isWord("abstractNumId"): self = .abstractNumId
            case 13 where local.isWord("startOverride"): self = .startOverride
            default: return nil
            }
        }
    }


    /// Without the brackets, full stops, colons and spaces around a label
    /// ("(iii)" → "iii", "4.1." → "4.1").
    static func trimmingPunctuation(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        func isPunctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: " "),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ":"): return true
            default: return false
            }
        }
        var slice = bytes[...]
        while let first = slice.first, isPunctuation(first) { slice.removeFirst() }
        while let last = slice.last, isPunctuation(last) { slice.removeLast() }
        return slice
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
        case .decimalZero: return count < 10 ? "0" + String(count) : String(count)
        default: return String(count)
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

extension WordNumbering.Format {
    /// The format whose name is the attribute value at `range`, compared
    /// as bytes; a value with an entity is read as text first.
    init?(_ scanner: XMLScanner, _ range: Range<Int>) {
        let value = UnsafeBufferPointer(rebasing: scanner.bytes[range])
        guard ByteSearch.next(in: value, from: 0, UInt8(ascii: "&")) == value.count else {
            self.init(rawValue: scanner.text(range))
            return
        }
        let names = Self.names
        guard let format = names.first(where: { value.isWord($0.0) }) else { return nil }
        self = format.1
    }

    /// Each format with its name, compared as bytes: making a string of
    /// each value to compare took a tenth of reading `numbering.xml`.
    private static let names: [(StaticString, WordNumbering.Format)] = [
        ("decimal", .decimal), ("bullet", .bullet), ("lowerLetter", .lowerLetter), ("upperLetter", .upperLetter),
        ("lowerRoman", .lowerRoman), ("upperRoman", .upperRoman), ("none", .none), ("decimalZero", .decimalZero),
        ("ordinal", .ordinal), ("cardinalText", .cardinalText), ("ordinalText", .ordinalText),
    ]
}
