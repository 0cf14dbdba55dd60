import Testing
@testable import ConcordKit

@Suite struct PolicyDifferTests {
    typealias S = DiffTestSupport

    /// The one change holding the clause whose text starts with `prefix`.
    func change(_ diff: PolicyDiff, _ prefix: String) -> ClauseChange? {
        let found = diff.changes.filter { change in
            (change.new + change.old).contains { $0.text.hasPrefix(prefix) }
        }
        #expect(found.count == 1, "\(prefix): \(found.count) changes")
        return found.first
    }

    /// Every clause of both documents is in exactly one change.
    func expectEachClauseOnce(_ diff: PolicyDiff) {
        let old = diff.changes.flatMap { $0.old.map(\.id) }
        let new = diff.changes.flatMap { $0.new.map(\.id) }
        #expect(old.sorted() == diff.old.clauses.map(\.id).sorted())
        #expect(new.sorted() == diff.new.clauses.map(\.id).sorted())
    }

    @Test func aDocumentAgainstItselfIsAllUnchanged() {
        let diff = PolicyDiffer().diff(S.base, S.base)
        #expect(diff.isSame)
        #expect(diff.changes.count == S.base.clauses.count)
        #expect(diff.changes.allSatisfy { $0.kinds == [.unchanged] && $0.redline.isEmpty && $0.notes.isEmpty })
        #expect(diff.document.isEmpty)
        #expect(diff.summary.line == "7 unchanged")
    }

    @Test func renumberedReorderedAndRewrappedClausesPairUnchanged() {
        let new = S.document("v2", [
            ("1", "Preface", []),
            ("3", "C. Comments posted by parents", [S.complaints, S.parentImages]),
            ("2", "B. Use of social networking by staff", [
                S.lessons, ("4.2. " + S.privacy.0.replacingOccurrences(of: " the ", with: "\n the "), S.privacy.1),
                S.befriendParents, S.befriendPupils, S.report,
            ]),
        ])
        let diff = PolicyDiffer().diff(S.base, new)
        expectEachClauseOnce(diff)
        let kinds = diff.changes.map { $0.kinds }
        #expect(kinds.allSatisfy { $0 == [.unchanged] }, "\(kinds)")
        // The headings: one added, and the two renumbered (one of them now
        // comes first, so the other moved); renumbering is a change.
        #expect(diff.prose.map(\.kinds) == [[.added], [.renumbered], [.renumbered, .moved]])
        #expect(!diff.isSame)
    }

    @Test func eachKindOfChangeIsFoundOnce() {
        var pupils = S.befriendPupils
        pupils.0 = pupils.0.replacingOccurrences(of: "16", with: "18")
        pupils.1.age?.years = 18
        var parents = S.befriendParents
        parents.0 = "Staff must not add parents as 'friends' into their personal accounts."
        parents.1.modality = .mustNot
        var privacy = S.privacy
        privacy.0 = "Staff should regularly review and adjust their privacy settings so that they have the appropriate level of privacy."
        var lessons = S.lessons
        lessons.0 = lessons.0.replacingOccurrences(of: "must not", with: "should not")
        lessons.1.modality = .shouldNot
        var images = S.parentImages
        images.0 = images.0.replacingOccurrences(of: "Parents must", with: "Parents and visitors must")
        images.1.subject = [.parents, .visitors]
        let tagging = ("Parents must not tag other pupils in photographs.", S.rule([.parents], .mustNot, .tag, audience: [.pupils]))
        let new = S.document("v2", [
            ("A", "Use of social networking by staff", [pupils, parents, privacy, lessons]),
            ("B", "Comments posted by parents", [images, tagging, S.report]),
        ])
        // Removed: complaints. Moved: report (A → B).
        let diff = PolicyDiffer().diff(S.base, new)
        expectEachClauseOnce(diff)
        #expect(change(diff, "Staff must never")?.kinds == [.thresholdChanged])
        #expect(change(diff, "Staff must not add parents")?.kinds == [.tightened])
        #expect(change(diff, "Staff should regularly")?.kinds == [.reworded])
        #expect(change(diff, "Staff should not use")?.kinds == [.loosened])
        #expect(change(diff, "Parents and visitors")?.kinds == [.scopeChanged])
        #expect(change(diff, "Parents must not tag")?.kinds == [.added])
        #expect(change(diff, "Parents should make")?.kinds == [.removed])
        #expect(change(diff, "Inappropriate use")?.kinds == [.moved])
        #expect(change(diff, "Staff should regularly")?.redline.segments.contains(.init(.insert, "regularly")) == true)
        #expect(change(diff, "Staff must not add parents")?.notes == ["should-not → must-not"])
        let summary = diff.summary
        #expect(summary.clauses[.unchanged] == 0)
        #expect(ChangeKind.allCases.filter { ![.unchanged, .split, .merged, .reversed].contains($0) }.allSatisfy { summary.clauses[$0] == 1 })
        #expect(!diff.isSame)
    }

