import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call that failed, before the caller turns it into the error Python would raise.
struct SystemCallFailure: Error {
    let call: String
    let code: Int32
}

/// The system calls under ``Connection`` and ``RawPipe``: every one retried on EINTR, because a
/// signal aimed at some other part of the process must not surface as a failed send or receive.
///
/// Descriptors stay in blocking mode: `O_NONBLOCK` lives in the open file description, which a
/// forked child shares, so setting it here would change the child's descriptor too. Waits with a
/// timeout use poll(2) instead.
enum PipeIO {
    /// poll(2) events that mean a receive will not block: data, or the end of the stream.
    static let readableEvents = Int16(POLLIN)
    /// poll(2) events that mean a small write will not block.
    static let writableEvents = Int16(POLLOUT)

    /// Whether `fd` is ready for `events` right now, without waiting.
    static func isReady(_ fd: Int32, for events: Int16) throws(SystemCallFailure) -> Bool {
        try wait(fd, for: events, until: Deadline(nanoseconds: 0))
    }

    /// Waits until `fd` is ready for `events` or `deadline` passes (`nil`: for ever); returns
    /// whether it became ready. Errors and hang-ups count as ready, so that the call that follows
    /// reports them.
    package static func wait(_ fd: Int32, for events: Int16, until deadline: Deadline?)
        throws(SystemCallFailure) -> Bool
    {
        var request = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let status = poll(&request, 1, milliseconds(until: deadline))
            if status > 0 { return true }
            if status == 0 {
                // poll(2) times on its own clock; if that wakes a hair early, wait out the rest.
                if let deadline, !deadline.hasPassed { continue }
                return false
            }
            guard errno == EINTR else { throw SystemCallFailure(call: "poll", code: errno) }
        }
    }

    /// ``wait(_:for:until:)`` reported to `trace`: when the caller really has to wait, it is shown
    /// waiting on the pipe until the wait ends, however it ends. Untraced, this is one poll(2).
    package static func wait(
        _ fd: Int32, for events: Int16, until deadline: Deadline?, tracing trace: ThreadingTrace
    ) throws(SystemCallFailure) -> Bool {
        guard trace.isEnabled else { return try wait(fd, for: events, until: deadline) }
        if try isReady(fd, for: events) { return true }
        if let deadline, deadline.hasPassed { return false }
        trace.transition(.waiting(.pipe(trace.resource)))
        defer { trace.transition(.running) }
        return try wait(fd, for: events, until: deadline)
    }

    /// Writes all of `head` then all of `body`, starting with one gather write so that a message
    /// of up to PIPE_BUF bytes reaches the kernel in one piece; continues after partial writes.
    package static func writeAll(
        _ fd: Int32, isSocket: Bool, head: UnsafeRawBufferPointer, body: UnsafeRawBufferPointer
    ) throws(SystemCallFailure) {
        var headWritten = 0
        var bodyWritten = 0
        while headWritten < head.count || bodyWritten < body.count {
            let written = gatherWrite(
                fd, isSocket: isSocket,
                UnsafeRawBufferPointer(rebasing: head[headWritten...]),
                UnsafeRawBufferPointer(rebasing: body[bodyWritten...]))
            guard written >= 0 else {
                if errno == EINTR { continue }
                throw SystemCallFailure(call: isSocket ? "sendmsg" : "writev", code: errno)
            }
            let intoHead = min(written, head.count - headWritten)
            headWritten += intoHead
            bodyWritten += written - intoHead
        }
    }

    /// Writes all of `bytes`, continuing after partial writes.
    package static func writeAll(_ fd: Int32, isSocket: Bool, _ bytes: UnsafeRawBufferPointer)
        throws(SystemCallFailure)
    {
        try writeAll(fd, isSocket: isSocket, head: UnsafeRawBufferPointer(start: nil, count: 0), body: bytes)
    }

    /// One writev(2) of `head` then `body`, or for a socket one sendmsg(2) with MSG_NOSIGNAL, so
    /// that a closed peer yields EPIPE rather than SIGPIPE; returns what the call returns.
    private static func gatherWrite(
        _ fd: Int32, isSocket: Bool, _ head: UnsafeRawBufferPointer, _ body: UnsafeRawBufferPointer
    ) -> Int {
        var pieces = (
            iovec(iov_base: UnsafeMutableRawPointer(mutating: head.baseAddress), iov_len: head.count),
            iovec(iov_base: UnsafeMutableRawPointer(mutating: body.baseAddress), iov_len: body.count)
        )
        return withUnsafeMutableBytes(of: &pieces) { storage in
            let vector = storage.bindMemory(to: iovec.self)
            // A lone piece goes out with write(2), which skips copying in the iovec array.
            guard isSocket else {
                return head.isEmpty
                    ? write(fd, body.baseAddress, body.count) : writev(fd, vector.baseAddress, 2)
            }
            var message = msghdr()
            message.msg_iov = vector.baseAddress
            message.msg_iovlen = 2
            return sendmsg(fd, &message, noSignal)
        }
    }

    /// The sendmsg(2) flag that turns SIGPIPE into EPIPE; Darwin sets SO_NOSIGPIPE on the socket
    /// instead.
    private static var noSignal: Int32 {
        #if canImport(Glibc)
        Int32(MSG_NOSIGNAL)
        #else
        0
        #endif
    }

    /// One write(2) of `bytes`, retried only when interrupted before writing anything; returns the
    /// number of bytes the kernel took.
    static func writeOnce(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallFailure) -> Int {
        while true {
            let written = write(fd, bytes.baseAddress, bytes.count)
            if written >= 0 { return written }
            guard errno == EINTR else { throw SystemCallFailure(call: "write", code: errno) }
        }
    }

    /// One read(2) into `buffer`; returns the count, 0 at the end of the stream.
    package static func readOnce(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer)
        throws(SystemCallFailure) -> Int
    {
        // With no deadline the wait never gives up, so there is always a count.
        try readOnce(fd, into: buffer, until: nil) ?? 0
    }

    /// One read(2) into `buffer`, waiting for data until `deadline` (`nil`: for ever); returns the
    /// count, 0 at the end of the stream, or nil when `deadline` passed first.
    ///
    /// The read itself is the wait. A socket's receive timeout (SO_RCVTIMEO, which
    /// ``setReceiveTimeout(_:microseconds:)`` sets, possibly from another process sharing the
    /// socket) makes a blocking read fail with EAGAIN when it runs out; what is left of
    /// `deadline` is then waited out with poll(2).
    static func readOnce(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, until deadline: Deadline?)
        throws(SystemCallFailure) -> Int?
    {
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            // A Unix socket whose peer closed with unread data reports ECONNRESET once the data
            // left is consumed: for a reader that is the end of the stream.
            if errno == ECONNRESET { return 0 }
            if errno == EAGAIN || errno == EWOULDBLOCK {
                guard try wait(fd, for: readableEvents, until: deadline) else { return nil }
                continue
            }
            guard errno == EINTR else { throw SystemCallFailure(call: "read", code: errno) }
        }
    }

    /// Reads until `buffer` is full or the stream ends; returns how many bytes arrived, which is
    /// less than `buffer.count` only at the end of the stream.
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemCallFailure)
        -> Int
    {
        var filled = 0
        while filled < buffer.count {
            let count = try readOnce(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if count == 0 { break }
            filled += count
        }
        return filled
    }

    /// Sets the socket's receive timeout (SO_RCVTIMEO; 0 for none), which bounds how long a
    /// blocking read waits, so that a receive with a timeout needs no poll(2) before its read.
    static func setReceiveTimeout(_ fd: Int32, microseconds: Int64) throws(SystemCallFailure) {
        var limit = timeval(
            tv_sec: Int(microseconds / 1_000_000), tv_usec: .init(microseconds % 1_000_000))
        guard setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size)) == 0
        else { throw SystemCallFailure(call: "setsockopt", code: errno) }
    }

    /// Closes `fd`, not retrying on EINTR: on Linux the descriptor is released even then, and a
    /// retry could close a descriptor another thread just opened.
    static func closeDescriptor(_ fd: Int32) {
        _ = close(fd)
    }

    /// The poll(2) timeout for `deadline`: -1 for none, else the milliseconds left, rounded up.
    private static func milliseconds(until deadline: Deadline?) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = deadline.remainingNanoseconds
        return Int32(min((remaining + 999_999) / 1_000_000, UInt64(Int32.max)))
    }
}
