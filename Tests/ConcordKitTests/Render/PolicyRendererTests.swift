import Foundation
import Testing
@testable import ConcordKit

@Suite struct PolicyRendererTests {
    static let policy = PolicyDocument(
        name: "t", title: "Social Media <Policy>", school: "Oak & Elm School",
        history: [
            HistoryEntry(version: "1.0", date: "2025-09", purpose: "Merged from: A, B", lead: "A. Lead"),
            HistoryEntry(version: "1.1", date: "2026-09", purpose: "Annual review (1 tightened)", lead: "B. Lead"),
        ],
        sections: [
            Section(id: "s0", heading: "Empty", line: nil),
            Section(id: "A", heading: "Staff", line: nil, items: [
                .passage(Passage(kind: .paragraph, text: "This section binds staff.", line: 0)),
                .clause(Clause(id: "A.1", text: "Staff must not befriend pupils on personal accounts.", line: 0, section: "A",
                               rule: Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.pupils]))),
                .passage(Passage(kind: .listItem, text: "an item <b>", line: 0)),
                .clause(Clause(id: "A.2", text: "Staff must report concerns to the headteacher, and a long sentence that must wrap in plain text because it is far longer than the width.", line: 0, section: "A",
                               rule: Rule(subject: [.staff], modality: .must, action: .report, audience: [.headteacher]))),
            ]),
        ])

    @Test func markdownHasTheVersionTableAndNumberedClauses() {
        let out = PolicyRenderer(format: .md).render(Self.policy)
        #expect(out.hasPrefix("# Social Media \\<Policy\\>\n\n**School:** Oak \\& Elm School  \n\n## Version history\n\n| Version | Purpose | Lead person | Date |\n|---|---|---|---|\n| 1.0 | Merged from: A, B | A. Lead | 2025-09 |\n"))
        #expect(out.contains("## 1. Staff\n\nThis section binds staff.\n\n**1.1** Staff must not befriend pupils on personal accounts.\n\n- an item \\<b\\>\n\n**1.2** Staff must report"))
        #expect(!out.contains("Empty"), "sections with nothing in them are left out")
    }

    @Test func htmlIsSelfContainedEscapedAndPrintsOnA4() {
        let out = PolicyRenderer(format: .html).render(Self.policy)
        #expect(out.hasPrefix("<!DOCTYPE html>"))
        #expect(out.contains("@page { size: A4;"))
        #expect(out.contains("@media print"))
        #expect(out.contains("<h1>Social Media &lt;Policy&gt;</h1>"))
        #expect(out.contains("<dd>Oak &amp; Elm School</dd>"))
        #expect(out.contains("<th>Version</th><th>Purpose</th><th>Lead person</th><th>Date</th>"))
        #expect(out.contains("<span class=\"number\">1.1</span>"))
        #expect(out.contains("<li>an item &lt;b&gt;</li>"))
        #expect(!out.contains("<link") && !out.contains("<script") && !out.contains("src="))
    }

    @Test func textWrapsClausesUnderTheirNumbers() {
        let out = PolicyRenderer(format: .txt).render(Self.policy)
        #expect(out.contains("Version  Purpose                      Lead person  Date\n-------  ---------------------------  -----------  -------\n1.0      Merged from: A, B            A. Lead      2025-09\n"))
        #expect(out.contains("1. Staff\n--------\n"))
        #expect(out.contains("1.1   Staff must not befriend pupils on personal accounts.\n"))
        for line in out.split(separator: "\n") { #expect(line.count <= 78, "\(line)") }
        #expect(out.contains("\n      "), "continuation lines are indented under the clause text")
    }

    @Test func textWrapsALongPurposeWithinItsColumn() {
        var policy = Self.policy
        policy.history[0].purpose = "Merged from: Ashton Vale Primary School, Kingsthorpe Village Primary School, Learn to Live Federation, Milverton Primary School"
        let out = PolicyRenderer(format: .txt).render(policy)
        for line in out.split(separator: "\n") { #expect(line.count <= 78, "\(line)") }
        #expect(out.contains("1.0      Merged from: Ashton Vale Primary School,         A. Lead      2025-09\n         Kingsthorpe Village Primary School, Learn to\n         Live Federation, Milverton Primary School\n1.1 "))
    }
}
