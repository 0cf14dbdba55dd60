import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One run of another program: how long it took, on the clock and on the
/// CPU (user + system), its peak resident memory and its exit status.
struct ProcessRun {
    var wall: Double
    var cpu: Double
    /// `ru_maxrss` from wait4: the child's peak resident set, in kB.
    var maxResidentKB: Int
    /// The child's own `VmHWM` when it is `concord-bench --concord`.
    var peakKB: Int?
    var status: Int32
}

/// Starts programs with posix_spawn, output thrown away, and waits for
/// them with wait4 to get their resource usage.
enum ChildProcess {
    /// Where `name` is on the PATH, if anywhere.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = String(folder) + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// This program's own executable, to run it as `concord`.
    static var executable: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return count > 0 ? String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    }

    /// Runs `path` with `arguments`; standard output and error go to
    /// /dev/null. Nil when the program could not be started.
    static func run(_ path: String, _ arguments: [String], peakFile: String? = nil) -> ProcessRun? {
        var environment = ProcessInfo.processInfo.environment
        if let peakFile {
            environment[PeakMemory.fileVariable] = peakFile
            unlink(peakFile)
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = Measure.now(CLOCK_MONOTONIC)
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Measure.now(CLOCK_MONOTONIC) - start
        let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        var peak: Int?
        if let peakFile, let text = try? String(contentsOfFile: peakFile, encoding: .utf8) {
            peak = Int(text.split(whereSeparator: \.isWhitespace).first ?? "")
        }
        return ProcessRun(wall: wall, cpu: cpu, maxResidentKB: usage.ru_maxrss, peakKB: peak, status: exit)
    }

    /// One warm-up run, then `runs` timed ones. Nil when the program could
    /// not be started or exited with a status other than `allowed`.
    static func measure(_ path: String, _ arguments: [String], runs: Int, allowed: Set<Int32> = [0, 1], peakFile: String? = nil) -> ProcessSample? {
        guard let first = run(path, arguments, peakFile: peakFile), allowed.contains(first.status) else { return nil }
        var results: [ProcessRun] = []
        for _ in 0..<max(1, runs) {
            guard let result = run(path, arguments, peakFile: peakFile), allowed.contains(result.status) else { return nil }
            results.append(result)
        }
        return ProcessSample(
            wall: Timing(results.map(\.wall)), cpu: Timing(results.map(\.cpu)),
            peakKB: results.compactMap { $0.peakKB ?? $0.maxResidentKB }.max() ?? 0)
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
}

/// Timings of several runs of a program, and its largest peak memory.
struct ProcessSample {
    var wall: Timing
    var cpu: Timing
    var peakKB: Int
}
