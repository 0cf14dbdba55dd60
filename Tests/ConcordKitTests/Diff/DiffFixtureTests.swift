import Testing
@testable import ConcordKit

/// The planted changes of each revision pair are found, each once. These
/// read the fixtures through the extractor, so they check kinds that do not
/// hang on its finer details.
@Suite struct DiffFixtureTests {
    func kinds(_ diff: PolicyDiff, _ prefix: String) -> [ChangeKind]? {
        let found = diff.changes.filter { ($0.new + $0.old).contains { $0.text.hasPrefix(prefix) } }
        #expect(found.count == 1, "\(prefix): \(found.count) changes")
        return found.first?.kinds
    }

    @Test(arguments: DiffFixtures.pairs)
    func aVersionAgainstItselfIsUnchanged(_ pair: String) throws {
        let (old, new) = try DiffFixtures.documents(pair)
        for document in [old, new] {
            let diff = PolicyDiffer().diff(document, document)
            #expect(diff.isSame)
            #expect(diff.changes.allSatisfy { $0.kinds == [.unchanged] })
            #expect(diff.changes.count == document.clauses.count)
        }
    }

    @Test(arguments: DiffFixtures.pairs)
    func everyClauseIsReportedOnce(_ pair: String) throws {
        let diff = try DiffFixtures.diff(pair)
        let old = diff.changes.flatMap { $0.old.map(\.id) }, new = diff.changes.flatMap { $0.new.map(\.id) }
        #expect(old.sorted() == diff.old.clauses.map(\.id).sorted())
        #expect(new.sorted() == diff.new.clauses.map(\.id).sorted())
    }

    @Test func todwick() throws {
        let diff = try DiffFixtures.diff("todwick")
        #expect(kinds(diff, "Staff must not use their own personal twitter account to retweet")?.contains(.tightened) == true)
        #expect(kinds(diff, "Staff should not use social networking sites within lesson")?.contains(.loosened) == true)
        #expect(kinds(diff, "Parents and visitors must not")?.contains(.scopeChanged) == true)
        #expect(kinds(diff, "Staff should regularly review") == [.reworded])
        #expect(kinds(diff, "Parents must not tag") == [.added])
        #expect(kinds(diff, "Staff must not use their own personal twitter account to follow") == [.removed])
        #expect(kinds(diff, "Staff must not post comments about the school or its pupils")?.contains(.split) == true)
        #expect(kinds(diff, "Inappropriate use by staff")?.contains(.moved) == true)
        #expect(!diff.isSame)
    }

    @Test func kingsthorpe() throws {
        let diff = try DiffFixtures.diff("kingsthorpe")
        #expect(kinds(diff, "Staff and Governors must never add pupils") == [.thresholdChanged])
        #expect(kinds(diff, "Pupils must hand any mobile phone") == [.added])
        #expect(diff.document.map(\.kind) == [.historyAdded])
        #expect(diff.document.first?.newEntry?.version == "2.0")
        // Renumbered sections, a section moved after another and re-wrapped
        // bullets change nothing else.
        #expect(diff.changes.filter { !$0.isUnchanged }.count == 2)
    }

    @Test func learnToLive() throws {
        let diff = try DiffFixtures.diff("learn-to-live")
        #expect(diff.document.map(\.kind) == [.titleChanged])
        #expect(kinds(diff, "Staff should engage with direct messaging")?.contains(.reversed) == true)
        #expect(diff.changes.contains { $0.kinds.contains(.merged) && $0.old.count == 2 })
    }

    @Test func ashtonVale() throws {
        let diff = try DiffFixtures.diff("ashton-vale")
        #expect(kinds(diff, "No member of staff should interact with any ex-pupil") == [.thresholdChanged])
        #expect(kinds(diff, "No member of staff must interact")?.contains(.tightened) == true)
        // Moved out of the pupils' guidance, where "we" are the pupils.
        #expect(kinds(diff, "We have a zero tolerance") == [.scopeChanged, .moved])
        #expect(kinds(diff, "Always use a professional") == [.reworded])
        #expect(kinds(diff, "Don’t publish confidential") == [.removed])
        #expect(kinds(diff, "Don’t share pupils’ personal details") == [.added])
        #expect(kinds(diff, "Use of social networking applications in work time")?.contains(.scopeChanged) == true)
        // The sections "Handling abuse" and "Tone" swapped places: nothing moved.
        #expect(diff.changes.filter { $0.kinds.contains(.moved) }.count == 1)
    }
}
