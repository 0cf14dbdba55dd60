#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The steps of writing files (a temporary file made, written, synced; a
/// file renamed or linked into place), counted, so that a test can stop a
/// run half-way through a write as a power cut or `kill -9` would: with
/// `CONCORD_TEST_KILL_AT_STEP=N` in the environment, `concord` kills itself
/// with `SIGKILL` at its Nth step. Without it a step costs one comparison.
enum WriteCheckpoint {
    nonisolated(unsafe) private static var reached = 0
    private static let killAt: Int = getenv("CONCORD_TEST_KILL_AT_STEP").flatMap { Int(String(cString: $0)) } ?? 0

    static func pass() {
        guard killAt > 0 else { return }
        reached += 1
        if reached == killAt { kill(getpid(), SIGKILL) }
    }
}
