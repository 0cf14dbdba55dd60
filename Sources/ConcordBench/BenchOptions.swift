/// What to measure and how hard: `--quick` for CI (small inputs, well
/// under 30 s), the full sizes of issue 7 otherwise.
struct BenchOptions {
    static let groups = ["extract", "docx", "policy", "diff", "compare", "merge"]

    var quick = false
    var json = false
    var seed: UInt64 = 7
    var corpus = "corpus"
    /// Word documents and their text, for the `.docx` reading row.
    var docx = "bench/docx"
    var keepFiles = false
    /// Write the extraction corpus to this folder and stop.
    var corpusOutput: String?
    var groups = Set(BenchOptions.groups)
    /// Timed runs of each measure (after a warm-up).
    var runs = 5
    /// Timed runs of the extraction sweep (long, so fewer; no warm-up).
    var extractRuns = 3
    var extractMegabytes = 50.0
    var policyMegabytes = 5.0
    var pairClauses = [500, 5000]
    var schoolCounts = [10, 100, 1000]
    var mergeCounts = [10, 100]

    static let usage = """
        usage: concord-bench [--quick] [--json] [--only extract,docx,policy,diff,compare,merge]
                             [--runs N] [--extract-mb MB] [--seed N] [--corpus DIR] [--keep]
                             [--write-corpus DIR] [--docx DIR]

        Generates a seeded corpus from the policies in --corpus (default: corpus)
        and measures extraction, reading .docx against its text (the pairs in
        --docx, default: bench/docx), .policy parse and print, diff, compare and merge,
        each the median of several runs with min and max, against git diff and
        diff -u where they are installed. Run it from the package root:

          swift run -c release concord-bench            # the full sizes (a few minutes)
          swift run -c release concord-bench --quick    # CI: small sizes, under 30 s

        --write-corpus DIR writes the generated extraction corpus (--extract-mb of
        .txt files) to DIR and stops, to profile `concord extract DIR` on it.

        """

    enum Failure: Error {
        case usage(String)
    }

    init(_ arguments: [String]) throws {
        var index = 0
        func value(_ name: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw Failure.usage("\(name) needs a value") }
            return arguments[index]
        }
        var runs: Int?, extract: Double?
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--quick": quick = true
            case "--json": json = true
            case "--keep": keepFiles = true
            case "--seed": seed = try UInt64(value(argument)).orThrow("--seed needs a whole number")
            case "--corpus": corpus = try value(argument)
            case "--docx": docx = try value(argument)
            case "--write-corpus": corpusOutput = try value(argument)
            case "--runs": runs = try Int(value(argument)).flatMap { $0 > 0 ? $0 : nil }.orThrow("--runs needs a number above 0")
            case "--extract-mb": extract = try Double(value(argument)).flatMap { $0 > 0 ? $0 : nil }.orThrow("--extract-mb needs a number above 0")
            case "--only":
                groups = Set(try value(argument).split(separator: ",").map(String.init))
                if let unknown = groups.first(where: { !Self.groups.contains($0) }) {
                    throw Failure.usage("unknown measure '\(unknown)'; expected \(Self.groups.joined(separator: ", "))")
                }
            case "--help", "-h": throw Failure.usage("")
            default: throw Failure.usage("unknown option '\(argument)'")
            }
            index += 1
        }
        if quick {
            self.runs = 3
            extractRuns = 3
            extractMegabytes = 1
            policyMegabytes = 0.25
            pairClauses = [100, 500]
            schoolCounts = [10, 100]
            mergeCounts = [10]
        }
        if let runs {
            self.runs = runs
            extractRuns = runs
        }
        if let extract { extractMegabytes = extract }
    }
}

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw BenchOptions.Failure.usage(message) }
        return self
    }
}
