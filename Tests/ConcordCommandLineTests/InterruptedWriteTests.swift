import Foundation
import Testing

/// Every command that writes a file, killed (`SIGKILL`) at seeded random
/// points on a large input, leaves each file it writes either as it was,
/// byte for byte, or whole and new; the next run finishes the job, undoing
/// what the killed one left, and no temporary file is left behind. Set
/// `CONCORD_KILL_SEED` to replay a failure.
@Suite struct InterruptedWriteTests {
    /// A writing command: the files it starts from, its arguments and the
    /// files it writes, all inside one scratch folder.
    struct Case: CustomStringConvertible, Sendable {
        var description: String
        var files: @Sendable (_ big: String) -> [String: String]
        var arguments: [String]
        var targets: [String]
        /// Released versions it keeps, which must equal the target's new bytes.
        var kept: [String] = []
        /// Its steps of writing (`WriteCheckpoint`): three to stage each
        /// file, one to rename it, two to link a kept version.
        var steps = 4
    }

    static let cases: [Case] = [
        Case(description: "fmt", files: { ["big.policy": unformatted($0)] }, arguments: ["fmt", "big.policy"], targets: ["big.policy"]),
        Case(description: "import -o", files: { _ in ["big.txt": bigText, "out/big.policy": "old\n"] },
             arguments: ["import", "big.txt", "-o", "out"], targets: ["out/big.policy"]),
        Case(description: "render -o", files: { ["big.policy": $0, "big.html": "old\n"] },
             arguments: ["render", "big.policy", "--school", "Kingsthorpe", "-o", "big.html"], targets: ["big.html"]),
        Case(description: "merge -o --report", files: { _ in ["trust.policy": "old\n", "report.md": "old\n"] },
             arguments: ["merge", LanguageTestPaths.corpus + "/todwick.txt", LanguageTestPaths.corpus + "/milverton.txt", "--strategy", "strictest", "--date", "2025-09", "-o", "trust.policy", "--report", "report.md"],
             targets: ["trust.policy", "report.md"], kept: ["trust.history/1.0.policy"], steps: 13),
        Case(description: "release", files: { ["big.policy": $0] },
             arguments: ["release", "big.policy", "--version", "9.0", "--purpose", "Annual review", "--lead", "A. Lead", "--date", "2025-09"],
             targets: ["big.policy"], kept: ["big.history/9.0.policy"], steps: 9),
    ]

    /// Four copies of a corpus document: about 55 KB of prose, whose
    /// `.policy` is about 85 KB.
    static let bigText: String = {
        let one = (try? String(contentsOfFile: LanguageTestPaths.corpus + "/kingsthorpe-village.txt", encoding: .utf8)) ?? ""
        return String(repeating: one, count: 4)
    }()

    /// The policy with every line's indentation taken away: what `fmt` puts back.
    static func unformatted(_ policy: String) -> String {
        policy.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop(while: { $0 == " " }) }.joined(separator: "\n")
    }

    static let seed: UInt64 = ProcessInfo.processInfo.environment["CONCORD_KILL_SEED"].flatMap { UInt64($0) } ?? 29

    @Test(arguments: cases)
    func aKilledWriteLeavesTheOldFileOrTheNew(_ command: Case) throws {
        // The big policy, and what a run that finishes writes.
        let setup = ScratchFolder()
        setup.write("big.txt", Self.bigText)
        #expect(try ShellRunner.run("\"$CONCORD\" import big.txt", in: setup.path).status == 0)
        let big = setup.read("big.policy")
        let reference = ScratchFolder()
        let files = command.files(big)
        Self.lay(files, in: reference)
        let started = Date()
        #expect(try ShellRunner.run(Self.script(command.arguments), in: reference.path).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = command.targets.map(reference.read)
        for (kept, target) in zip(command.kept, command.targets) { #expect(reference.read(kept) == reference.read(target)) }
        #expect(Self.temporaryFiles(in: reference.path).isEmpty)

        var random = SplitMix(seed: Self.seed &+ UInt64(command.description.utf8.count))
        for round in 0..<3 {
            let folder = ScratchFolder()
            Self.lay(files, in: folder)
            // Rounds 0 and 2 stop it at a seeded step of its writes, round
            // 1 at a seeded time, mostly late, where the writes are.
            let step = round % 2 == 0 ? 1 + Int(random.next() % UInt64(command.steps)) : 0
            let delay = step > 0 ? 30 : duration * (0.4 + 0.8 * random.nextUnit())
            try Self.kill(command.arguments, in: folder.path, atStep: step, after: delay)
            let when = step > 0 ? "at write step \(step)" : "after \(delay) s"
            var finished = true
            for (index, target) in command.targets.enumerated() {
                let now = folder.read(target)
                finished = finished && now == new[index]
                #expect(now == files[target] || now == new[index],
                        "\(command) killed \(when) (seed \(Self.seed), round \(round)): '\(target)' is neither old nor new")
            }
            // The next run completes the job (one that keeps a released
            // version refuses to keep it twice) and leaves no temporary file.
            let rerun = try ShellRunner.run(Self.script(command.arguments), in: folder.path)
            if !(finished && !command.kept.isEmpty) {
                #expect(rerun.status == 0, "\(command), seed \(Self.seed), round \(round): \(rerun.errors)")
            }
            for (index, target) in command.targets.enumerated() {
                #expect(folder.read(target) == new[index], "\(command), seed \(Self.seed), round \(round): \(rerun.errors)")
            }
            for kept in command.kept { #expect(folder.read(kept) == new[0], "\(command), seed \(Self.seed), round \(round)") }
            #expect(Self.temporaryFiles(in: folder.path).isEmpty, "\(command), seed \(Self.seed), round \(round)")
        }
    }

    static func script(_ arguments: [String]) -> String {
        "exec \"$CONCORD\" " + arguments.map { "'" + $0 + "'" }.joined(separator: " ")
    }

    static func lay(_ files: [String: String], in folder: ScratchFolder) {
        for (name, text) in files {
            try? FileManager.default.createDirectory(atPath: (folder.file(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            folder.write(name, text)
        }
    }

    /// Runs `concord` and kills it after `delay` seconds, if it still runs;
    /// with a `step`, it kills itself there (`CONCORD_TEST_KILL_AT_STEP`).
    static func kill(_ arguments: [String], in folder: String, atStep step: Int, after delay: TimeInterval) throws {
        guard let binary = EndToEndTests.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if step > 0 {
            var environment = ProcessInfo.processInfo.environment
            environment["CONCORD_TEST_KILL_AT_STEP"] = String(step)
            process.environment = environment
        }
        try process.run()
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// The temporary files of writes (`.NAME.concord-PID-RANDOM`) under `folder`.
    static func temporaryFiles(in folder: String) -> [String] {
        let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return names.filter { ($0 as NSString).lastPathComponent.hasPrefix(".") && $0.contains(".concord-") }
    }
}
