import Foundation
import Testing
@testable import ConcordKit

@Suite struct DiffWriterTests {
    typealias S = DiffTestSupport

    /// A pair whose texts hold markup and a tightened, reworded clause.
    var diff: PolicyDiff {
        let old = S.document("v1", title: "Policy <b>\"A\" & 'B'</b>", [
            ("A", "Staff & <governors>", [
                ("Staff should not post *anything* <script>alert(1)</script> about [pupils].", S.rule([.staff], .shouldNot, .postComments)),
                S.privacy,
            ]),
        ])
        let new = S.document("v2", title: "Policy <b>\"A\" & 'B'</b>", [
            ("A", "Staff & <governors>", [
                ("Staff must not post *anything* <script>alert(2)</script> about [pupils].", S.rule([.staff], .mustNot, .postComments)),
                S.privacy,
            ]),
        ])
        return PolicyDiffer().diff(old, new)
    }

    @Test func plainTextRedlineIsGitWordDiff() {
        var out = ""
        DiffTextWriter(onlyChanges: true).write(diff, to: &out)
        #expect(out.contains("tightened  A.1 → A.1 · Staff & <governors>\n"))
        #expect(out.contains("Staff [-should-]{+must+} not post *anything* [-<script>alert(1)</script>-]{+<script>alert(2)</script>+} about [pupils]."))
        #expect(out.contains("\nsummary: 1 tightened, 1 unchanged\n"))
        #expect(!out.contains("Staff should review"))
    }

    @Test func colourOnlyWhenAsked() {
        var plain = "", coloured = ""
        DiffTextWriter().write(diff, to: &plain)
        DiffTextWriter(colour: true).write(diff, to: &coloured)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31mshould\u{1B}[0m \u{1B}[32mmust\u{1B}[0m"))
    }

    @Test func markdownEscapesTextAndMarksWords() {
        var out = ""
        DiffMarkdownWriter(onlyChanges: true).write(diff, to: &out)
        #expect(out.contains("Staff ~~should~~ **must** not post \\*anything\\* ~~\\<script\\>alert(1)\\</script\\>~~"))
        #expect(out.contains("\\[pupils\\]."))
    }

    @Test func htmlEscapesEveryPieceOfPolicyText() {
        var out = ""
        DiffHTMLWriter().write(diff, to: &out)
        #expect(!out.contains("<script>"))
        #expect(out.contains("&lt;script&gt;"))
        #expect(!out.contains("<governors>") && out.contains("Staff &amp; &lt;governors&gt;"))
        #expect(out.contains("<title>Changes: Policy &lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;</title>"))
        #expect(out.contains("<del>should</del> <ins>must</ins>"))
        #expect(!out.contains("http"))
        #expect(out.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func jsonIsValidAndCarriesClauseRecords() throws {
        var out = ""
        DiffJSONWriter().write(diff, to: &out)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let old = try #require(object["old"] as? [String: Any])
        #expect(old["name"] as? String == "v1")
        #expect(old["school"] as? String == "Test School")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["tightened"] == 1 && summary["unchanged"] == 1 && summary["added"] == 0)
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.count == 2)
        #expect(changes[0]["kinds"] as? [String] == ["tightened"])
        let clause = try #require(changes[0]["new"] as? [String: Any])
        #expect(clause["modality"] as? String == "must-not")
        #expect(clause["id"] as? String == "A.1")
        let redline = try #require(changes[0]["redline"] as? [[String: String]])
        #expect(redline.first == ["op": "equal", "text": "Staff"])
        #expect(redline.contains(["op": "insert", "text": "must"]))
    }
}

/// Every diff writer counts what the extractor left to read by eye in OLD
/// and in NEW.
@Suite struct DiffUnreadTests {
    typealias S = DiffTestSupport

    /// OLD with 3 notes (2 action not recognised, 1 polarity uncertain), NEW
    /// with none.
    var diff: PolicyDiff {
        var old = S.document("v1", [("A", "Staff", [S.privacy, S.lessons])])
        old.unread = [
            UnreadNote(line: 2, reason: .unknownAction, text: "…"),
            UnreadNote(line: 3, reason: .uncertainPolarity, text: "…"),
            UnreadNote(line: 4, reason: .unknownAction, text: "…"),
        ]
        let new = S.document("v2", [("A", "Staff", [S.privacy, S.lessons, S.report])])
        return PolicyDiffer().diff(old, new)
    }

    @Test func textCountsAfterTheSummary() {
        var out = ""
        DiffTextWriter().write(diff, to: &out)
        #expect(out.hasSuffix("""
            summary: 1 added, 2 unchanged
            to read by eye in old: 3 (2 action not recognised, 1 polarity uncertain)
            to read by eye in new: 0
            list them with: concord extract FILE --unread

            """))
    }

    @Test func nothingToReadByEyeIsZeroWithoutTheListing() {
        var out = ""
        DiffTextWriter().write(PolicyDiffer().diff(S.base, S.base), to: &out)
        #expect(out.hasSuffix("to read by eye in old: 0\nto read by eye in new: 0\n"))
        var markdown = ""
        DiffMarkdownWriter().write(PolicyDiffer().diff(S.base, S.base), to: &markdown)
        #expect(markdown.contains("- To read by eye in old: 0\n- To read by eye in new: 0\n\nNo clause changed.\n"))
    }

    @Test func markdownCountsInTheHeaderList() {
        var out = ""
        DiffMarkdownWriter(onlyChanges: true).write(diff, to: &out)
        #expect(out.contains("""
            - Summary: 1 added, 2 unchanged
            - To read by eye in old: 3 (2 action not recognised, 1 polarity uncertain)
            - To read by eye in new: 0
            - List them with: `concord extract FILE --unread`

            ## Changed clauses
            """))
    }

    @Test func htmlCountsUnderTheSummaryTable() {
        var out = ""
        DiffHTMLWriter().write(diff, to: &out)
        #expect(out.contains("""
            </table>
            <ul class="unread">
            <li>To read by eye in old: 3 (2 action not recognised, 1 polarity uncertain)</li>
            <li>To read by eye in new: 0</li>
            <li>List them with: <code>concord extract FILE --unread</code></li>
            </ul>
            """))
        #expect(out.components(separatedBy: "<li>").count == out.components(separatedBy: "</li>").count)
    }

    @Test func jsonCountsEveryReasonOfEachDocument() throws {
        var out = ""
        DiffJSONWriter().write(diff, to: &out)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let old = try #require(object["old"] as? [String: Any]), new = try #require(object["new"] as? [String: Any])
        #expect(old["unread"] as? [String: Int] == ["total": 3, "no-clause": 0, "unknown-action": 2, "guessed-subject": 0, "uncertain-polarity": 1])
        #expect(new["unread"] as? [String: Int] == ["total": 0, "no-clause": 0, "unknown-action": 0, "guessed-subject": 0, "uncertain-polarity": 0])
        #expect(out.contains("\"unread\":{\"total\":3,\"no-clause\":0,\"unknown-action\":2,\"guessed-subject\":0,\"uncertain-polarity\":1}}"))
    }
}
