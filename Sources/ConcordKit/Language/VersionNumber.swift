/// A version as written in a history row ("1.9", "v2", "2.0.1"), compared
/// by its numeric components.
struct VersionNumber: Comparable {
    var components: [Int]

    /// Nil when the version has no number to compare ("draft").
    init?(_ text: String) {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") { bytes = bytes.dropFirst() }
        var components: [Int] = []
        var current: Int?
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                current = min((current ?? 0) * 10 + Int(byte - 48), 1_000_000)
            } else if byte == UInt8(ascii: ".") {
                guard let value = current else { return nil }
                components.append(value)
                current = nil
            } else {
                return nil
            }
        }
        guard let last = current else { return nil }
        components.append(last)
        self.components = components
    }

    /// Equal when no component differs: "2" == "2.0".
    static func == (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }

    static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        for index in 0..<max(lhs.components.count, rhs.components.count) {
            let left = index < lhs.components.count ? lhs.components[index] : 0
            let right = index < rhs.components.count ? rhs.components[index] : 0
            if left != right { return left < right }
        }
        return false
    }
}

/// A history date as written ("June 2015", "2024-09", "2018", "01/09/2020"),
/// reduced to year and month for ordering.
struct HistoryDate: Comparable {
    var year: Int
    var month: Int

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    init?(_ text: String) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "." || $0 == "," })
        var year: Int?
        var month = 0
        var numbers: [Int] = []
        for word in words {
            if let number = Int(word) {
                if number >= 1900 && number < 2200 { year = number } else { numbers.append(number) }
            } else if let index = Self.months.firstIndex(where: { word.hasPrefix($0) }) {
                month = index + 1
            }
        }
        guard let year else { return nil }
        if month == 0, let last = numbers.last, last >= 1, last <= 12 { month = last }
        self.year = year
        self.month = month
    }

    static func < (lhs: HistoryDate, rhs: HistoryDate) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
