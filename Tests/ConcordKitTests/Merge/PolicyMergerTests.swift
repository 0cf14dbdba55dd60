import Testing
@testable import ConcordKit

/// What the merged document holds: provenance, prose taken or written,
/// placeholders, sections, coverage notes and the first history entry.
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

    @Test func takesProseFromASourceThatStatesThePositionWithNamesAsPlaceholders() {
        #expect(clause(.report).clause.text == "Staff at {{school}} must report concerns to the headteacher.")
        #expect(clause(.report).proseSource == Provenance(document: "oak", clause: "1.1"))
        #expect(clause(.postImages).clause.text == "Parents must not post pictures of pupils taken at school events.")
    }

    @Test func writesProseWhereNoSourceStatesThePosition() {
        let documents = [
            Self.document("a", school: "A School", sections: [("Rules", [("Staff must never befriend pupils or former pupils under 16 on personal accounts.", Rule(subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils, .exPupils], age: F.underAge(16), context: [.personalAccount]))])]),
            Self.document("b", school: "B School", sections: [("Rules", [("Staff should not befriend former pupils under 18 on personal accounts.", Rule(subject: [.staff], modality: .shouldNot, action: .befriend, audience: [.exPupils], age: F.underAge(18), context: [.personalAccount]))])]),
        ]
        let merged = PolicyMerger(strategy: .strictest).merge(documents)
        // Pupils: only A speaks, with a clause that also covers ex-pupils,
        // where B's wider age limit is not stricter than A's must-not.
        #expect(merged.clauses.count == 1)
        #expect(merged.clauses[0].proseSource == Provenance(document: "a", clause: "1.1"))
        let strictestAge = [
            documents[0],
            Self.document("b", school: "B School", sections: [("Rules", [("Staff must not befriend former pupils under 18 on personal accounts.", Rule(subject: [.staff], modality: .mustNot, action: .befriend, audience: [.exPupils], age: F.underAge(18), context: [.personalAccount]))])]),
        ]
        let split = PolicyMerger(strategy: .strictest).merge(strictestAge)
        #expect(split.clauses.count == 2)
        let pupils = split.clauses.first { $0.topics == [TopicKey(subjectClass: .staff, action: .befriend, audience: .pupils)] }!
        #expect(pupils.proseSource == nil)
        #expect(pupils.clause.text == "Staff and governors must not befriend pupils on personal accounts.")
        #expect(pupils.clause.rule == Rule(subject: [.staff, .governors], modality: .mustNot, action: .befriend, audience: [.pupils], context: [.personalAccount]))
        let exPupils = split.clauses.first { $0 != pupils }!
        #expect(exPupils.proseSource == Provenance(document: "b", clause: "1.1"))
    }

    @Test func namesTheTrustAndTheSchoolByPlaceholder() {
        let documents = [Self.document("a", school: "Ash Primary School", sections: [("Rules", [("Everyone at Ash and in the Green Trust must report concerns to the headteacher.", Rule(subject: [.everyone], modality: .must, action: .report, audience: [.headteacher]))])])]
        let merged = PolicyMerger(strategy: .strictest, settings: MergeSettings(trust: "Green Trust")).merge(documents)
        #expect(merged.clauses[0].clause.text == "Everyone at {{school}} and in the {{trust}} must report concerns to the headteacher.")
        #expect(merged.document.school == "{{school}}")
        #expect(merged.document.trust == "Green Trust")
    }

    @Test func putsClausesInTheSectionMostSourcesUse() {
        let sections = result.document.sections
        #expect(sections.map(\.heading) == ["Safeguarding", "Images", "Parents"])
        #expect(sections.map(\.id) == ["1", "2", "3"])
        #expect(sections[0].clauses.map(\.id) == ["1.1"])
        #expect(sections[2].clauses[0].rule.action == .postImages)
    }

    @Test func notesHowManySchoolsCoverATopic() {
        let comments = result.comments
        #expect(comments[.item(0, 0)] == [" topic staff/report/leaders"])
        #expect(comments[.item(1, 0)] == [" topic staff/tag/pupils; covered by 1 of 2 schools"])
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
