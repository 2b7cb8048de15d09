#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The portable backend: `poll(2)`, as Twisted's pollreactor. Used where epoll does not exist
/// and selectable on Linux for comparison; the descriptor array is rebuilt only after a change.
final class PollMultiplexer: IOMultiplexer {
    private var watched: [Int32: (token: UInt32, interest: IOInterest)] = [:]
    private var descriptors: [pollfd] = []
    private var tokens: [UInt32] = []
    private var isDirty = false

    func update(fd: Int32, token: UInt32, interest: IOInterest, previous: IOInterest) throws(SocketError) {
        if interest.isEmpty {
            watched[fd] = nil
        } else {
            // poll only reports a bad descriptor later, as POLLNVAL; check now so that adding one
            // fails the way it does with epoll.
            if previous.isEmpty && fcntl(fd, F_GETFD) < 0 { throw SocketError.last("poll register") }
            watched[fd] = (token, interest)
        }
        isDirty = true
    }

    package func wait(timeoutMilliseconds: Int32, into ready: inout [IOReadyEvent]) {
        if isDirty { rebuild() }
        for index in descriptors.indices { descriptors[index].revents = 0 }
        let count = poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds)
        guard count > 0 else {
            precondition(count == 0 || errno == EINTR, "poll failed: \(SocketError.last("poll"))")
            return
        }
        let problem = Int16(POLLERR | POLLHUP | POLLNVAL)
        for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
            ready.append(
                IOReadyEvent(
                    fd: descriptor.fd,
                    token: tokens[index],
                    readable: descriptor.revents & (Int16(POLLIN) | problem) != 0,
                    writable: descriptor.revents & (Int16(POLLOUT) | problem) != 0))
        }
    }

    /// Lays the descriptors out in registration order, which is the order the reactor dispatches in.
    private func rebuild() {
        let ordered = watched.sorted { $0.value.token < $1.value.token }
        descriptors.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        for (fd, entry) in ordered {
            var events: Int16 = 0
            if entry.interest.contains(.read) { events |= Int16(POLLIN) }
            if entry.interest.contains(.write) { events |= Int16(POLLOUT) }
            descriptors.append(pollfd(fd: fd, events: events, revents: 0))
            tokens.append(entry.token)
        }
        isDirty = false
    }
}
