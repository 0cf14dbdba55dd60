import Testing
@testable import ConcordKit

@Suite struct PolicyReleaseTests {
    static func policy(_ modality: Modality, extra: Bool = false, history: [String] = ["1.9"]) -> PolicyDocument {
        var items: [Section.Item] = [.clause(Clause(id: "1.1", text: "Staff \(modality.phrase) befriend pupils.", line: 0, section: "1",
                                                    rule: Rule(subject: [.staff], modality: modality, action: .befriend, audience: [.pupils])))]
        if extra {
            items.append(.clause(Clause(id: "1.2", text: "Staff must report concerns to the headteacher.", line: 0, section: "1",
                                        rule: Rule(subject: [.staff], modality: .must, action: .report, audience: [.headteacher]))))
        }
        return PolicyDocument(
            name: "p", title: "Policy", history: history.map { HistoryEntry(version: $0, date: "2024-09", purpose: "Reviewed", lead: "A") },
            sections: [Section(id: "1", heading: "Staff", line: nil, items: items)])
    }

    @Test(arguments: [("1.9", "1.10"), ("1.10", "2.0"), ("1", "1.0.1"), ("v2", "2.1"), ("9", "10")])
    func comparesVersionsByComponent(lower: String, higher: String) {
        #expect(ReleaseVersion(lower)! < ReleaseVersion(higher)!)
        #expect(!(ReleaseVersion(higher)! < ReleaseVersion(lower)!))
    }

    @Test func readsVersionsFromHistoryFileNames() {
        #expect(ReleaseVersion(fileName: "1.10.policy")?.description == "1.10")
        #expect(ReleaseVersion(fileName: "notes.txt") == nil)
        #expect(ReleaseVersion("draft") == nil)
        #expect(ReleaseVersion("2") == ReleaseVersion("2.0"))
    }

    @Test func appendsAnEntrySummarizingTheClauseChanges() throws {
        let release = PolicyRelease(version: "1.10", purpose: "Annual review", lead: "B. Lead", date: "2025-09")
        let released = try release.apply(to: Self.policy(.mustNot, extra: true), previous: Self.policy(.shouldNot)).get()
        #expect(released.history.last == HistoryEntry(version: "1.10", date: "2025-09", purpose: "Annual review (1 tightened, 1 added)", lead: "B. Lead"))
        #expect(released.history.count == 2)
    }

    @Test func countsProseChangesToo() throws {
        let release = PolicyRelease(version: "1.10", purpose: "Annual review", lead: "B. Lead", date: "2025-09")
        var previous = Self.policy(.shouldNot)
        previous.sections[0].items.insert(.passage(Passage(kind: .paragraph, text: "This policy applies to all staff.", line: 0)), at: 0)
        var current = Self.policy(.mustNot)
        current.sections[0].heading = "Staff and volunteers"
        current.sections[0].items.insert(.passage(Passage(kind: .paragraph, text: "This policy applies to all staff and volunteers.", line: 0)), at: 0)
        let released = try release.apply(to: current, previous: previous).get()
        #expect(released.history.last?.purpose == "Annual review (1 tightened, 2 prose changes)")
        let proseOnly = try release.apply(to: current, previous: Self.policy(.mustNot)).get()
        #expect(proseOnly.history.last?.purpose == "Annual review (2 prose changes)")
    }

    @Test func saysSoWhenNoClauseChangedOrNothingWasKept() throws {
        let release = PolicyRelease(version: "2.0", purpose: "Reviewed", lead: "B")
        #expect(try release.apply(to: Self.policy(.must), previous: Self.policy(.must)).get().history.last?.purpose == "Reviewed (no clause changes)")
        #expect(try release.apply(to: Self.policy(.must), previous: nil).get().history.last?.purpose == "Reviewed (first kept release)")
    }

    @Test(arguments: ["1.9", "1.8", "1.09", "1.9.0"])
    func refusesAVersionThatDoesNotIncrease(version: String) {
        let release = PolicyRelease(version: version, purpose: "Reviewed", lead: "B")
        #expect(throws: ReleaseError.notIncreasing(version, latest: "1.9")) { try release.apply(to: Self.policy(.must), previous: nil).get() }
    }

    @Test func refusesAVersionBelowOneAlreadyReleased() {
        let release = PolicyRelease(version: "2.0", purpose: "Reviewed", lead: "B")
        #expect(throws: ReleaseError.notIncreasing("2.0", latest: "2.1")) {
            try release.apply(to: Self.policy(.must), previous: nil, released: ["1.9", "2.1"]).get()
        }
        #expect(throws: ReleaseError.notANumber("next")) {
            try PolicyRelease(version: "next", purpose: "R", lead: "B").apply(to: Self.policy(.must), previous: nil).get()
        }
    }

    @Test func comparesWithTheLatestReleaseBeforeIt() {
        let release = PolicyRelease(version: "1.10", purpose: "R", lead: "B")
        #expect(release.previous(among: ["1.2", "1.9", "1.8", "2.0"]) == "1.9")
        #expect(release.previous(among: []) == nil)
    }
}
