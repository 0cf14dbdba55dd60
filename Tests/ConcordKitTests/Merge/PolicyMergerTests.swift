import Testing
@testable import ConcordKit

/// What the merged document holds: provenance, the schools' sentences (an
/// age edited where positions combine), placeholders, the outline, coverage
/// notes and the first history entry.
@Suite struct PolicyMergerTests {
    typealias F = CompareFixture

    static func document(_ name: String, school: String, sections: [(String, [(String, Rule)])]) -> PolicyDocument {
        var line = 1
        let built = sections.enumerated().map { index, section -> Section in
            let id = String(index + 1)
            let items = section.1.enumerated().map { offset, clause -> Section.Item in
                line += 1
                return .clause(Clause(id: "\(id).\(offset + 1)", text: clause.0, line: line, section: id, rule: clause.1))
            }
            return Section(id: id, heading: section.0, line: line, items: items)
        }
        return PolicyDocument(name: name, title: "Social Media Policy", school: school, sections: built)
    }

    static let report = Rule(subject: [.staff], modality: .must, action: .report, audience: [.headteacher])
    static let images = Rule(subject: [.parents], modality: .mustNot, action: .postImages, audience: [.pupils], context: [.schoolEvent])
    static let tag = Rule(subject: [.staff], modality: .shouldNot, action: .tag, audience: [.pupils])

    static let schools = [
        document("oak", school: "Oak Hill Primary School", sections: [
            ("Safeguarding", [("Staff at Oak Hill must report concerns to the headteacher.", report)]),
            ("Parents", [("Parents must not post pictures of pupils taken at school events.", images)]),
        ]),
        document("elm", school: "Elm Primary School", sections: [
            ("Safeguarding", [("Staff must report any concern to the head teacher.", report)]),
            ("Images", [("Staff should not tag pupils in posts.", tag)]),
            ("Parents", [("Parents should not post photos of pupils from school events.", Rule(subject: [.parents], modality: .shouldNot, action: .postImages, audience: [.pupils], context: [.schoolEvent]))]),
        ]),
    ]

    let result = PolicyMerger(strategy: .strictest, settings: MergeSettings(trust: "Green Trust", lead: "A. Lead", version: "1.0", date: "2025-09")).merge(schools)

    func clause(_ action: Action) -> MergedClause {
        result.clauses.first { $0.clause.rule.action == action }!
    }

    @Test func keepsEveryTopicWithItsProvenance() {
        #expect(result.clauses.count == 3)
        #expect(clause(.report).clause.provenance == [Provenance(document: "oak", clause: "1.1"), Provenance(document: "elm", clause: "1.1")])
        #expect(clause(.postImages).clause.provenance == [Provenance(document: "oak", clause: "2.1")])
    }

    @Test func keepsTheOtherSchoolsWordingsAsAlternatives() {
        #expect(clause(.report).clause.alternatives == [Alternative(document: "elm", clause: "1.1", text: "Staff must report any concern to the head teacher.")])
        #expect(clause(.postImages).clause.alternatives == [Alternative(document: "elm", clause: "3.1", text: "Parents should not post photos of pupils from school events.")])
    }

    @Test func takesProseFromASourceThatStatesThePositionWithNamesAsPlaceholders() {
        #expect(clause(.report).clause.text == "Staff at {{school}} must report concerns to the headteacher.")
        #expect(clause(.report).source == Provenance(document: "oak", clause: "1.1"))
        #expect(clause(.report).review == nil)
        #expect(clause(.postImages).clause.text == "Parents must not post pictures of pupils taken at school events.")
    }

