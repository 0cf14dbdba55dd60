import Foundation

/// A pseudo-terminal: what the program is given as its terminal, and the
/// end a test types into.
final class PseudoTerminal {
    let leader: Int32
    let follower: Int32

    /// Opens `/dev/ptmx`, unlocks its follower and opens that
    /// (`posix_openpt`, `unlockpt` and `ptsname` by their ioctls, which
    /// Swift's Glibc module does not import).
    init() throws {
        leader = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        let setLock: UInt = 0x4004_5431, getNumber: UInt = 0x8004_5430  // TIOCSPTLCK, TIOCGPTN
        guard leader >= 0, ioctl(leader, setLock, &unlock) == 0, ioctl(leader, getNumber, &number) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        follower = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard follower >= 0 else { throw POSIXError(.ENOTTY) }
    }

    deinit {
        close(follower)
        close(leader)
    }

    /// Types `bytes` on the terminal (4 is Ctrl-D, the end of input).
    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(leader, $0.baseAddress, $0.count) }
    }
}
