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
        let read = FileDescriptorIO.readAll(ends[0])
        close(ends[0])
        #expect(read == bytes + Array("end".utf8))
    }

    @Test func aClosedDescriptorRefusesTheWrite() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        close(ends[1])
        #expect(!FileDescriptorIO.write("lost", to: ends[1]))
        #expect(FileDescriptorIO.readAll(ends[0]).isEmpty)
    }
}
