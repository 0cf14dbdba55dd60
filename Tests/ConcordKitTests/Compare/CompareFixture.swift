@testable import ConcordKit

/// Small made-up policies built in code, so that grouping and strictness
/// tests do not depend on what the extractor makes of real documents.
enum CompareFixture {
    /// A school whose one section holds `clauses` (prose and rule), numbered
    /// A.1, A.2, … from line 2.
    static func school(_ name: String, _ clauses: [(String, Rule)]) -> PolicyDocument {
        let items = clauses.enumerated().map { offset, clause in
            Section.Item.clause(
                Clause(id: "A.\(offset + 1)", text: clause.0, line: offset + 2, section: "A", rule: clause.1))
        }
        return PolicyDocument(
            name: name, title: "Social Media Policy", school: "\(name) School",
            sections: [Section(id: "A", heading: "Rules", line: 1, items: items)])
    }

    /// `document` with notes left by the extractor, one per reason given,
    /// on lines 1, 2, ….
    static func noted(_ document: PolicyDocument, _ reasons: [UnreadNote.Reason]) -> PolicyDocument {
        var document = document
        document.unread = reasons.enumerated().map { UnreadNote(line: $0.offset + 1, reason: $0.element, text: "Take the register.") }
        return document
    }

    static func underAge(_ years: Int, _ role: Role = .exPupils) -> AgeThreshold {
        AgeThreshold(comparator: .under, years: years, appliesTo: role)
    }
}
