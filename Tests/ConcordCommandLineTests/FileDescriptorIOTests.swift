import Foundation
import Testing
@testable import ConcordCommandLine

@Suite struct FileDescriptorIOTests {
    /// Writes through a pipe and reads back everything, across many
    /// chunks of the reader's buffer.
    @Test func writesAndReadsEveryByte() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let input = ends[1]
        let writer = Thread {
            FileDescriptorIO.write(bytes, to: input)
            FileDescriptorIO.write("end", to: input)
            close(input)
        }
        writer.start()
        let read = try FileDescriptorIO.readAll(ends[0])
        close(ends[0])
        #expect(read == bytes + Array("end".utf8))
    }

    @Test func aClosedDescriptorRefusesTheWrite() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        close(ends[1])
        #expect(!FileDescriptorIO.write("lost", to: ends[1]))
        #expect(throws: ReadFailure.system(EBADF)) { try FileDescriptorIO.readAll(ends[0]) }
    }

    @Test func aFailedWriteSaysWhy() {
        let descriptor = open("/dev/full", O_WRONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(!FileDescriptorIO.write("lost", to: descriptor))
        #expect(errno == ENOSPC)
    }

    @Test func readingStopsPastTheLimit() throws {
        let descriptor = open("/dev/zero", O_RDONLY)
        defer { close(descriptor) }
        #expect(throws: ReadFailure.tooLarge(limit: 100_000)) { try FileDescriptorIO.readAll(descriptor, limit: 100_000) }
    }

    @Test func aFolderIsNoStream() {
        let descriptor = open("/tmp", O_RDONLY)
        defer { close(descriptor) }
        #expect(throws: ReadFailure.system(EISDIR)) { try FileDescriptorIO.readAll(descriptor) }
    }
}
