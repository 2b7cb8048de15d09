#if canImport(Glibc)
import CPrimitives
import Glibc
import Testing

/// Requests the Swift client never sends, written straight to a fork server of the test's own:
/// the server refuses each with EINVAL, never reading a field the message did not carry, and
/// goes on serving.
@Suite("Processes: fork server refuses malformed requests")
struct ForkServerMalformedRequestTests {
    @Test("a request too short for its header, or whose header does not match it, gets EINVAL")
    func malformedRequests() throws {
        let server = try OwnForkServer()
        // Five bytes: not even the whole request id. The reply names request 0, not an id
        // pieced together from those bytes and whatever else lay where the header was read.
        try server.send([0x2A, 0, 0, 0, 0])
        let tooShort = try server.nextReply()
        #expect(tooShort.kind == UInt32(CPRIM_FORK_REPLY_SPAWNED))
        #expect(tooShort.pid == -1 && tooShort.value == -EINVAL)
        #expect(tooShort.request_id == 0)

        // The request id whole, the payload length and descriptor count missing.
        try server.send(Self.bytes(of: UInt64(42)))
        let idOnly = try server.nextReply()
        #expect(idOnly.request_id == 42 && idOnly.pid == -1 && idOnly.value == -EINVAL)

        // A whole header that announces four payload bytes the message does not carry.
        try server.send(Self.bytes(of: UInt64(7)) + Self.bytes(of: UInt32(4)) + Self.bytes(of: UInt32(0)))
        let lying = try server.nextReply()
        #expect(lying.request_id == 7 && lying.pid == -1 && lying.value == -EINVAL)

        // Still serving after all three: it ends cleanly when its control socket closes.
        let status = try server.closeAndWait()
        #expect(status & 0x7F == 0, "the server died of signal \(status & 0x7F)")
        #expect((status >> 8) & 0xFF == 0)
    }

    private static func bytes<T: FixedWidthInteger>(of value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian, Array.init)
    }
}

/// A fork server started the way `forkserver.c` starts one: this very executable again, with
/// its control socket at descriptor 3 named in the environment. It is not the process's shared
/// server, so nothing the test sends can reach another test's requests.
private final class OwnForkServer {
    let pid: pid_t
    private var control: Int32

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard
            socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0
        else { throw OwnForkServerError("socketpair: \(String(cString: strerror(errno)))") }
        defer { close(ends[1]) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on descriptor 3 alone.
        posix_spawn_file_actions_adddup2(&actions, ends[1], 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = [strdup("spindle-forksrv"), nil]
        let envp = [strdup("\(CPRIM_FORK_SERVER_ENV)=3"), nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var spawned: pid_t = 0
        let status = posix_spawn(&spawned, "/proc/self/exe", &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(ends[0])
            throw OwnForkServerError("posix_spawn: \(String(cString: strerror(status)))")
        }
        pid = spawned
        control = ends[0]
    }

    deinit {
        if control >= 0 { _ = try? closeAndWait() }
    }

    /// Sends `bytes` as one message, with no descriptors attached.
    func send(_ bytes: [UInt8]) throws {
        let sent = bytes.withUnsafeBytes {
            Glibc.send(control, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
        guard sent == bytes.count else {
            throw OwnForkServerError("send: \(String(cString: strerror(errno)))")
        }
    }

    /// The server's next reply. Waits a minute at most, so that a server that never answers
    /// fails the test instead of hanging it.
    func nextReply() throws -> cprim_fork_reply {
        var ready = pollfd(fd: control, events: Int16(POLLIN), revents: 0)
        guard poll(&ready, 1, 60_000) == 1 else { throw OwnForkServerError("no reply within a minute") }
        var reply = cprim_fork_reply()
        let result = cprim_fork_server_next_reply(control, &reply)
        guard result == 1 else { throw OwnForkServerError("reading a reply gave \(result)") }
        return reply
    }

    /// Closes the control socket, which tells the server to exit, and returns its wait status.
    func closeAndWait() throws -> Int32 {
        close(control)
        control = -1
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw OwnForkServerError("waitpid: \(String(cString: strerror(errno)))")
            }
        }
        return status
    }
}

private struct OwnForkServerError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
#endif
