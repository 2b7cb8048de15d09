import Testing

@testable import Multiprocessing
@testable import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("Pipe: RawPipe")
struct PipeRawPipeTests {
    @Test("the atomic write limit is the kernel's PIPE_BUF: 4096 bytes on Linux")
    func atomicWriteLimit() throws {
        let pipe = try RawPipe(tracer: .disabled)
        #expect(RawPipe.atomicWriteLimit == fpathconf(pipe.writeFD, Int32(_PC_PIPE_BUF)))
        #if os(Linux)
        #expect(RawPipe.atomicWriteLimit == 4096)
        #endif
    }

    @Test("writes of PIPE_BUF bytes from 4 threads at once never interleave")
    func atomicWritesDoNotInterleave() throws {
        let pipe = try RawPipe(tracer: .disabled)
        let record = RawPipe.atomicWriteLimit
        let writers = 4
        let recordsEach = 200
        let threads = try (0..<writers).map { writer in
            try pipeTestThread {
                let bytes = [UInt8](repeating: UInt8(writer + 1), count: record)
                for _ in 0..<recordsEach {
                    let written = try pipe.write(bytes)
                    if written != record { throw RuntimeError("short write of \(written) bytes") }
                }
            }
        }
        var stream: [UInt8] = []
        while stream.count < writers * recordsEach * record {
            let chunk = try pipe.read(maxLength: 65_536, timeout: 30)
            try #require(!chunk.isEmpty)
            stream += chunk
        }
        for thread in threads {
            try thread.join()
            #expect(thread.error == nil)
        }
        var counts = [Int](repeating: 0, count: writers + 1)
        for start in stride(from: 0, to: stream.count, by: record) {
            let slice = stream[start..<start + record]
            let owner = slice.first!
            #expect(slice.allSatisfy { $0 == owner }, "record at \(start) mixes writers")
            counts[Int(owner)] += 1
        }
        #expect(counts == [0] + [Int](repeating: recordsEach, count: writers))
    }

    @Test("writeAll delivers a megabyte through the 64 KiB pipe to a reader thread")
    func writeAll() throws {
        let pipe = try RawPipe(tracer: .disabled)
        let data = pipeTestPattern(count: 1 << 20)
        let thread = try pipeTestThread {
            try pipe.writeAll(data)
            pipe.closeWriteEnd()
        }
        var received: [UInt8] = []
        while true {
            let chunk = try pipe.read(maxLength: 100_000)
            if chunk.isEmpty { break }
            received += chunk
        }
        try thread.join()
        #expect(thread.error == nil)
        #expect(received == data)
    }

    @Test("read returns empty at end of file; closed ends and timeouts throw")
    func endsAndErrors() throws {
        let pipe = try RawPipe(name: "lesson", tracer: .disabled)
        #expect(throws: TimeoutError.self) { try pipe.read(maxLength: 10, timeout: 0.01) }
        #expect(try pipe.write([1, 2, 3]) == 3)
        #expect(try pipe.read(maxLength: 2) == [1, 2])
        pipe.closeWriteEnd()
        #expect(pipe.writeFD == -1)
        #expect(try pipe.read(maxLength: 10) == [3])
        #expect(try pipe.read(maxLength: 10) == [])
        let closedWrite = try #require(throws: PipeOSError.self) { try pipe.write([1]) }
        #expect(closedWrite.reason == .handleClosed)
        #expect(closedWrite.endpoint.hasPrefix("lesson#"))
        #expect(closedWrite.endpoint.hasSuffix(" write end"))
        pipe.closeReadEnd()
        let closedRead = try #require(throws: PipeOSError.self) { try pipe.read(maxLength: 1) }
        #expect(closedRead.endpoint.hasSuffix(" read end"))
    }

    @Test("writing after the read end closed throws BrokenPipeError")
    func brokenPipe() throws {
        let pipe = try RawPipe(tracer: .disabled)
        pipe.closeReadEnd()
        let error = try #require(throws: BrokenPipeError.self) { try pipe.write([1]) }
        #expect(error.message.hasSuffix(": the read end was closed"))
    }

    @Test("both descriptors are close-on-exec")
    func closeOnExec() throws {
        let pipe = try RawPipe(tracer: .disabled)
        #expect(fcntl(pipe.readFD, F_GETFD) & FD_CLOEXEC != 0)
        #expect(fcntl(pipe.writeFD, F_GETFD) & FD_CLOEXEC != 0)
    }
}