    @Test func aClauseSplitInTwoIsOneSplit() {
        let whole = ("Staff must not post comments about the school, pupils, parents or colleagues including members of the Governing Body.",
                     S.rule([.staff], .mustNot, .postComments, audience: [.pupils, .parents, .staff, .governors]))
        let first = ("Staff must not post comments about the school or its pupils.", S.rule([.staff], .mustNot, .postComments, audience: [.pupils]))
        let second = ("Staff must not post comments about parents or colleagues including members of the Governing Body.",
                      S.rule([.staff], .mustNot, .postComments, audience: [.parents, .staff, .governors]))
        let old = S.document("v1", [("A", "Staff", [S.privacy, whole, S.lessons])])
        let new = S.document("v2", [("A", "Staff", [S.privacy, first, second, S.lessons])])
        let diff = PolicyDiffer().diff(old, new)
        expectEachClauseOnce(diff)
        let split = diff.changes.filter { $0.kinds.contains(.split) }
        #expect(split.count == 1)
        #expect(split.first?.kinds == [.split])
        #expect(split.first?.old.map(\.id) == ["A.2"])
        #expect(split.first?.new.map(\.id) == ["A.2", "A.3"])
        #expect(diff.summary.clauses[.added] == 0 && diff.summary.clauses[.removed] == 0)

        let merged = PolicyDiffer().diff(new, old)
        expectEachClauseOnce(merged)
        let merges = merged.changes.filter { $0.kinds.contains(.merged) }
        #expect(merges.count == 1 && merges.first?.old.count == 2 && merges.first?.new.count == 1)
        #expect(merged.summary.clauses[.added] == 0 && merged.summary.clauses[.removed] == 0)
    }

    @Test func aReworkedRuleWithOtherWordsStillPairsByRule() {
        var parents = S.befriendParents
        parents.0 = "Staff and Governors are discouraged from adding parents as friends on their personal accounts."
        parents.1.subject = [.staff]
        let old = S.document("v1", [("A", "Staff", [S.befriendParents, S.privacy])])
        let new = S.document("v2", [("A", "Staff", [parents, S.privacy])])
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.changes.count == 2)
        #expect(diff.changes.first?.kinds == [.reworded])
    }

    @Test func aChangedNumberTheExtractorMissedIsAThreshold() {
        let rule = S.rule([.staff], .must, .report, audience: [.headteacher])
        let old = S.document("v1", [("A", "Staff", [("Staff must report concerns within 24 hours.", rule)])])
        let new = S.document("v2", [("A", "Staff", [("Staff must report concerns within 48 hours.", rule)])])
        let change = PolicyDiffer().diff(old, new).changes.first
        #expect(change?.kinds == [.thresholdChanged])
        #expect(change?.notes == ["number: 24 → 48"])
        let worded = S.document("v3", [("A", "Staff", [("Staff must promptly report concerns within 48 hours.", rule)])])
        #expect(PolicyDiffer().diff(old, worded).changes.first?.kinds == [.thresholdChanged])
        let year = S.document("v4", [("A", "Staff", [("Staff must report concerns within 24 hours (GDPR 2018).", rule)])])
        let nextYear = S.document("v5", [("A", "Staff", [("Staff must report concerns within 24 hours (GDPR 2024).", rule)])])
        #expect(PolicyDiffer().diff(year, nextYear).changes.first?.kinds == [.reworded])
    }

    @Test func aRepeatedTextPairsWithinItsSection() {
        let old = S.document("v1", [("A", "Staff", [S.lessons, S.privacy]), ("B", "Parents", [S.complaints, S.lessons])])
        let new = S.document("v2", [("A", "Staff", [S.privacy]), ("B", "Parents", [S.complaints, S.lessons])])
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.changes.map(\.kinds) == [[.removed], [.unchanged], [.unchanged], [.unchanged]])
        #expect(diff.changes.first?.old.first?.id == "A.1")
    }

    @Test func unrelatedClausesDoNotPair() {
        let old = S.document("v1", [("A", "Staff", [S.privacy])])
        let new = S.document("v2", [("A", "Staff", [S.complaints])])
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.changes.map(\.kinds) == [[.removed], [.added]] || diff.changes.map(\.kinds) == [[.added], [.removed]])
    }

    @Test func removedClausesStayWhereTheyWere() {
        let old = S.document("v1", [("A", "Staff", [S.befriendPupils, S.befriendParents, S.privacy])])
        let new = S.document("v2", [("A", "Staff", [S.befriendPupils, S.privacy])])
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.changes.map(\.kinds) == [[.unchanged], [.removed], [.unchanged]])
    }

    @Test func titleSchoolAndHistoryChangesAreReported() {
        let entry = HistoryEntry(version: "1.9", date: "September 2025", purpose: "Policy reviewed", lead: "S. Tillman", line: 10)
        var old = S.base
        old.history = [entry]
        var new = S.base
        new.title = "Social Media and Online Safety Policy"
        var moved = entry
        moved.line = 12
        new.history = [moved, HistoryEntry(version: "2.0", date: "September 2026", purpose: "Policy reviewed", lead: "S. Tillman")]
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.document.map(\.kind) == [.titleChanged, .historyAdded])
        #expect(diff.document.last?.newEntry?.version == "2.0")
        #expect(!diff.isSame)
        #expect(diff.summary.line == "7 unchanged, 1 title-changed, 1 history-added")
    }

    @Test func manyClausesDiffWithoutComparingAllPairs() {
        let actions: [Action] = [.befriend, .contact, .postImages, .postComments, .report, .train, .monitor, .comply]
        func clause(_ index: Int, _ variant: String) -> (String, Rule) {
            ("Rule \(index) says staff \(variant) handle item\(index) and topic\(index % 97) with care code\(index * 7919 % 10007).",
             S.rule([.staff], index % 3 == 0 ? .must : .should, actions[index % actions.count]))
        }
        let count = 3000
        let old = S.document("v1", [("A", "All", (0..<count).map { clause($0, "must") })])
        let new = S.document("v2", [("A", "All", (0..<count).map { $0 % 10 == 0 ? clause($0, "should always") : clause($0, "must") }.reversed())])
        let diff = PolicyDiffer().diff(old, new)
        #expect(diff.changes.count == count)
        #expect(diff.summary.clauses[.reworded] == count / 10)
        #expect(diff.summary.clauses[.unchanged] == count - count / 10)
    }
}
