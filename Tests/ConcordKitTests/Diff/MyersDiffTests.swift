import Testing
@testable import ConcordKit

@Suite struct MyersDiffTests {
    /// The length of a longest common subsequence, by dynamic programming.
    static func lcs(_ a: [Character], _ b: [Character]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }

    @Test(arguments: [
        ("", ""), ("abc", ""), ("", "abc"), ("abc", "abc"), ("ABCABBA", "CBABAC"),
        ("kitten", "sitting"), ("abcdef", "fedcba"), ("aaaa", "aa"), ("xaxbxc", "abc"),
    ])
    func scriptIsShortestAndComplete(_ pair: (String, String)) {
        let a = Array(pair.0), b = Array(pair.1)
        let edits = MyersDiff.edits(a, b)
        var rebuiltA: [Character] = [], rebuiltB: [Character] = []
        var equal = 0
        for edit in edits {
            switch edit {
            case .equal(let i, let j):
                #expect(a[i] == b[j])
                rebuiltA.append(a[i]); rebuiltB.append(b[j]); equal += 1
            case .delete(let i): rebuiltA.append(a[i])
            case .insert(let j): rebuiltB.append(b[j])
            }
        }
        #expect(rebuiltA == a)
        #expect(rebuiltB == b)
        #expect(equal == Self.lcs(a, b))
    }

    @Test func randomSequencesGiveMinimalScripts() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...12, using: &generator)).map { _ in "abc".randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...12, using: &generator)).map { _ in "abc".randomElement(using: &generator)! }
            let equal = MyersDiff.edits(a, b).filter { if case .equal = $0 { return true } else { return false } }.count
            #expect(equal == Self.lcs(a, b), "\(String(a)) / \(String(b))")
        }
    }

    @Test func veryDifferentLongInputsStayBounded() {
        let a = (0..<3000).map { $0 * 2 }, b = (0..<3000).map { $0 * 2 + 1 }
        let edits = MyersDiff.edits(a, b)
        #expect(edits.count == 6000)
        #expect(edits.allSatisfy { if case .equal = $0 { return false } else { return true } })
    }
}
