/// The names a document states, found by one finder over its text: every
/// clause's and passage's words (with `headings`, its title, trust and
/// section headings first), each name once, in the order first found.
enum StatedNames {
    static func find(in document: PolicyDocument, headings: Bool, _ finder: (String) -> [String]) -> [String] {
        var texts = headings ? [document.title, document.trust].compactMap { $0 } : []
        for section in document.sections {
            if headings, let heading = section.heading { texts.append(heading) }
            for item in section.items {
                switch item {
                case .clause(let clause): texts.append(clause.text)
                case .passage(let passage): texts.append(passage.text)
                }
            }
        }
        var names: [String] = []
        for text in texts {
            for name in finder(text) where !names.contains(name) { names.append(name) }
        }
        return names
    }
}
