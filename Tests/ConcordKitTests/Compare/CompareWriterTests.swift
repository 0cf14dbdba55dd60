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

    @Test func htmlEscapesPolicyText() {
        var html = ""
        CompareHTMLWriter.write(Self.hostile, to: &html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(html.contains("position: sticky"))
        #expect(html.contains("<details>"))
    }

    @Test func csvQuotesFieldsAsRFC4180() {
        var csv = ""
        CompareCSVWriter.write(Self.hostile, to: &csv)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "topic,label,subjectClass,action,audience,status,strictest,strictestDocuments,alder,birch")
        #expect(lines[1] == "staff/post-offensive,Staff posting offensive content,staff,post-offensive,,differ,must-not,alder,must-not; A.1,should-not; A.1")
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
            CompareFixture.school("school-number-\(index)", [
                ("…", Rule(subject: [.staff], modality: index % 2 == 0 ? .mustNot : .shouldNot, action: .discloseConfidential,
                           context: [.personalAccount], exceptions: [.withApproval])),
                ("…", Rule(subject: [.staff], modality: .must, action: .discloseConfidential)),
            ])
        }
        var text = ""
        CompareTextWriter(width: width).write(ComparisonMatrix(comparing: schools), to: &text)
        for line in text.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
        #expect(text.contains("▲ must"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func colourOnlyWhenAsked() {
        var text = ""
        CompareTextWriter(width: 100, colour: true).write(Self.hostile, to: &text)
        #expect(text.contains("\u{1B}[31m"))
    }
}
