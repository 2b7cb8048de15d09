#if os(Linux)
import CPrimitives
import Glibc

/// The reactor's Linux backend: one `epoll` instance, level-triggered like Twisted's epollreactor,
/// so a callback that reads only part of the available data is simply called again.
/// Swift's Glibc module leaves `<sys/epoll.h>` out, so the calls go through CPrimitives.
final class EpollMultiplexer: IOMultiplexer {
    private static let capacity = 64
    private let epollFD: Int32
    private var readyFlags = [UInt32](repeating: 0, count: EpollMultiplexer.capacity)
    private var readyData = [UInt64](repeating: 0, count: EpollMultiplexer.capacity)

    init() throws(SocketError) {
        let fd = cprim_epoll_create()
        guard fd >= 0 else { throw SocketError.last("epoll_create1") }
        epollFD = fd
    }

    deinit {
        close(epollFD)
    }

    func update(fd: Int32, token: UInt32, interest: IOInterest, previous: IOInterest) throws(SocketError) {
        if interest.isEmpty {
            // The descriptor may already be closed, which removed it from the set; nothing to report.
            _ = control(CPRIM_EPOLL_DELETE, fd: fd, token: token, interest: previous)
            return
        }
        var operation = previous.isEmpty ? CPRIM_EPOLL_ADD : CPRIM_EPOLL_MODIFY
        var status = control(operation, fd: fd, token: token, interest: interest)
        // A descriptor closed and reopened under the same number while still registered looks
        // registered to the reactor but not to the kernel, and the reverse; retry the other way.
        if status == ENOENT && operation == CPRIM_EPOLL_MODIFY {
            operation = CPRIM_EPOLL_ADD
            status = control(operation, fd: fd, token: token, interest: interest)
        } else if status == EEXIST && operation == CPRIM_EPOLL_ADD {
            operation = CPRIM_EPOLL_MODIFY
            status = control(operation, fd: fd, token: token, interest: interest)
        }
        guard status == 0 else { throw SocketError(operation: "epoll_ctl", code: status) }
    }

    package func wait(timeoutMilliseconds: Int32, into ready: inout [IOReadyEvent]) {
        let count = cprim_epoll_wait(
            epollFD, &readyFlags, &readyData, Int32(Self.capacity), timeoutMilliseconds)
        guard count >= 0 else {
            precondition(errno == EINTR, "epoll_wait failed: \(SocketError.last("epoll_wait"))")
            return
        }
        for index in 0..<Int(count) {
            let flags = readyFlags[index]
            let data = readyData[index]
            let problem = flags & CPRIM_PROBLEM != 0
            ready.append(
                IOReadyEvent(
                    fd: Int32(truncatingIfNeeded: data),
                    token: UInt32(truncatingIfNeeded: data >> 32),
                    readable: problem || flags & CPRIM_READABLE != 0,
                    writable: problem || flags & CPRIM_WRITABLE != 0))
        }
    }

    /// Returns 0 or the errno value.
    private func control(_ operation: Int32, fd: Int32, token: UInt32, interest: IOInterest) -> Int32 {
        var flags: UInt32 = 0
        if interest.contains(.read) { flags |= CPRIM_READABLE }
        if interest.contains(.write) { flags |= CPRIM_WRITABLE }
        // The kernel hands the 64-bit data back with each event: the fd and the registration token.
        let data = UInt64(token) << 32 | UInt64(UInt32(bitPattern: fd))
        return cprim_epoll_control(epollFD, operation, fd, flags, data) == 0 ? 0 : errno
    }
}
#endif
