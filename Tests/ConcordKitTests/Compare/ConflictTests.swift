import Testing
@testable import ConcordKit

/// Conflicts between schools' own sentences, read by the extractor: a
/// conflict is found where one school forbids what another requires or
/// permits in the same cases, and only there.
@Suite struct ConflictTests {
    func policy(_ name: String, _ text: String) -> PolicyDocument {
        PolicyReader().read(SourceText(name: name, text: "Staff Social Media Policy\n\n" + text + "\n")).document
    }

    /// The topics on which the two schools conflict.
    func conflicts(_ first: String, _ second: String) -> [String] {
        ComparisonMatrix(comparing: [policy("a", first), policy("b", second)]).rows.filter { !$0.conflicting.isEmpty }.map(\.key.id)
    }

    @Test(arguments: [
        ("Staff may use their personal phones to photograph pupils.", "Staff must not use personal phones to photograph pupils."),
        ("Staff must accept friend requests from parents.", "Staff must not accept friend requests from parents."),
        ("Staff may contact pupils through their personal social media accounts.",
         "Staff must not communicate with pupils through their personal social media accounts."),
        ("Staff are allowed to use social media during lessons.", "Staff must not use social media during lessons."),
        ("Staff should add pupils as friends.", "Staff are not permitted to befriend pupils online."),
    ])
    func aPlainOppositeIsAConflict(_ first: String, _ second: String) {
        #expect(conflicts(first, second).count == 1, "\(first) / \(second)")
    }

    @Test(arguments: [
        // Settings no case shares.
        ("Staff may post photographs of pupils on the school's official accounts.",
         "Staff must not post photographs of pupils on their personal social media accounts."),
        ("Staff may use their phones outside school.", "Staff must not use their phones in school."),
        // A general position beside one limited to some settings.
        ("Staff are encouraged to use social media.", "Staff must not use social media during lessons."),
        // A position qualified by a case no setting names.
        ("Staff who run a school club may contact pupils through social media.", "Staff must not contact pupils through social media."),
        ("Parents may photograph their own child at school events.", "Parents must not photograph pupils at school events."),
        // A permission beside a prohibition with its exception.
        ("Staff may use their phones in school.", "Staff must not use their phones in school unless the headteacher agrees."),
        // Polarity traps: the prose's "don't" against the other's "do".
        ("Staff must comply with the code of conduct.", "Staff must not post anything that would put them in breach of the code of conduct."),
        ("Staff must use school cameras, not personal phones, to photograph pupils.", "Staff must not use personal phones to photograph pupils."),
        ("Failure by staff to follow this policy will be treated as a disciplinary matter.", "Staff must follow this policy at all times."),
        ("Governors must not present their own views as the board's.", "Posts by a governor can, however, be seen as the view of the board."),
        ("Staff must not post anything that could damage the school's reputation.", "What staff post in a personal capacity can affect the school's reputation."),
        ("Staff must not use personal phones on trips.", "The trip leader must carry the school's mobile phone on trips."),
        ("Staff will use their school email account, and not their personal email.", "Staff must not use personal email accounts to contact parents."),
        // A part of a group, or a permission with a carve-out.
        ("Year 6 pupils may bring a phone to school.", "Pupils must not bring phones to school."),
        ("Pupils' first names may be used in posts on the school account, but never their surnames.",
         "Pupils' names must never be published on the school account."),
        ("Most of our pupils cannot consent to being photographed.", "Pupils may photograph each other in art lessons."),
    ])
    func noConflictWhereTheyCannotMeet(_ first: String, _ second: String) {
        #expect(conflicts(first, second).isEmpty, "\(first) / \(second)")
    }

    @Test func aConflictShowsEachSchoolsSentenceAndLine() throws {
        let matrix = ComparisonMatrix(comparing: [
            policy("a", "Staff may use their personal phones to photograph pupils."),
            policy("b", "Staff must keep phones in lockers.\n\nStaff must not use personal phones to photograph pupils."),
        ])
        let row = try #require(matrix.rows.first { !$0.conflicts.isEmpty })
        #expect(row.conflicts.map(\.document) == [0, 1])
        #expect(row.conflicts.map(\.against) == [[1], [0]])
        #expect(row.conflicts.map(\.clause.text) == [
            "Staff may use their personal phones to photograph pupils.", "Staff must not use personal phones to photograph pupils.",
        ])
        #expect(row.conflicts.map(\.clause.line) == [3, 5])
        #expect(row.conflicts.map(\.forbids) == [false, true])
    }

    @Test func everyFormatShowsTheConflictsSentences() {
        let matrix = ComparisonMatrix(comparing: [
            policy("a", "Staff may accept friend requests from parents."),
            policy("b", "Staff must not accept friend requests from parents."),
        ])
        var text = "", markdown = "", csv = "", json = "", html = ""
        CompareTextWriter().write(matrix, to: &text)
        CompareMarkdownWriter.write(matrix, to: &markdown)
        CompareCSVWriter.write(matrix, to: &csv)
        CompareJSONWriter.write(matrix, to: &json)
        CompareHTMLWriter.write(matrix, to: &html)
        // The conflicts' own part of each format (the JSON's and the page's
        // cells hold every clause anyway).
        let parts: [(String, String)] = [
            ("text", part(of: text, after: "conflicts, with the sentences behind them")),
            ("md", part(of: markdown, after: "## Conflicts")),
            ("csv", csv),
            ("json", part(of: json, after: "\"conflicts\":", before: "\"silent\"")),
            ("html", part(of: html, after: "<section class=\"conflicts\">", before: "</section>")),
        ]
        for (format, output) in parts {
            #expect(output.contains("Staff may accept friend requests from parents."), "\(format)")
            #expect(output.contains("Staff must not accept friend requests from parents."), "\(format)")
            #expect(output.contains("line 3") || output.contains("\"line\": 3"), "\(format)")
        }
    }

    /// The text between the first `start` and the next `end` after it;
    /// empty when `start` is not there.
    func part(of text: String, after start: String, before end: String? = nil) -> String {
        guard let from = text.range(of: start) else { return "" }
        let rest = text[from.upperBound...]
        guard let end, let to = rest.range(of: end) else { return String(rest) }
        return String(rest[..<to.lowerBound])
    }
}
