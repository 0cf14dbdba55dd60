import ConcordKit
import Foundation
import Testing

/// `compare`, `diff` and `merge --report` through the built binary count, per
/// document, what the extractor left to read by eye: as many notes as
/// `concord extract FILE --unread` lists, and none for a `.policy` file.
@Suite struct UnreadEndToEndTests {
    let binary = EndToEndTests()

    /// A policy with rules the extractor only partly understands.
    static let oak = """
        Oak Primary School

        Social Media Policy

        1. Staff

        1.1 Staff must not add pupils as friends on their personal accounts.
        1.2 Helpers must not juggle knives.
        1.3 Keep your password to yourself.
        1.4 Staff must make it clear that they are not speaking for the school.

        """

    /// A policy the extractor reads plainly.
    static let elm = """
        Elm Primary School

        Social Media Policy

        1. Staff

        1.1 Staff must not add pupils as friends on their personal accounts.
        1.2 Staff must report concerns to the headteacher.

        """

    /// An author's `.policy` file: it carries no notes.
    static let ash = """
        school "Ash Primary School"

        section A "Staff"
          clause A.1 "Staff must not add pupils as friends on their personal accounts."
            rule staff must-not befriend pupils on personal-account

        """

    /// The count `concord extract PATH --unread` gives: one note a line,
    /// `PATH:LINE: REASON: TEXT`.
    func listed(_ path: String) throws -> UnreadCount {
        let result = try binary.run(["extract", path, "--unread"])
        #expect(result.status == 0, "\(result.errors)")
        let notes = result.output.split(separator: "\n").compactMap { line -> UnreadNote? in
            let fields = line.dropFirst(path.count + 1).components(separatedBy: ": ")
            guard fields.count >= 3, let reason = UnreadNote.Reason.allCases.first(where: { $0.description == fields[1] }) else {
                Issue.record("not a note: \(line)")
                return nil
            }
            return UnreadNote(line: Int(fields[0]) ?? 0, reason: reason, text: fields[2...].joined(separator: ": "))
        }
        return UnreadCount(notes)
    }

    @Test func compareCountsEachSchoolsNotes() throws {
        let folder = ScratchFolder()
        let oak = folder.write("oak.txt", Self.oak), elm = folder.write("elm.txt", Self.elm), ash = folder.write("ash.policy", Self.ash)
        let oakCount = try listed(oak), elmCount = try listed(elm)
        #expect(oakCount.total >= 2)

        let text = try binary.run(["compare", oak, elm, ash])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("""
            to read by eye: what the extractor did not fully understand
            A  \(oakCount.description)
            B  \(elmCount.description)
            C  0
            list them with: concord extract FILE --unread

            """))

        let json = try binary.run(["compare", oak, elm, ash, "--format", "json"])
        #expect(json.status == 0, "\(json.errors)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let unread = documents.map { $0["unread"] as? [String: Int] ?? [:] }
        #expect(documents.map { $0["name"] as? String } == ["oak", "elm", "ash"])
        for (count, object) in zip([oakCount, elmCount, UnreadCount()], unread) {
            #expect(object["total"] == count.total)
            for reason in UnreadNote.Reason.allCases { #expect(object[reason.rawValue] == count[reason]) }
        }

        let markdown = try binary.run(["compare", oak, elm, ash, "--format", "md"])
        #expect(markdown.output.contains("| \(oakCount.description) |\n"))
        #expect(markdown.output.contains("| `ash` | Ash Primary School | "))
        let html = try binary.run(["compare", oak, elm, ash, "--format", "html"])
        #expect(html.output.contains("<td>\(oakCount.description)</td></tr>"))
    }

    @Test func diffCountsTheOldAndTheNewDocumentsNotes() throws {
        let folder = ScratchFolder()
        let old = folder.write("oak-2024.txt", Self.oak)
        let new = folder.write("oak-2025.txt", Self.oak.replacingOccurrences(of: "1.2 Helpers must not juggle knives.\n", with: ""))
        let oldCount = try listed(old), newCount = try listed(new)
        #expect(oldCount.total > newCount.total)

        let text = try binary.run(["diff", old, new, "--only-changes"])
        #expect(text.status == 1, "\(text.errors)")
        #expect(text.output.contains("""
            to read by eye in old: \(oldCount.description)
            to read by eye in new: \(newCount.description)
            list them with: concord extract FILE --unread

            """))

        let json = try binary.run(["diff", old, new, "--format", "json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((root["old"] as? [String: Any])?["unread"] as? [String: Int] == [
            "total": oldCount.total, "no-clause": oldCount[.noClause], "unknown-action": oldCount[.unknownAction],
            "guessed-subject": oldCount[.guessedSubject], "uncertain-polarity": oldCount[.uncertainPolarity],
        ])
        #expect(((root["new"] as? [String: Any])?["unread"] as? [String: Int])?["total"] == newCount.total)

        let policy = folder.write("ash.policy", Self.ash)
        let policies = try binary.run(["diff", policy, policy])
        #expect(policies.status == 0, "\(policies.errors)")
        #expect(policies.output.hasSuffix("to read by eye in old: 0\nto read by eye in new: 0\n"))
    }

    @Test func mergeReportCountsEachSourcesNotes() throws {
        let folder = ScratchFolder()
        let oak = folder.write("oak.txt", Self.oak), elm = folder.write("elm.txt", Self.elm), ash = folder.write("ash.policy", Self.ash)
        let oakCount = try listed(oak), elmCount = try listed(elm)
        let merge = try binary.run([
            "merge", oak, elm, ash, "--strategy", "strictest", "--date", "2026-01", "-o", folder.file("trust.policy"),
            "--report", folder.file("report.md"),
        ])
        #expect(merge.status == 0, "\(merge.errors)")
        #expect(folder.read("report.md").contains("""
            | Source | School | To read by eye |
            |---|---|---|
            | oak | Oak Primary School | \(oakCount.description) |
            | elm | Elm Primary School | \(elmCount.description) |
            | ash | Ash Primary School | 0 |

            To read by eye: what the extractor did not fully understand in each source; `concord extract FILE --unread` lists it.

            """))
    }
}
