import Testing
@testable import ConcordKit

@Suite struct HistoryDifferTests {
    let rows = [
        HistoryEntry(version: "1.8", date: "September 2023", purpose: "Policy reviewed", lead: "Stephanie Tillman", line: 17),
        HistoryEntry(version: "1.9", date: "September 2024", purpose: "Policy reviewed", lead: "Stephanie Tillman", line: 18),
        HistoryEntry(version: "1.9", date: "September 2025", purpose: "Policy reviewed", lead: "Stephanie Tillman", line: 19),
    ]

    @Test func sameRowsOnOtherLinesAreNoChange() {
        let moved = rows.map { var row = $0; row.line = (row.line ?? 0) + 5; return row }
        #expect(HistoryDiffer().diff(rows, moved).isEmpty)
    }

    @Test func addedRemovedAndChangedRows() {
        var new = Array(rows.dropFirst())
        new[1].version = "2.0"
        new.append(HistoryEntry(version: "2.1", date: "September 2026", purpose: "Policy reviewed"))
        let changes = HistoryDiffer().diff(rows, new)
        #expect(changes.map(\.kind) == [.historyRemoved, .historyChanged, .historyAdded])
        #expect(changes[1].oldEntry?.version == "1.9" && changes[1].newEntry?.version == "2.0")
        #expect(changes[2].newEntry?.version == "2.1")
    }
}
