/// Writes a policy in the one canonical layout of the `.policy` language:
/// header, history, terms, then each section with its items in order, two
/// spaces of indentation per level, one blank line between blocks, the
/// source line of each part as `@N` at the end of its line.
/// `PolicyParser().parse(PolicyPrinter().print(p), name: p.name).document == p`.
public struct PolicyPrinter: Sendable {
    public init() {}

    public func print(_ document: PolicyDocument, comments: PolicyComments = PolicyComments()) -> String {
        var out = ""
        write(document, comments: comments, to: &out)
        return out
    }

    public func write(_ document: PolicyDocument, comments: PolicyComments = PolicyComments(), to out: inout String) {
        var blocks = BlockSeparator()
        writeHeader(document, comments: comments, blocks: &blocks, to: &out)
        if !document.history.isEmpty || !comments[.history].isEmpty {
            blocks.open(&out)
            writeComments(comments[.history], indent: "", to: &out)
            out += "history\n"
            for (index, entry) in document.history.enumerated() {
                writeComments(comments[.historyEntry(index)], indent: "  ", to: &out)
                writeHistoryRow(entry, to: &out)
            }
        }
        if !document.definitions.isEmpty {
            blocks.open(&out)
            for (index, definition) in document.definitions.enumerated() {
                writeComments(comments[.term(index)], indent: "", to: &out)
                out += "term \(definition.term.rawValue) means"
                if !definition.meaning.isEmpty { out += " " + definition.meaning.map(\.rawValue).joined(separator: ", ") }
                writeLine(definition.line, to: &out)
            }
        }
        for (index, section) in document.sections.enumerated() {
            blocks.open(&out)
            writeSection(section, index: index, comments: comments, to: &out)
        }
        if !comments[.end].isEmpty {
            blocks.open(&out)
            writeComments(comments[.end], indent: "", to: &out)
        }
    }

    private func writeHeader(_ document: PolicyDocument, comments: PolicyComments, blocks: inout BlockSeparator, to out: inout String) {
        let header: [(PolicyKeyword, String?)] = [(.policy, document.title), (.school, document.school), (.trust, document.trust)]
        for (keyword, value) in header where value != nil || !comments[.header(keyword)].isEmpty {
            blocks.continueBlock()
            writeComments(comments[.header(keyword)], indent: "", to: &out)
            if let value {
                out += keyword.rawValue + " "
                PolicyQuoting.appendString(value, to: &out)
                out += "\n"
            }
        }
    }

    private func writeHistoryRow(_ entry: HistoryEntry, to out: inout String) {
        out += "  "
        if entry.version.isEmpty {
            out += "-"
        } else {
            PolicyQuoting.appendValue(entry.version, bare: PolicyQuoting.isBareVersion(entry.version), to: &out)
        }
        for field in [entry.date, entry.purpose, entry.lead] {
            out += "  "
            if let field {
                PolicyQuoting.appendValue(field, bare: PolicyQuoting.isBareWord(field) && field.utf8.first.map { $0 >= 48 && $0 <= 57 } == true, to: &out)
            } else {
                out += "-"
            }
        }
        writeLine(entry.line, to: &out)
    }

    private func writeSection(_ section: Section, index: Int, comments: PolicyComments, to out: inout String) {
        writeComments(comments[.section(index)], indent: "", to: &out)
        out += "section "
        PolicyQuoting.appendID(section.id, to: &out)
        if let heading = section.heading {
            out += " "
            PolicyQuoting.appendString(heading, to: &out)
        }
        writeLine(section.line, to: &out)
        for (itemIndex, item) in section.items.enumerated() {
            writeComments(comments[.item(index, itemIndex)], indent: "  ", to: &out)
            switch item {
            case .passage(let passage):
                out += "  " + PolicyKeyword.keyword(for: passage.kind).rawValue + " "
                writeMarker(passage.marker, to: &out)
                PolicyQuoting.appendString(passage.text, to: &out)
                writeLine(passage.line > 0 ? passage.line : nil, to: &out)
            case .clause(let clause):
                writeClause(clause, to: &out)
            }
        }
    }

    private func writeClause(_ clause: Clause, to out: inout String) {
        out += "  clause "
        PolicyQuoting.appendID(clause.id, to: &out)
        out += " "
        writeMarker(clause.marker, to: &out)
        PolicyQuoting.appendString(clause.text, to: &out)
        writeLine(clause.line > 0 ? clause.line : nil, to: &out)
        out += "    "
        RulePrinter.write(clause.rule, to: &out)
        out += "\n"
        for provenance in clause.provenance {
            out += "    from "
            PolicyQuoting.appendID(provenance.document, to: &out)
            out += " "
            PolicyQuoting.appendID(provenance.clause, to: &out)
            out += "\n"
        }
        for alternative in clause.alternatives {
            out += "    alternative "
            PolicyQuoting.appendID(alternative.document, to: &out)
            out += " "
            PolicyQuoting.appendID(alternative.clause, to: &out)
            out += " "
            PolicyQuoting.appendString(alternative.text, to: &out)
            out += "\n"
        }
    }

    /// `marker "A." `: the list marker the text had in the source, before
    /// the text as in the source.
    private func writeMarker(_ marker: String?, to out: inout String) {
        guard let marker else { return }
        out += "marker "
        PolicyQuoting.appendString(marker, to: &out)
        out += " "
    }

    private func writeLine(_ line: Int?, to out: inout String) {
        if let line, line >= 0 { out += "  @\(line)" }
        out += "\n"
    }

    private func writeComments(_ comments: [String], indent: String, to out: inout String) {
        for comment in comments { out += indent + "#" + comment + "\n" }
    }

    /// Puts one blank line between blocks; the header lines are one block.
    private struct BlockSeparator {
        var started = false
        var inHeader = false

        mutating func continueBlock() {
            started = true
            inHeader = true
        }

        mutating func open(_ out: inout String) {
            if started { out += "\n" }
            started = true
            inHeader = false
        }
    }
}
