import Foundation
import Testing
@testable import ConcordKit

@Suite struct CompareWriterTests {
    static let hostile = ComparisonMatrix(comparing: [
        CompareFixture.school("alder", [
            ("Staff must not post <script>alert('x')</script> & \"quotes\", | pipes.", Rule(subject: [.staff], modality: .mustNot, action: .postOffensive))
        ]),
        CompareFixture.school("birch", [("Staff should not, \"ever\", post offensive content.", Rule(subject: [.staff], modality: .shouldNot, action: .postOffensive))]),
    ])

    /// Two schools: alder with notes left by the extractor (3 action not
    /// recognised, 4 party assumed), birch with none.
    static let noted = ComparisonMatrix(comparing: [
        CompareFixture.noted(
            CompareFixture.school("alder", [("Staff must not post offensive content.", Rule(subject: [.staff], modality: .mustNot, action: .postOffensive))]),
            [.unknownAction, .guessedSubject, .unknownAction, .guessedSubject, .guessedSubject, .unknownAction, .guessedSubject]),
        CompareFixture.school("birch", [("Staff should not post offensive content.", Rule(subject: [.staff], modality: .shouldNot, action: .postOffensive))]),
    ])

    @Test func textCountsWhatIsLeftToReadByEye() {
        var text = ""
        CompareTextWriter(width: 100).write(Self.noted, to: &text)
        #expect(text.contains("""

            to read by eye: what the extractor did not fully understand
            A  7 (3 action not recognised, 4 party assumed)
            B  0
            list them with: concord extract FILE --unread

            topic
            """))
        var baseline = ""
        CompareTextWriter(width: 100).write(Self.noted.deviations(from: 1), to: &baseline)
        #expect(baseline.contains("A  7 (3 action not recognised, 4 party assumed)\n"))
    }

    @Test func textWithNothingToReadByEyeSaysZeroAndNoListing() {
        var text = ""
        CompareTextWriter(width: 100).write(Self.hostile, to: &text)
        #expect(text.contains("to read by eye: what the extractor did not fully understand\nA  0\nB  0\n\n"))
        #expect(!text.contains("--unread"))
    }

    @Test func markdownCountsWhatIsLeftToReadByEye() {
        var markdown = ""
        CompareMarkdownWriter.write(Self.noted, to: &markdown)
        #expect(markdown.contains("| document | school | coverage | conflicts | strictest | loosest | to read by eye |\n|---|---|--:|--:|--:|--:|---|\n"))
        #expect(markdown.contains("| `alder` | alder School | 100% | 0 | 1 | 0 | 7 (3 action not recognised, 4 party assumed) |\n"))
        #expect(markdown.contains("| `birch` | birch School | 100% | 0 | 0 | 1 | 0 |\n"))
        #expect(markdown.contains("\nTo read by eye: what the extractor did not fully understand; `concord extract FILE --unread` lists it.\n"))
        var none = ""
        CompareMarkdownWriter.write(Self.hostile, to: &none)
        #expect(none.contains("\nTo read by eye: what the extractor did not fully understand.\n"))
    }

    @Test func htmlCountsWhatIsLeftToReadByEye() {
        var html = ""
        CompareHTMLWriter.write(Self.noted, to: &html)
        #expect(html.contains("<th>Loosest</th><th>To read by eye</th></tr>"))
        #expect(html.contains("<td>1</td><td>0</td><td>7 (3 action not recognised, 4 party assumed)</td></tr>"))
        #expect(html.contains("<td>0</td><td>1</td><td>0</td></tr>"))
        #expect(html.contains("<p class=\"unread\">To read by eye: what the extractor did not fully understand; <code>concord extract FILE --unread</code> lists it.</p>"))
        for tag in ["table", "tr", "th", "td", "p", "code"] {
            let opened = html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 2
            #expect(opened == html.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)>")
        }
    }

    @Test func jsonCountsEveryReason() throws {
        var json = ""
        CompareJSONWriter.write(Self.noted, to: &json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        #expect(documents[0]["unread"] as? [String: Int] == [
            "total": 7, "no-clause": 0, "unknown-action": 3, "guessed-subject": 4, "uncertain-polarity": 0,
        ])
        #expect(documents[1]["unread"] as? [String: Int] == [
            "total": 0, "no-clause": 0, "unknown-action": 0, "guessed-subject": 0, "uncertain-polarity": 0,
        ])
        #expect(json.contains("\"unread\": {\n        \"total\": 7,\n        \"no-clause\": 0,"))
    }

    @Test func csvHoldsTopicsOnly() {
        var noted = "", plain = ""
        CompareCSVWriter.write(Self.noted, to: &noted)
        var unnoted = Self.noted
        for index in unnoted.documents.indices { unnoted.documents[index].unread = UnreadCount() }
        CompareCSVWriter.write(unnoted, to: &plain)
        #expect(noted == plain)
    }

    @Test func htmlEscapesPolicyText() {
        var html = ""
        CompareHTMLWriter.write(Self.hostile, to: &html)
        #expect(html.components(separatedBy: "<script>").count == 2, "only the page's own script")
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("position: sticky"))
        #expect(html.contains("<details>"))
    }

    @Test func csvQuotesFieldsAsRFC4180() {
        var csv = ""
        CompareCSVWriter.write(Self.hostile, to: &csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "topic,label,subjectClass,action,audience,status,strictest,strictestDocuments,conflicts,alder,birch")
        #expect(lines[1] == "staff/post-offensive,Staff posting offensive content,staff,post-offensive,,differ,must-not,alder,,must-not; A.1,should-not; A.1")
    }

    @Test func markdownEscapesPipes() {
        var markdown = ""
        CompareMarkdownWriter.write(Self.hostile, to: &markdown)
        #expect(markdown.contains("| Staff posting offensive content | **must not** (A.1 l.2) | **should not** (A.1 l.2) | differ |"))
    }

    @Test func jsonParsesAndHasTheDocumentedShape() throws {
        var json = ""
        CompareJSONWriter.write(Self.hostile, to: &json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let topics = try #require(root["topics"] as? [[String: Any]])
        let cells = try #require(topics.first?["cells"] as? [String: Any])
        let alder = try #require(cells["alder"] as? [String: Any])
        let clauses = try #require(alder["clauses"] as? [[String: Any]])
        #expect(clauses.first?["text"] as? String == "Staff must not post <script>alert('x')</script> & \"quotes\", | pipes.")
        #expect(topics.first?["status"] as? String == "differ")
    }

    @Test(arguments: [60, 80, 100, 140])
    func textFitsTheWidth(width: Int) {
        let schools = (0..<12).map { index in
            CompareFixture.noted(CompareFixture.school("school-number-\(index)", [
                ("…", Rule(subject: [.staff], modality: index % 2 == 0 ? .mustNot : .shouldNot, action: .discloseConfidential,
                           context: [.personalAccount], exceptions: [.withApproval])),
                ("…", Rule(subject: [.staff], modality: .must, action: .discloseConfidential)),
            ]), index % 3 == 0 ? UnreadNote.Reason.allCases : [])
        }
        var text = ""
        CompareTextWriter(width: width).write(ComparisonMatrix(comparing: schools), to: &text)
        for line in text.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        #expect(text.contains("▲ must"))
        #expect(text.contains("uncertain)\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func colourOnlyWhenAsked() {
        var text = ""
        CompareTextWriter(width: 100, colour: true).write(Self.hostile, to: &text)
        #expect(text.contains("\u{1B}[31m"))
    }
}
