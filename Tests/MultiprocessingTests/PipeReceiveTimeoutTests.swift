import Testing
import Trace

@testable import Multiprocessing
@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A duplex pipe's timed receive waits in its read, bounded by the socket's receive timeout;
/// these check that the timeout left on the socket never cuts another receive short.
@Suite("Pipe: receive timeouts on a socket")
struct PipeReceiveTimeoutTests {
    /// Sends `bytes` from `end` on a new thread after `delay` seconds; join the thread.
    func send(_ bytes: [UInt8], on end: Connection, after delay: Double) throws -> Threading.Thread {
        let thread = Threading.Thread(tracer: .disabled) {
            usleep(useconds_t(delay * 1e6))
            try end.sendBytes(bytes)
        }
        try thread.start()
        return thread
    }

    @Test("a timed receive on a socket throws TimeoutError, and not before its timeout")
    func timesOut() throws {
        let (writer, reader) = try Pipe(duplex: true, tracer: .disabled)
        let start = MonotonicClock.now()
        #expect(throws: TimeoutError.self) { try reader.recvBytes(timeout: 0.05) }
        #expect(MonotonicClock.now() - start >= 50_000_000)
        #expect(!writer.closed)
    }

    @Test("after a receive timed out, a receive without a timeout waits as long as it takes")
    func untimedAfterTimed() throws {
        let (writer, reader) = try Pipe(duplex: true, tracer: .disabled)
        #expect(throws: TimeoutError.self) { try reader.recvBytes(timeout: 0.02) }
        let sender = try send([1, 2, 3], on: writer, after: 0.2)
        #expect(try reader.recvBytes() == [1, 2, 3])
        try sender.join()
        #expect(sender.error == nil)
    }

    @Test("a receive waits out its own timeout when the socket's was shortened behind its back")
    func shortenedElsewhere() throws {
        let (writer, reader) = try Pipe(duplex: true, tracer: .disabled)
        try writer.sendBytes([0])
        #expect(try reader.recvBytes(timeout: 30) == [0])
        // What another process sharing the socket could do between two receives.
        try PipeIO.setReceiveTimeout(reader.fileDescriptor, microseconds: 20_000)
        let sender = try send([9], on: writer, after: 0.2)
        #expect(try reader.recvBytes(timeout: 30) == [9])
        try sender.join()
        #expect(sender.error == nil)
    }
}
