import Testing

@testable import Multiprocessing
@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Pipe: errors")
struct PipeErrorTests {
    @Test(
        "after the sender closes, what it sent still arrives, then EOFError names the end",
        arguments: [true, false])
    func endOfFile(duplex: Bool) throws {
        let (reader, writer) = try Pipe(duplex: duplex, tracer: .disabled)
        try writer.sendBytes([1])
        try writer.send("last")
        writer.close()
        #expect(try reader.recvBytes() == [1])
        #expect(try reader.recv(String.self) == "last")
        let error = try #require(throws: EOFError.self) { try reader.recvBytes() }
        #expect(error.message.hasPrefix("pipe#"))
        #expect(error.message.hasSuffix(" end 0: the other end was closed"))
        #expect(throws: EOFError.self) { try reader.recv(Int.self) }
    }

    @Test("a header followed by a cut-off payload is a truncated message, not an end of file")
    func truncatedPayload() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        pipeTestWriteRaw(writer.fileDescriptor, pipeTestHeader(100) + [UInt8](repeating: 1, count: 10))
        writer.close()
        let error = try #require(throws: PipeOSError.self) { try reader.recvBytes() }
        #expect(error.reason == .truncatedMessage(expected: 100, received: 10))
        #expect(error.description.contains("got end of file during message (10 of 100 bytes arrived)"))
    }

    @Test("a cut-off header is a truncated message too")
    func truncatedHeader() throws {
        let (reader, writer) = try Pipe(tracer: .disabled)
        pipeTestWriteRaw(writer.fileDescriptor, [1, 0])
        writer.close()
        let error = try #require(throws: PipeOSError.self) { try reader.recv(Int.self) }
        #expect(error.reason == .truncatedMessage(expected: 4, received: 2))
    }

    @Test("a header announcing more than the limit is rejected before anything is allocated")
    func badLength() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        pipeTestWriteRaw(writer.fileDescriptor, pipeTestHeader(.max))
        let error = try #require(throws: PipeOSError.self) { try reader.recvBytes() }
        #expect(error.reason == .badMessageLength(Int(UInt32.max)))
    }

    @Test("a message over the limit is refused before it is sent")
    func oversizedSend() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        // Never touched, so the kernel never backs it with memory.
        let huge = UnsafeMutableRawBufferPointer.allocate(
            byteCount: Connection.maximumMessageLength + 1, alignment: 16)
        defer { huge.deallocate() }
        let error = try #require(throws: ValueError.self) {
            try writer.sendBytes(UnsafeRawBufferPointer(huge))
        }
        #expect(error.message.contains("larger than the 268435456-byte limit"))
        #expect(try !reader.poll())
    }

    @Test("recv with a timeout throws TimeoutError when nothing comes", arguments: [true, false])
    func receiveTimeout(duplex: Bool) throws {
        let (reader, writer) = try Pipe(duplex: duplex, tracer: .disabled)
        #expect(throws: TimeoutError.self) { try reader.recv(Int.self, timeout: 0.01) }
        #expect(throws: TimeoutError.self) { try reader.recvBytes(timeout: 0) }
        try writer.send(5)
        #expect(try reader.recv(Int.self, timeout: 10) == 5)
    }

    @Test("poll answers at once by default, waits with a timeout, and counts an end of file as ready")
    func poll() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        #expect(try !reader.poll())
        #expect(try !reader.poll(timeout: 0.01))
        let thread = try pipeTestThread { try writer.sendBytes([1]) }
        #expect(try reader.poll(timeout: 10))
        #expect(try reader.poll())
        try thread.join()
        #expect(try reader.recvBytes() == [1])
        writer.close()
        #expect(try reader.poll(timeout: nil))
    }

    @Test("the wrong direction on a duplex: false pipe names the end")
    func wrongDirection() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        let sendError = try #require(throws: PipeOSError.self) { try reader.send(1) }
        #expect(sendError.reason == .receiveOnly)
        #expect(sendError.description.hasSuffix(" end 0 is receive-only (duplex=false)"))
        #expect(throws: PipeOSError(endpoint: reader.endpoint, reason: .receiveOnly)) {
            try reader.sendBytes([1])
        }
        let receiveError = try #require(throws: PipeOSError.self) { try writer.recvBytes() }
        #expect(receiveError.reason == .sendOnly)
        #expect(receiveError.description.hasSuffix(" end 1 is send-only (duplex=false)"))
        #expect(throws: PipeOSError(endpoint: writer.endpoint, reason: .sendOnly)) { try writer.poll() }
    }

    @Test("a closed end says its handle is closed, and closing twice is harmless")
    func closedHandle() throws {
        let (first, _) = try Pipe(tracer: .disabled)
        first.close()
        first.close()
        let closed = PipeOSError(endpoint: first.endpoint, reason: .handleClosed)
        #expect(throws: closed) { try first.send(1) }
        #expect(throws: closed) { try first.sendBytes([1]) }
        #expect(throws: closed) { try first.recv(Int.self) }
        #expect(throws: closed) { try first.recvBytes() }
        #expect(throws: closed) { try first.poll() }
        #expect(closed.description.hasSuffix("end 0: handle is closed"))
    }

    @Test(
        "sending to a closed receiver throws BrokenPipeError instead of killing the process",
        arguments: [true, false])
    func brokenPipe(duplex: Bool) throws {
        let (reader, writer) = try Pipe(duplex: duplex, tracer: .disabled)
        reader.close()
        let error = try #require(throws: BrokenPipeError.self) { try writer.sendBytes([1, 2, 3]) }
        #expect(error.description.hasPrefix("BrokenPipeError: [Errno 32] pipe#"))
        #expect(error.message.hasSuffix(" end 1: the other end was closed"))
        #expect(throws: BrokenPipeError.self) { try writer.send(pipeTestPattern(count: 100_000)) }
    }

    @Test("a duplex: false pipe leaves SIGPIPE ignored, as CPython does")
    func sigpipeIgnored() throws {
        _ = try Pipe(duplex: false, tracer: .disabled)
        let previous = signal(SIGPIPE, SIG_IGN)
        #expect(unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self))
    }
}
