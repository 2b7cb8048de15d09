import Multiprocessing
import TestSupport
import Testing
import Threading

/// CPython's `SENTINEL`: the empty message that tells the echo child to stop.
private let sentinel: [UInt8] = []

/// CPython's `_TestConnection._echo`: sends back every message until the sentinel.
private func echo(_ connection: Connection) throws {
    while true {
        let message = try connection.recvBytes(timeout: 60)
        if message == sentinel { break }
        try connection.sendBytes(message)
    }
    connection.close()
}

/// CPython's `_TestConnection.test_connection`, against an echo child process.
struct ConnectionEcho: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        var checks = Checks()
        let (connection, childConnection) = try Pipe(tracer: .disabled)
        let child = Process { try echo(childConnection) }
        try child.start()
        checks.check(connection.fileDescriptor >= 0, "fileno() is a descriptor")

        let sequence: [Double?] = [1, 2.25, nil]
        try connection.send(sequence)
        checks.check(
            try connection.recv([Double?].self, timeout: 60) == sequence, "send/recv of [1, 2.25, None]")
        let message = Array("hello world".utf8)
        try connection.sendBytes(message)
        checks.check(try connection.recvBytes(timeout: 60) == message, "send_bytes/recv_bytes")

        let integers: [Int32] = [0, 1, 2, 3]
        let integerBytes = integers.withUnsafeBytes { Array($0) }
        var buffer = [Int32](repeating: 0, count: 10)
        try connection.sendBytes(integerBytes)
        var length = try buffer.withUnsafeMutableBytes { try connection.recvBytes(into: $0, timeout: 60) }
        checks.check(length == integerBytes.count, "recv_bytes_into returns the length")
        checks.check(buffer == integers + [Int32](repeating: 0, count: 6), "recv_bytes_into fills the buffer")
        buffer = [Int32](repeating: 0, count: 10)
        try connection.sendBytes(integerBytes)
        let offset = 3 * MemoryLayout<Int32>.size
        length = try buffer.withUnsafeMutableBytes {
            try connection.recvBytes(
                into: UnsafeMutableRawBufferPointer(rebasing: $0[offset...]), timeout: 60)
        }
        checks.check(length == integerBytes.count, "recv_bytes_into at an offset returns the length")
        checks.check(
            buffer == [0, 0, 0] + integers + [0, 0, 0], "recv_bytes_into at an offset fills from there")
        let longMessage = Array(String(repeating: "hello world", count: 10).utf8)
        var small = [UInt8](repeating: 32, count: 40)
        try connection.sendBytes(longMessage)
        do {
            _ = try small.withUnsafeMutableBytes { try connection.recvBytes(into: $0, timeout: 60) }
            checks.check(false, "recv_bytes_into a short buffer raises BufferTooShort")
        } catch let error as BufferTooShort {
            checks.check(error.receivedMessage == longMessage, "BufferTooShort carries the whole message")
        }

        checks.check(try !connection.poll(), "poll() on an empty pipe")
        checks.check(try !connection.poll(timeout: -1), "poll(-1) on an empty pipe")
        var ready = true
        let taken = try secondsTaken { ready = try connection.poll(timeout: 0.1) }
        checks.check(!ready, "poll(TIMEOUT1) on an empty pipe")
        checks.checkWaited(taken, atLeast: 0.1, "poll(TIMEOUT1)")
        let none: [Double?] = [nil]
        try connection.send(none)
        checks.check(try connection.poll(timeout: 60), "poll once a message is back")
        checks.check(try connection.recv([Double?].self, timeout: 60) == none, "recv of [None]")

        let reallyBig = [UInt8](repeating: UInt8(ascii: "X"), count: 16 << 20)
        try connection.sendBytes(reallyBig)
        checks.check(try connection.recvBytes(timeout: 60) == reallyBig, "a 16 MiB message comes back whole")

        try connection.sendBytes(sentinel)
        childConnection.close()
        checks.check(connection.readable && connection.writable, "a duplex end is readable and writable")
        checks.check(
            throwsError(EOFError.self) { _ = try connection.recv(Int.self, timeout: 60) }, "recv at EOF")
        checks.check(
            throwsError(EOFError.self) { _ = try connection.recvBytes(timeout: 60) }, "recv_bytes at EOF")
        checks.check(try child.join(timeout: 60) && child.exitCode == 0, "the echo child ended well")
        return checks.failures
    }
}

/// CPython's `_TestConnection.test_spawn_close`: the parent closes the child's end at once
/// after starting it, and the child still echoes.
struct ConnectionSpawnClose: HostedProgram {
    static func main(_ arguments: NoOutput) throws -> [String] {
        var checks = Checks()
        let (connection, childConnection) = try Pipe(tracer: .disabled)
        let child = Process { try echo(childConnection) }
        try child.start()
        childConnection.close()
        let message = Array("hello".utf8)
        try connection.sendBytes(message)
        checks.check(
            try connection.recvBytes(timeout: 60) == message,
            "the child echoes after the parent closed its end")
        try connection.sendBytes(sentinel)
        connection.close()
        checks.check(try child.join(timeout: 60) && child.exitCode == 0, "the echo child ended well")
        return checks.failures
    }
}

@Suite("CPython _test_multiprocessing: _TestConnection", .forksProcesses)
struct MultiprocessingConnectionConformance {
    @Test(
        "_test_multiprocessing._TestConnection.test_connection: objects, bytes, bytes into buffers, poll, 16 MiB and EOF through an echo child"
    )
    func connection() throws {
        #expect(try runHosted(ConnectionEcho.self, NoOutput()) == [])
    }

    @Test(
        "_test_multiprocessing._TestConnection.test_duplex_false: a one-way pipe sends one way only; the wrong direction raises OSError"
    )
    func duplexFalse() throws {
        let (reader, writer) = try Pipe(duplex: false, tracer: .disabled)
        try writer.send(1)
        #expect(try reader.recv(Int.self, timeout: 10) == 1)
        #expect(reader.readable)
        #expect(!reader.writable)
        #expect(!writer.readable)
        #expect(writer.writable)
        #expect(throws: PipeOSError.self) { try reader.send(2) }
        #expect(throws: PipeOSError.self) { _ = try writer.recv(Int.self, timeout: 0) }
        #expect(throws: PipeOSError.self) { _ = try writer.poll() }
    }

    @Test(
        "_test_multiprocessing._TestConnection.test_spawn_close: the parent may close the child's end right after starting it"
    )
    func spawnClose() throws {
        #expect(try runHosted(ConnectionSpawnClose.self, NoOutput()) == [])
    }

    @Test(
        "_test_multiprocessing._TestConnection.test_context: both ends work until closed; then they are closed and recv raises OSError"
    )
    func context() throws {
        let (first, second) = try Pipe(tracer: .disabled)
        try first.send(1729)
        #expect(try second.recv(Int.self, timeout: 10) == 1729)
        #expect(!first.closed)
        #expect(!second.closed)
        first.close()
        second.close()
        #expect(first.closed)
        #expect(second.closed)
        #expect(throws: PipeOSError.self) { _ = try first.recv(Int.self, timeout: 0) }
        #expect(throws: PipeOSError.self) { _ = try second.recv(Int.self, timeout: 0) }
    }
}
