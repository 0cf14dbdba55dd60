import Testing
@testable import ConcordKit

@Suite struct MergeReportWriterTests {
    @Test func givesEachTopicsChoiceAlternativesAndReason() {
        let result = PolicyMerger(strategy: .strictest).merge(MergeStrategyTests.schools + [
            CompareFixture.school("delta", [("Parents must not post images of pupils.", Rule(subject: [.parents], modality: .mustNot, action: .postImages, audience: [.pupils]))]),
        ])
        var out = ""
        MergeReportWriter.write(result, to: &out)
        #expect(out.hasPrefix("""
            # Merge report: Social Media Policy

            Strategy: `strictest`. 4 sources, 2 topics, 2 merged clauses: 2 in a school's own words, 0 edited and marked, 0 marked for review as written; 0 sentences left to place.

            ## Needs the author

            ### Clauses marked for review (0)

            None.

            ### Positions settled by the strategy (1, 0 of them conflicts)

            """))
        #expect(out.contains("| Source | School | To read by eye |\n|---|---|---|\n| alpha | alpha School | 0 |\n"))
        #expect(out.contains("""
            ### Staff befriending ex-pupils (`staff/befriend/ex-pupils`)

            - Merged clause: 1.1, the words of beta A.1
            - Chosen: **must not, under 16 (ex-pupils), on personal-account**, held by beta (A.1)
            - Alternative: should not, on personal-account, held by alpha (A.1), gamma (A.1)
            - Not covered by: delta (covered by 3 of 4)
            - Why: the strictest of 2 positions

            """))
        #expect(out.contains("- Why: every school that covers it agrees\n"))
    }

    @Test func countsWhatIsLeftToReadByEyeInEachSource() {
        let schools = MergeStrategyTests.schools
        let result = PolicyMerger(strategy: .strictest).merge([
            CompareFixture.noted(schools[0], [.guessedSubject, .noClause, .guessedSubject]), schools[1],
            CompareFixture.noted(schools[2], [.uncertainPolarity]),
        ])
        #expect(result.unread.map(\.total) == [3, 0, 1])
        var out = ""
        MergeReportWriter.write(result, to: &out)
        #expect(out.contains("""
            | Source | School | To read by eye |
            |---|---|---|
            | alpha | alpha School | 3 (1 no clause, 2 party assumed) |
            | beta | beta School | 0 |
            | gamma | gamma School | 1 (1 polarity uncertain) |

            To read by eye: what the extractor did not fully understand in each source; `concord extract FILE --unread` lists it.

            """))
        var none = ""
        MergeReportWriter.write(PolicyMerger(strategy: .strictest).merge(schools), to: &none)
        #expect(none.contains("| gamma | gamma School | 0 |\n\nTo read by eye: what the extractor did not fully understand in each source.\n\n## "))
    }
}
