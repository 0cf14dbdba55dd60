import FoundationEssentials
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Median, minimum and maximum of repeated runs, in seconds.
struct Timing: Codable {
    var median: Double
    var min: Double
    var max: Double
    var runs: Int

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        median = sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        min = sorted.first ?? 0
        max = sorted.last ?? 0
        runs = sorted.count
    }

    /// The same runs as a rate: `amount` per second (median of rates is
    /// amount / median time; min and max swap).
    func rate(_ amount: Double) -> Timing {
        var rate = self
        rate.median = median > 0 ? amount / median : 0
        rate.min = max > 0 ? amount / max : 0
        rate.max = min > 0 ? amount / min : 0
        return rate
    }
}

/// Wall-clock and on-CPU time of runs of a piece of work.
struct Sample {
    var wall: Timing
    var cpu: Timing
}

enum Measure {
    /// Runs `body` once to warm up (unless `warmUp` is false), then `runs`
    /// times, timing each run by the monotonic clock and by this thread's
    /// CPU clock (which other processes on a shared machine disturb less).
    static func run(_ runs: Int, warmUp: Bool = true, _ body: () -> Void) -> Sample {
        if warmUp { body() }
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<max(1, runs) {
            let wallStart = now(CLOCK_MONOTONIC), cpuStart = now(CLOCK_THREAD_CPUTIME_ID)
            body()
            cpu.append(now(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
            wall.append(now(CLOCK_MONOTONIC) - wallStart)
        }
        return Sample(wall: Timing(wall), cpu: Timing(cpu))
    }

    static func now(_ clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Peak resident memory (`VmHWM`) of this process, from /proc/self/status.
enum PeakMemory {
    static func kilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).split { $0 == " " || $0 == "\t" }.first ?? "")
        }
        return nil
    }
}

extension PeakMemory {
    /// When `concord-bench --concord` finds this variable, it writes its
    /// `VmHWM` (kB) to the file it names on the way out.
    static let fileVariable = "CONCORD_BENCH_PEAK_FILE"

    static func writeIfAsked() {
        guard let path = ProcessInfo.processInfo.environment[fileVariable], let peak = kilobytes() else { return }
        try? "\(peak)\n".write(toFile: path, atomically: false, encoding: .utf8)
    }
}
