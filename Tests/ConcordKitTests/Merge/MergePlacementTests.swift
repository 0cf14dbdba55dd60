import Testing
@testable import ConcordKit

/// Where a merged clause goes and how it reads there: a setting its
/// school's heading gave it is given by the merged policy's heading too, a
/// sanction goes where the party it falls on is named, and a clause whose
/// position no heading of the outline gives is marked for review, its
/// sentence kept as the school wrote it.
@Suite struct MergePlacementTests {
    static func read(_ name: String, _ text: String) -> PolicyDocument {
        PolicyReader().read(SourceText(name: name, text: text)).document
    }

    static let oak = read("oak", """
        Oak Primary School
        Social Media Policy

        Managing school accounts

        Check with a senior leader before publishing content that may have controversial implications for the school.

        Pupils

        Failure to follow this guidance will result in a ban for the pupil.

        Personal use of social media during work time

        Staff must not use their own phones.
        """)

    static let elm = read("elm", """
        Elm Primary School
        Social Media Policy

        Parents

        Parents should not post photos of pupils from school events.

        Breaches

        Any breach of this policy will lead to action being taken.
        """)

    let result = PolicyMerger(strategy: .strictest).merge([oak, elm])

    func placed(_ action: Action) -> (clause: MergedClause, heading: String?) {
        let merged = result.clauses.first { $0.clause.rule.action == action }!
        return (merged, result.document.sections.first { $0.id == merged.clause.section }?.heading)
    }

    @Test func readsTheSourcesAsTheseTestsNeedThem() {
        #expect(Self.oak.clauses.map(\.rule.context) == [[.schoolAccount], [], [.personalAccount, .workTime]])
        #expect(Self.elm.clauses.last?.rule.audience == [.parents])
    }

    @Test func keepsTheSettingItsSchoolsHeadingGaveUnderAHeadingThatGivesIt() {
        let (merged, heading) = placed(.seekConsent)
        #expect(heading == "School social media accounts")
        #expect(merged.clause.rule.context == [.schoolAccount])
        #expect(merged.review == nil)
    }

    @Test func putsASanctionInTheSectionOfWhomItFallsOn() {
        let sanctions = result.clauses.filter { $0.clause.rule.action == .takeAction }
        let headings = sanctions.map { merged in result.document.sections.first { $0.id == merged.clause.section }?.heading }
        #expect(sanctions.map(\.clause.rule.audience) == [[.pupils], [.parents]])
        #expect(headings == ["Pupils", "Parents and carers"])
        #expect(sanctions.allSatisfy { $0.review == nil })
    }

    @Test func marksASettingNoHeadingGivesAndKeepsTheSentence() {
        let (merged, heading) = placed(.usePersonalDevice)
        #expect(heading == "Staff's personal use of social media")
        #expect(merged.clause.text == "Staff must not use their own phones.")
        #expect(merged.review == "under 'Staff's personal use of social media', the sentence reads as 'staff must-not use-personal-device on personal-account', not 'staff must-not use-personal-device on personal-account, work-time', which its school's heading 'Personal use of social media during work time' gave it and no heading here does; check that it states the chosen position")
    }

    @Test func readsBackAsTheChosenPositionsWhereNotMarked() {
        let rendered = PolicyRenderer(format: .txt).render(PlaceholderFiller(values: ["school": "Ash Primary School"]).fill(result.document).document)
        let reread = Self.read("rendered", rendered)
        for merged in result.clauses where merged.review == nil {
            let found = reread.clauses.contains { clause in
                clause.text == merged.clause.text && Position(clause.rule, on: merged.topics[0]).agrees(with: Position(merged.clause.rule, on: merged.topics[0]))
            }
            #expect(found, "clause \(merged.clause.id) '\(merged.clause.text)'")
        }
    }
}
