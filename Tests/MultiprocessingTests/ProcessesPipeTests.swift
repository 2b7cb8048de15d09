import Multiprocessing
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

struct PingPongReport: Codable, Sendable, Equatable {
    var replies: [Int]
    var childSawEndOfFile: Bool
}

/// A parent and a child exchanging numbers over a duplex pipe; the child echoes each one plus
/// one until the parent closes its end, which the child sees as end of file.
struct PipePingPong: HostedProgram {
    static func main(_ rounds: Int) throws -> PingPongReport {
        let (parentEnd, childEnd) = try Pipe()
        let child = Process(name: "echo") {
            parentEnd.close()
            while true {
                let number: Int
                do {
                    number = try childEnd.recv(timeout: 60)
                } catch is EOFError {
                    OS.exit(0)
                }
                try childEnd.send(number + 1)
            }
        }
        try child.start()
        childEnd.close()
        var replies: [Int] = []
        for number in 0..<rounds {
            try parentEnd.send(number)
            replies.append(try parentEnd.recv(timeout: 60))
        }
        parentEnd.close()
        try child.join(timeout: 60)
        return PingPongReport(replies: replies, childSawEndOfFile: child.exitCode == 0)
    }
}

/// Writer processes each writing whole PIPE_BUF-sized records, filled with their own number,
/// into one pipe; the parent reads them back and counts records that mix two writers.
struct AtomicPipeWrites: HostedProgram {
    static func main(_ recordsPerWriter: Int) throws -> [Int] {
        let pipe = try RawPipe()
        let size = RawPipe.atomicWriteLimit
        let writers = (1...4).map { writer in
            Process(name: "writer-\(writer)") {
                pipe.closeReadEnd()
                let record = [UInt8](repeating: UInt8(writer), count: size)
                for _ in 0..<recordsPerWriter {
                    guard try pipe.write(record) == size else { OS.exit(3) }
                }
            }
        }
        for writer in writers { try writer.start() }
        pipe.closeWriteEnd()
        var perWriter = [Int](repeating: 0, count: 5)
        var record: [UInt8] = []
        while true {
            let chunk = try pipe.read(maxLength: size - record.count, timeout: 60)
            if chunk.isEmpty { break }
            record += chunk
            guard record.count == size else { continue }
            let first = Int(record[0])
            perWriter[record.allSatisfy { Int($0) == first } ? first : 0] += 1
            record = []
        }
        for writer in writers { try writer.join(timeout: 60) }
        return perWriter
    }
}

/// A child sending 8 MiB in 64 KiB messages; the parent checks every byte.
struct PipeBulkTransfer: HostedProgram {
    static func main(_ messages: Int) throws -> Bool {
        let (receiver, sender) = try Pipe(duplex: false)
        let child = Process {
            receiver.close()
            for index in 0..<messages {
                try sender.sendBytes((0..<65536).map { UInt8(truncatingIfNeeded: $0 &+ index) })
            }
        }
        try child.start()
        sender.close()
        var intact = true
        for index in 0..<messages {
            let bytes = try receiver.recvBytes(timeout: 60)
            intact =
                intact && bytes.count == 65536
                && bytes.enumerated().allSatisfy {
                    $0.element == UInt8(truncatingIfNeeded: $0.offset &+ index)
                }
        }
        try child.join(timeout: 60)
        return intact && child.exitCode == 0
    }
}

@Suite("Processes: pipes between processes", .forksProcesses)
struct ProcessesPipeTests {
    @Test("messages go both ways over a duplex pipe, and closing one end is end of file at the other")
    func pingPong() throws {
        let report = try runHosted(PipePingPong.self, 100)
        #expect(report.replies == Array(1...100))
        #expect(report.childSawEndOfFile)
    }

    @Test("writes of PIPE_BUF bytes from 4 processes never interleave")
    func atomicWrites() throws {
        let counts = try runHosted(AtomicPipeWrites.self, 200)
        #expect(counts == [0, 200, 200, 200, 200])
    }

    @Test("64 KiB messages from a child arrive intact")
    func bulkTransfer() throws {
        #expect(try runHosted(PipeBulkTransfer.self, 128))
    }
}
