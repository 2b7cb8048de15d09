import TestSupport
import Testing

@testable import Multiprocessing
@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Pipe: messages")
struct PipeTests {
    @Test("a duplex pipe carries Codable values both ways, in order")
    func duplexValues() throws {
        let (left, right) = try Pipe(tracer: .disabled)
        let record = PipeTestRecord(id: 7, name: "héllo", scores: [1.5, -2])
        try left.send(record)
        try left.send(42)
        try right.send("reply")
        try right.send([1, 2, 3])
        #expect(try right.recv(PipeTestRecord.self) == record)
        #expect(try right.recv(Int.self) == 42)
        #expect(try left.recv(String.self) == "reply")
        let numbers: [Int] = try left.recv()
        #expect(numbers == [1, 2, 3])
        #expect(left.readable && left.writable && right.readable && right.writable)
    }

    @Test("a duplex pipe carries bytes both ways, including empty messages and raw memory")
    func duplexBytes() throws {
        let (left, right) = try Pipe(tracer: .disabled)
        try left.sendBytes([1, 2, 3])
        try left.sendBytes([])
        let pattern = pipeTestPattern(count: 5000)
        try pattern.withUnsafeBytes { try right.sendBytes($0) }
        #expect(try right.recvBytes() == [1, 2, 3])
        #expect(try right.recvBytes() == [])
        #expect(try left.recvBytes() == pattern)
    }

    @Test("duplex: false gives a receive-only end and a send-only end over pipe(2)")
    func simplex() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        #expect(reader.readable && !reader.writable)
        #expect(!writer.readable && writer.writable)
        try writer.send(PipeTestRecord(id: 1, name: "a", scores: []))
        try writer.sendBytes([9, 8])
        #expect(try reader.recv(PipeTestRecord.self).id == 1)
        #expect(try reader.recvBytes() == [9, 8])
        var status = stat()
        #expect(fstat(reader.fileDescriptor, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("10 MiB messages arrive whole while a reader thread drains them", arguments: [true, false])
    func largeMessages(duplex: Bool) throws {
        let (reader, writer) = try Pipe(duplex: duplex, tracer: .disabled)
        let size = 10 << 20
        let received = GuardedBox<[[UInt8]]>([])
        let thread = try pipeTestThread {
            for _ in 0..<2 {
                let bytes = try reader.recvBytes()
                received.value.append(bytes)
            }
        }
        try writer.sendBytes(pipeTestPattern(count: size, seed: 1))
        try writer.sendBytes(pipeTestPattern(count: size, seed: 2))
        try thread.join()
        #expect(thread.error == nil)
        let messages = received.value
        // Compared outside #expect, which would render 10 MiB arrays into its message.
        let intact =
            messages == [pipeTestPattern(count: size, seed: 1), pipeTestPattern(count: size, seed: 2)]
        #expect(intact)
    }

