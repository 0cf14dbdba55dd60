/// The paragraph styles of a Word document (`word/styles.xml`): what a
/// paragraph of each style inherits that Concord reads, its outline level
/// (a heading's level) and its list numbering, followed along `basedOn`.
struct WordStyles {
    struct Style {
        var basedOn: String?
        /// 0 for a first-level heading; 9 or nil for body text.
        var outlineLevel: Int?
        var numbering: WordNumbering.Reference?
        /// Named "heading N", "Title" or "Subtitle".
        var isNamedHeading = false
    }

    private(set) var styles: [String: Style] = [:]

    init() {}

    /// Reads `styles.xml`; what it cannot read it leaves out.
    init(_ bytes: [UInt8]) {
        // Room for the paragraph styles of most documents at once: grown from
        // nothing, the table was rehashed five times, and its insertions took
        // a tenth of reading the styles, three times what they take now
        // (`concord-bench`, the `.docx` row).
        styles.reserveCapacity(64)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            var id: String?
            var style = Style()
            var numberID: Int?, level: Int?
            loop: while true {
                switch scanner.next() {
                case .done: break loop
                case .start(let name, let attributes, let isEmpty):
                    let local = scanner.localName(name)
                    // Most tags are character, table and document-default properties, never read.
                    if !isEmpty, Self.skipped(local) {
                        scanner.skipElement()
                        continue
                    }
                    guard let tag = Tag(local) else { continue }
                    switch tag {
                    case .style:
                        id = scanner.equals(scanner.attribute("type", in: attributes), "paragraph")
                            ? scanner.attribute("styleId", in: attributes).map(scanner.text) : nil
                        style = Style()
                        numberID = nil
                        level = nil
                    case .name:
                        guard id != nil else { continue }
                        let value = scanner.attribute("val", in: attributes)
                        if let value, let named = Self.isHeadingName(UnsafeBufferPointer(rebasing: buffer[value])) {
                            style.isNamedHeading = named
                        } else {
                            let name = value.map(scanner.text)?.lowercased() ?? ""
                            style.isNamedHeading = name.hasPrefix("heading ") || name == "title" || name == "subtitle"
                        }
                    case .basedOn: if id != nil { style.basedOn = scanner.attribute("val", in: attributes).map(scanner.text) }
                    case .outlineLevel: if id != nil { style.outlineLevel = scanner.integer(scanner.attribute("val", in: attributes)) }
                    case .listID: if id != nil { numberID = scanner.integer(scanner.attribute("val", in: attributes)) }
                    case .listLevel: if id != nil { level = scanner.integer(scanner.attribute("val", in: attributes)) }
                    }
                case .end(let name):
                    if scanner.equals(name, "w:style"), let styleID = id {
                        if let numberID { style.numbering = WordNumbering.Reference(id: numberID, level: level ?? 0) }
                        styles[styleID] = style
                        id = nil
                    }
                case .text: break
                }
            }
        }
    }

    /// The outline level of `id`'s paragraphs, through the styles it is
    /// based on; a style named as a heading without one is a level-1 heading.
    func outlineLevel(of id: String) -> Int? {
        var current: String? = id
        var hops = 0
        while let name = current, let style = styles[name], hops < 16 {
            if let level = style.outlineLevel { return level <= 8 ? level : nil }
            if style.isNamedHeading { return 0 }
            current = style.basedOn
            hops += 1
        }
        return nil
    }

    /// The list numbering of `id`'s paragraphs, through the styles it is based on.
    func numbering(of id: String) -> WordNumbering.Reference? {
        var current: String? = id
        var hops = 0
        while let name = current, let style = styles[name], hops < 16 {
            if let numbering = style.numbering { return numbering }
            current = style.basedOn
            hops += 1
        }
        return nil
    }

    /// The tags read in `styles.xml`, known from their bytes.
    private enum Tag {
        case style, name, basedOn, outlineLevel, listID, listLevel

        init?(_ local: UnsafeBufferPointer<UInt8>) {
            switch local.count {
            case 4 where local.isWord("name"): self = .name
            case 4 where local.isWord("ilvl"): self = .listLevel
            case 5 where local.isWord("style"): self = .style
            case 5 where local.isWord("numId"): self = .listID
            case 7 where local.isWord("basedOn"): self = .basedOn
            case 10 where local.isWord("outlineLvl"): self = .outlineLevel
            default: return nil
            }
        }
    }

    /// Whether a style's name, lower-cased, starts with "heading " or is
    /// "title" or "subtitle", read from its bytes; nil for a name that is
    /// not plain ASCII (an entity, or letters that lower-case otherwise),
    /// left to `String`.
    private static func isHeadingName(_ name: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ByteSearch.isASCII(name), ByteSearch.next(in: name, from: 0, UInt8(ascii: "&")) == name.count else { return nil }
        func lowered(_ index: Int) -> UInt8 {
            let byte = name[index]
            return byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
        func starts(with word: StaticString) -> Bool {
            guard name.count >= word.utf8CodeUnitCount else { return false }
            for index in 0..<word.utf8CodeUnitCount where lowered(index) != word.utf8Start[index] { return false }
            return true
        }
        return starts(with: "heading ") || (name.count == 5 && starts(with: "title")) || (name.count == 8 && starts(with: "subtitle"))
    }

    /// Elements whose content is never read: character and table
    /// properties, document defaults and latent styles.
    private static func skipped(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
        switch local.count {
        case 3: return local.isWord("rPr")
        case 4: return local.isWord("tcPr") || local.isWord("trPr")
        case 5: return local.isWord("tblPr")
        case 11: return local.isWord("docDefaults")
        case 12: return local.isWord("latentStyles")
        case 10: return local.isWord("tblStylePr")
        default: return false
        }
    }
}
