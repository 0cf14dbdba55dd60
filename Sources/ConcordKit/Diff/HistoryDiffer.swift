/// Compares two version tables row by row: a Myers difference over rows
/// (equal when version, date, purpose and lead are; source lines do not
/// count), then, within each changed stretch, a removed and an added row
/// with the same version or the same date are one changed row.
struct HistoryDiffer {
    func diff(_ old: [HistoryEntry], _ new: [HistoryEntry]) -> [DocumentChange] {
        let oldRows = old.map(Row.init), newRows = new.map(Row.init)
        var changes: [DocumentChange] = []
        var removed: [Int] = [], added: [Int] = []
        func flush() {
            var unmatched = added
            for index in removed {
                if let match = unmatched.firstIndex(where: { oldRows[index].resembles(newRows[$0]) }) {
                    changes.append(DocumentChange(kind: .historyChanged, oldEntry: old[index], newEntry: new[unmatched[match]]))
                    unmatched.remove(at: match)
                } else {
                    changes.append(DocumentChange(kind: .historyRemoved, oldEntry: old[index]))
                }
            }
            for index in unmatched { changes.append(DocumentChange(kind: .historyAdded, newEntry: new[index])) }
            removed.removeAll()
            added.removeAll()
        }
        for edit in MyersDiff.edits(oldRows, newRows) {
            switch edit {
            case .equal: flush()
            case .delete(let index): removed.append(index)
            case .insert(let index): added.append(index)
            }
        }
        flush()
        return changes
    }

    private struct Row: Equatable {
        var version: String
        var date: String?
        var purpose: String?
        var lead: String?

        init(_ entry: HistoryEntry) {
            version = entry.version
            date = entry.date
            purpose = entry.purpose
            lead = entry.lead
        }

        func resembles(_ other: Row) -> Bool {
            version == other.version || (date != nil && date == other.date)
        }
    }
}
