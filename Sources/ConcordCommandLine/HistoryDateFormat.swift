import FoundationEssentials

/// Today as a history date: "2025-09".
enum HistoryDateFormat {
    static func today() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month], from: Date())
        let month = parts.month ?? 1
        return "\(parts.year ?? 2000)-\(month < 10 ? "0" : "")\(month)"
    }
}
