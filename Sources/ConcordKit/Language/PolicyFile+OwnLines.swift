extension PolicyFile {
    /// The document as reports show it: a clause the file gives no source
    /// line (`@N`, written by `import`) has its own line in this file, its
    /// source, instead of 0. What `fmt`, `release` and `merge` write keeps
    /// `document`, so a clause written by hand gains no `@N`.
    public var documentWithOwnLines: PolicyDocument {
        var document = self.document
        var index = 0
        for section in document.sections.indices {
            for item in document.sections[section].items.indices {
                guard case .clause(var clause) = document.sections[section].items[item] else { continue }
                defer { index += 1 }
                guard clause.line <= 0, index < sourceMap.clauses.count else { continue }
                clause.line = sourceMap.clauses[index].line
                document.sections[section].items[item] = .clause(clause)
            }
        }
        return document
    }
}
