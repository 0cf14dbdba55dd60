/// Finds a document's title and the school it belongs to in its title
/// lines: the headings (and details) above its first text, each line cut
/// at its column gaps and bars ("Sorrelbrook Primary School      Online
/// Safety Policy" is two parts).
///
/// - The school is the first part that names one: a name ending in
///   School, Academy, College, Nursery, Pre-school or Federation, or
///   "Friends of …" (a Trust's name only when no school is named, so that
///   "Wyvern Oak Learning Trust" / "Wrenhollow Primary Academy" gives the
///   academy). A tagline ("A member of the … Trust", "Part of …") is none.
///   Without one, the name the text gives the school most often ("at
///   Todwick", "Cressleigh Moor Primary School recognises …").
/// - The title is the first part naming a kind of document (Policy,
///   Agreement, Guidance, Code, Charter, Guide, FAQ …), more than a
///   number ("Policy 4.7" is not one); else the first title line that is
///   not the school's name, a trust's, a tagline, an address or a
///   document's number. A section heading below the first text is never
///   the title.
///
/// A name or title in capitals is given in title case.
enum MetadataFinder {
    static func fill(_ outline: inout Outline) {
        var trust: String?
        var headings: [TitleParts.Facts] = []
        var namesDocument = false
        for line in titleLines(outline.blocks) {
            // Once the school is known, only headings are read, for the title.
            guard line.kind == .heading || outline.school == nil else { continue }
            for part in TitleParts.split(line) {
                let facts = TitleParts.Facts(part)
                if line.kind == .heading {
                    headings.append(facts)
                    namesDocument = namesDocument || facts.namesDocument
                }
                guard outline.school == nil else { continue }
                switch facts.institution {
                case .school: outline.school = TitleCase.named(TitleParts.withoutAcronym(part))
                case .trust: if trust == nil { trust = TitleCase.named(part) }
                case nil: break
                }
            }
            // The school and a title naming a document: no line below changes either.
            if outline.school != nil, namesDocument { break }
        }
        if outline.school == nil { outline.school = trust ?? SchoolNameScanner.mostNamed(in: outline.blocks) }
        if let title = headings.first(where: \.namesDocument) ?? headings.first(where: { $0.institution == nil && !$0.isNoTitle }) {
            outline.title = TitleCase.named(title.text)
        }
    }

    /// The headings and details above the document's first text (a list
    /// item, a numbered heading, a lead-in or a sentence of ten words),
    /// at most twelve of them besides notes.
    private static func titleLines(_ blocks: [OutlineBlock]) -> [OutlineBlock] {
        var result: [OutlineBlock] = []
        var lines = 0
        for block in blocks.prefix(32) {
            switch block.kind {
            case .listItem: return result
            case .heading:
                if block.number != nil { return result }
                result.append(block)
                lines += 1
            case .paragraph:
                let last = block.text.utf8.last
                if last == UInt8(ascii: ":") || (last == UInt8(ascii: ".") && TitleParts.wordCount(block.text) >= 10) { return result }
                result.append(block)
                lines += 1
            case .note, .tableRow:
                result.append(block)
            }
            if lines == 12 { break }
        }
        return result
    }
}
