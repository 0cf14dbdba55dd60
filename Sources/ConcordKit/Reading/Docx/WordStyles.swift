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
                    if !isEmpty, local.count != 4, local.count != 7, local.count != 10, local.elementsEqual("rPr".utf8) || local.elementsEqual("tblPr".utf8)
                        || local.elementsEqual("docDefaults".utf8) || local.elementsEqual("latentStyles".utf8) {
                        scanner.skipElement()
                        continue
                    }
                    guard local.count == 4 || local.count == 5 || local.count == 7 || local.count == 10 else { continue }
                    let value = scanner.attribute("val", in: attributes)
                    switch String(decoding: local, as: UTF8.self) {
                    case "style":
                        id = scanner.attribute("type", in: attributes).map(scanner.text) == "paragraph"
                            ? scanner.attribute("styleId", in: attributes).map(scanner.text) : nil
                        style = Style()
                        numberID = nil
                        level = nil
                    case "name":
                        let name = value.map(scanner.text)?.lowercased() ?? ""
                        style.isNamedHeading = name.hasPrefix("heading ") || name == "title" || name == "subtitle"
                    case "basedOn": style.basedOn = value.map(scanner.text)
                    case "outlineLvl": style.outlineLevel = scanner.integer(value)
                    case "numId": numberID = scanner.integer(value)
                    case "ilvl": level = scanner.integer(value)
                    default: break
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
}
