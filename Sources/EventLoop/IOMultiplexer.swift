/// The directions a descriptor is watched in.
struct IOInterest: OptionSet, Sendable {
    let rawValue: UInt8

    package static let read = IOInterest(rawValue: 1)
    package static let write = IOInterest(rawValue: 2)
}

/// A descriptor the kernel reported ready. Errors and hang-ups count as both readable and
/// writable, so whichever callback is registered discovers them through its own read or write.
struct IOReadyEvent {
    let fd: Int32
    /// The registration the event belongs to; a stale token means the descriptor was
    /// unregistered (and perhaps reused) after the wait returned, so the event is dropped.
    let token: UInt32
    let readable: Bool
    let writable: Bool
}

/// What the reactor needs from `epoll` or `poll`: keep an interest set per descriptor and wait.
protocol IOMultiplexer: AnyObject {
    /// Changes the watch on `fd` from `previous` to `interest`; an empty `interest` stops watching it.
    func update(fd: Int32, token: UInt32, interest: IOInterest, previous: IOInterest) throws(SocketError)

    /// Waits up to `timeoutMilliseconds` (-1: for ever, 0: just look) and appends what is ready.
    /// An interrupted wait (EINTR) returns nothing rather than failing.
    func wait(timeoutMilliseconds: Int32, into ready: inout [IOReadyEvent])
}
