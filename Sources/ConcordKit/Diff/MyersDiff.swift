/// Eugene Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm
/// and Its Variations", 1986): the shortest edit script turning `a` into
/// `b`, found by extending the furthest-reaching path on each diagonal `k`
/// for edit distances `d = 0, 1, …` and then walking the saved frontiers
/// back. Time O((N+M)·D), space O(D²) beyond a common prefix and suffix,
/// which are stripped first. Past `maximumDistance` edits the search gives
/// up and the middle is written as deleted and inserted whole, so that a
/// pathological input cannot take quadratic memory.
public enum MyersDiff {
    public static let maximumDistance = 1000

    public enum Edit: Hashable, Sendable {
        /// `a[first]` equals `b[second]`.
        case equal(Int, Int)
        /// `a[index]` is not in `b`.
        case delete(Int)
        /// `b[index]` is not in `a`.
        case insert(Int)
    }

    /// The edit script, in order: every index of `a` appears once as
    /// `equal` or `delete`, every index of `b` once as `equal` or `insert`.
    public static func edits<Element: Equatable>(_ a: [Element], _ b: [Element]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
        {
            suffix += 1
        }
        var script: [Edit] = (0..<prefix).map { .equal($0, $0) }
        let middleA = a[prefix..<(a.count - suffix)], middleB = b[prefix..<(b.count - suffix)]
        script += middle(Array(middleA), Array(middleB), offsetA: prefix, offsetB: prefix)
        for index in 0..<suffix {
            script.append(.equal(a.count - suffix + index, b.count - suffix + index))
        }
        return script
    }

    /// The shortest edit script of two sequences with no common prefix or
    /// suffix, indices shifted by the given offsets.
    private static func middle<Element: Equatable>(_ a: [Element], _ b: [Element], offsetA: Int, offsetB: Int) -> [Edit] {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { .insert(offsetB + $0) } }
        if m == 0 { return (0..<n).map { .delete(offsetA + $0) } }
        let max = n + m
        let origin = max + 1
        var frontier = [Int](repeating: 0, count: 2 * max + 3)
        // trace[d] is the frontier before round d, for diagonals -d...d.
        var trace: [[Int]] = []
        var distance = 0
        var found = false
        search: for d in 0...min(max, maximumDistance) {
            trace.append(Array(frontier[(origin - d - 1)...(origin + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[origin + k - 1] < frontier[origin + k + 1]) {
                    x = frontier[origin + k + 1]
                } else {
                    x = frontier[origin + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                frontier[origin + k] = x
                if x >= n, y >= m {
                    distance = d
                    found = true
                    break search
                }
            }
        }
        guard found else {
            return (0..<n).map { .delete(offsetA + $0) } + (0..<m).map { .insert(offsetB + $0) }
        }
        // Walk back from (n, m) through the saved frontiers.
        var reversed: [Edit] = []
        var x = n, y = m
        for d in stride(from: distance, through: 0, by: -1) {
            let saved = trace[d]
            // saved[i] holds diagonal i - d - 1.
            func at(_ k: Int) -> Int { saved[k + d + 1] }
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                reversed.append(.equal(offsetA + x - 1, offsetB + y - 1))
                x -= 1
                y -= 1
            }
            if d > 0 {
                if x == previousX {
                    reversed.append(.insert(offsetB + y - 1))
                } else {
                    reversed.append(.delete(offsetA + x - 1))
                }
                x = previousX
                y = previousY
            }
        }
        return reversed.reversed()
    }
}
