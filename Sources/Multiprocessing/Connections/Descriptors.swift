import CPrimitives

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the descriptor pairs behind ``Pipe(duplex:name:tracer:)`` and ``RawPipe``, close-on-exec
/// from the start so that no program another thread executes meanwhile inherits them.
enum Descriptors {
    /// A pipe(2): `.0` reads, `.1` writes.
    static func pipe() throws(SystemCallFailure) -> (Int32, Int32) {
        var ends: [Int32] = [-1, -1]
        let status = cprim_cloexec_pipe(&ends)
        guard status == 0 else { throw SystemCallFailure(call: "pipe", code: status) }
        return (ends[0], ends[1])
    }

    /// A connected pair of Unix stream sockets.
    static func socketPair() throws(SystemCallFailure) -> (Int32, Int32) {
        var ends: [Int32] = [-1, -1]
        #if canImport(Glibc)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &ends) == 0 else {
            throw SystemCallFailure(call: "socketpair", code: errno)
        }
        #else
        guard socketpair(AF_UNIX, SOCK_STREAM, 0, &ends) == 0 else {
            throw SystemCallFailure(call: "socketpair", code: errno)
        }
        var one: Int32 = 1
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = setsockopt(end, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        #endif
        return (ends[0], ends[1])
    }
}