    @Test func editsTheAgeInTheClosestSentenceWherePositionsCombine() {
        let documents = [
            Self.document("a", school: "A School", sections: [("Rules", [("Staff must never befriend pupils or former pupils under 16 on personal accounts.", Rule(subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils, .exPupils], age: F.underAge(16), context: [.personalAccount]))])]),
            Self.document("b", school: "B School", sections: [("Rules", [("Staff should not befriend former pupils under 18 on personal accounts.", Rule(subject: [.staff], modality: .shouldNot, action: .befriend, audience: [.exPupils], age: F.underAge(18), context: [.personalAccount]))])]),
        ]
        let merged = PolicyMerger(strategy: .strictest).merge(documents)
        // Pupils: only A speaks, with a clause that also covers ex-pupils,
        // where B's wider age limit is not stricter than A's must-not.
        #expect(merged.clauses.count == 1)
        #expect(merged.clauses[0].source == Provenance(document: "a", clause: "1.1"))
        #expect(merged.clauses[0].edit == nil)
        let strictestAge = [
            documents[0],
            Self.document("b", school: "B School", sections: [("Rules", [("Staff must not befriend former pupils under 18 on personal accounts.", Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.exPupils], age: F.underAge(18), context: [.personalAccount]))])]),
        ]
        // A holds the position on pupils, B the wider age on ex-pupils: A's
        // sentence states both with 16 made 18, marked for review.
        let combined = PolicyMerger(strategy: .strictest).merge(strictestAge)
        #expect(combined.clauses.count == 1)
        let clause = combined.clauses[0]
        #expect(clause.clause.text == "Staff must never befriend pupils or former pupils under 18 on personal accounts.")
        #expect(clause.edit == "edited: age 16 changed to 18, the position chosen on staff/befriend/ex-pupils")
        #expect(clause.review == clause.edit)
        #expect(clause.topics.map(\.id) == ["staff/befriend/pupils", "staff/befriend/ex-pupils"])
        #expect(clause.clause.rule == Rule(subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils, .exPupils], age: F.underAge(18), context: [.personalAccount]))
        #expect(combined.comments[.item(0, 0)].last == " review: " + clause.edit!)
    }

    @Test func keepsAListItemUnderItsLeadIn() {
        let rule = Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.pupils])
        let items: [Section.Item] = [
            .passage(Passage(kind: .paragraph, text: "Staff must not:", line: 2)),
            .clause(Clause(id: "1.1", text: "add pupils as friends", line: 3, section: "1", rule: rule)),
            .clause(Clause(id: "1.2", text: "message pupils", line: 4, section: "1", rule: Rule(subject: [.staff], modality: .mustNot, action: .contact, audience: [.pupils]))),
        ]
        let document = PolicyDocument(name: "a", school: "A School", sections: [Section(id: "1", heading: "Staff", line: 1, items: items)])
        let merged = PolicyMerger(strategy: .strictest).merge([document])
        #expect(merged.clauses.map(\.leadIn) == ["Staff must not:", "Staff must not:"])
        let section = merged.document.sections[0]
        #expect(section.heading == "Staff, pupils and former pupils")
        #expect(section.items.count == 3, "one lead-in over the two items that share it")
        #expect(section.items[0] == .passage(Passage(kind: .paragraph, text: "Staff must not:", line: 0)))
    }

    @Test func namesTheTrustAndTheSchoolByPlaceholder() {
        let documents = [Self.document("a", school: "Ash Primary School", sections: [("Rules", [("Everyone at Ash and in the Green Trust must report concerns to the headteacher.", Rule(subject: [.everyone], modality: .must, action: .report, audience: [.headteacher]))])])]
        let merged = PolicyMerger(strategy: .strictest, settings: MergeSettings(trust: "Green Trust")).merge(documents)
        #expect(merged.clauses[0].clause.text == "Everyone at {{school}} and in the {{trust}} must report concerns to the headteacher.")
        #expect(merged.document.school == "{{school}}")
        #expect(merged.document.trust == "Green Trust")
    }

    @Test func placesClausesByWhoAndWhat() {
        let sections = result.document.sections
        #expect(sections.map(\.heading) == ["Photographs and images", "Reporting concerns and breaches"])
        #expect(sections.map(\.id) == ["1", "2"])
        #expect(sections[0].clauses.map(\.rule.action) == [.tag, .postImages])
        #expect(sections[1].clauses.map(\.id) == ["2.1"])
    }

    @Test func notesHowManySchoolsCoverATopicAndWhoseWordsItIs() {
        let comments = result.comments
        #expect(comments[.item(1, 0)] == [" topic staff/report/leaders; words of oak 1.1"])
        #expect(comments[.item(0, 0)] == [" topic staff/tag/pupils; covered by 1 of 2 schools; words of elm 2.1"])
    }

    @Test func startsTheHistoryWithOneEntry() {
        #expect(result.document.history == [HistoryEntry(version: "1.0", date: "2025-09", purpose: "Merged from: Oak Hill Primary School, Elm Primary School", lead: "A. Lead")])
    }

    @Test func printsAPolicyThatParsesBackAndChecksClean() {
        let text = PolicyPrinter().print(result.document, comments: result.comments)
        let file = PolicyParser().parse(text, name: "merged")
        #expect(!file.hasErrors)
        #expect(file.document == result.document)
        let warnings = PolicyLinter().lint(file.document, sourceMap: file.sourceMap)
        #expect(warnings.isEmpty, "\(warnings)")
    }
}