    @Test("a large Codable value arrives whole")
    func largeValue() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        let record = PipeTestRecord(id: 3, name: String(repeating: "x", count: 200_000), scores: [1, 2])
        let thread = try pipeTestThread { try writer.send(record) }
        #expect(try reader.recv(PipeTestRecord.self) == record)
        try thread.join()
        #expect(thread.error == nil)
    }

    @Test("messages of many sizes keep their boundaries and order", arguments: [true, false])
    func manySizes(duplex: Bool) throws {
        let (reader, writer) = try Pipe(duplex: duplex, tracer: .disabled)
        // Around 1,020 and 1,024 bytes: where a frame stops being written in one piece and a message
        // stops being received on the stack.
        let sizes = [
            0, 1, 3, 4, 5, 1019, 1020, 1021, 1024, 1025, 4095, 4096, 4097, 65_535, 65_536, 65_537, 200_000, 7,
        ]
        let thread = try pipeTestThread {
            for (index, size) in sizes.enumerated() {
                try writer.sendBytes(pipeTestPattern(count: size, seed: index))
            }
        }
        for (index, size) in sizes.enumerated() {
            #expect(try reader.recvBytes() == pipeTestPattern(count: size, seed: index))
        }
        try thread.join()
        #expect(thread.error == nil)
    }

    @Test(
        "small messages from 4 threads sharing one end arrive whole and in each sender's order",
        arguments: [true, false])
    func concurrentSenders(duplex: Bool) throws {
        let (reader, writer) = try Pipe(duplex: duplex, tracer: .disabled)
        let senders = 4
        let messagesEach = 300
        let largestAtomic = RawPipe.atomicWriteLimit - MessageFrame.headerSize
        let threads = try (0..<senders).map { sender in
            try pipeTestThread {
                for sequence in 0..<messagesEach {
                    let size = largestAtomic - sequence
                    try writer.sendBytes(
                        [UInt8(sender), UInt8(truncatingIfNeeded: sequence)]
                            + [UInt8](repeating: UInt8(sender), count: size - 2))
                }
            }
        }
        var nextSequence = [Int](repeating: 0, count: senders)
        for _ in 0..<senders * messagesEach {
            let message = try reader.recvBytes(timeout: 30)
            try #require(message.count >= 2 && message[0] < senders, "a message was torn")
            let sender = Int(message[0])
            let sequence = nextSequence[sender]
            #expect(message.count == largestAtomic - sequence)
            #expect(message[1] == UInt8(truncatingIfNeeded: sequence))
            #expect(message.dropFirst(2).allSatisfy { $0 == UInt8(sender) })
            nextSequence[sender] += 1
        }
        for thread in threads {
            try thread.join()
            #expect(thread.error == nil)
        }
        #expect(nextSequence == [Int](repeating: messagesEach, count: senders))
    }

    @Test("recvBytes(into:) fills the caller's buffer and returns the length")
    func receiveIntoBuffer() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        try writer.sendBytes([5, 6, 7])
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 16, alignment: 16)
        defer { buffer.deallocate() }
        let count = try reader.recvBytes(into: buffer)
        #expect(count == 3)
        #expect(Array(buffer[0..<3]) == [5, 6, 7])
    }

    @Test("recvBytes(into:) with too small a buffer throws BufferTooShort with the whole message")
    func receiveIntoSmallBuffer() throws {
        let (reader, writer) = try Pipe(name: "results", tracer: .disabled)
        let message = pipeTestPattern(count: 100)
        try writer.sendBytes(message)
        try writer.sendBytes([1])
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 10, alignment: 16)
        defer { buffer.deallocate() }
        let error = try #require(throws: BufferTooShort.self) { try reader.recvBytes(into: buffer) }
        #expect(error.receivedMessage == message)
        #expect(error.bufferSize == 10)
        #expect(error.description.contains("the 100-byte message does not fit in the 10-byte buffer"))
        #expect(error.description.contains("results#"))
        #expect(try reader.recvBytes(into: buffer) == 1)
    }

    @Test("recvBytes(maxLength:) drops a longer message and the next one still arrives")
    func maxLength() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        try writer.sendBytes(pipeTestPattern(count: 5000))
        try writer.sendBytes([1, 2])
        let error = try #require(throws: PipeOSError.self) { try reader.recvBytes(maxLength: 10) }
        #expect(error.reason == .messageExceedsMaxLength(length: 5000, maximum: 10))
        #expect(try reader.recvBytes(maxLength: 10) == [1, 2])
        #expect(throws: ValueError.self) { try reader.recvBytes(maxLength: -1) }
    }

    @Test("both ends are close-on-exec, and fileDescriptor reads -1 once closed", arguments: [true, false])
    func descriptors(duplex: Bool) throws {
        let (first, second) = try Pipe(duplex: duplex, tracer: .disabled)
        for end in [first, second] {
            #expect(end.fileDescriptor >= 0)
            #expect(fcntl(end.fileDescriptor, F_GETFD) & FD_CLOEXEC != 0)
        }
        #expect(first.fileDescriptor != second.fileDescriptor)
        first.close()
        #expect(first.closed && !second.closed)
        #expect(first.fileDescriptor == -1)
    }
}
