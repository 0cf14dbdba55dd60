import ConcordKit
import FoundationEssentials

/// The edits the generator makes to a real line: the first modal verb
/// swapped for a weaker or stronger one, the first age threshold changed,
/// a few words reworded. Each returns nil when the line has nothing to edit.
enum PerturbationRules {
    static let modalSwaps: [(String, String)] = [
        (" must not ", " should not "), (" should not ", " must not "), (" must never ", " should never "),
        (" should never ", " must never "), (" must ", " should "), (" should ", " must "),
        (" may not ", " should not "), (" may ", " must "), (" are not permitted to ", " are advised not to "),
        (" are encouraged to ", " are required to "), (" will ", " may "),
    ]

    static let agePairs: [String: String] = ["13": "16", "16": "18", "18": "16", "11": "13"]

    static let rewordings: [(String, String)] = [
        (" social media ", " social networking "), (" social networking ", " social media "),
        (" the school ", " our school "), (" the School ", " this School "), (" use ", " make use of "),
        (" staff ", " members of staff "), (" pupils ", " children "), (" children ", " pupils "),
        (" and ", " as well as "), (" any ", " all "),
    ]

    static func changeModality(_ line: String) -> String? {
        firstReplacement(in: line, of: modalSwaps)
    }

    static func reword(_ line: String) -> String? {
        firstReplacement(in: line, of: rewordings)
    }

    /// The first standalone age number (11, 13, 16 or 18) moved to another.
    static func changeAge(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        var index = 0
        while index + 1 < bytes.count {
            let isStart = index == 0 || !isDigit(bytes[index - 1])
            let isEnd = index + 2 == bytes.count || !isDigit(bytes[index + 2])
            if isStart, isEnd, isDigit(bytes[index]), isDigit(bytes[index + 1]) {
                let number = String(decoding: bytes[index..<index + 2], as: UTF8.self)
                if let replacement = agePairs[number] {
                    return String(decoding: bytes[..<index], as: UTF8.self) + replacement
                        + String(decoding: bytes[(index + 2)...], as: UTF8.self)
                }
            }
            index += 1
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func firstReplacement(in line: String, of pairs: [(String, String)]) -> String? {
        // Searched as bytes: the standard library's `firstRange(of:)` builds
        // a character searcher on every call, and took most of generating.
        let bytes = Array(line.utf8)
        for (from, to) in pairs {
            let target = Array(from.utf8)
            guard !target.isEmpty, target.count <= bytes.count else { continue }
            for start in 0...(bytes.count - target.count) where bytes[start] == target[0] && bytes[start..<start + target.count].elementsEqual(target) {
                return String(decoding: bytes[..<start], as: UTF8.self) + to + String(decoding: bytes[(start + target.count)...], as: UTF8.self)
            }
        }
        return nil
    }
}
