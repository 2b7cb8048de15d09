import Synchronization
import Threading
import Trace

/// Python's `multiprocessing.connection.Connection`: one end of a ``Pipe(duplex:name:tracer:)``,
/// sending and receiving whole messages of bytes or `Codable` values.
///
/// Each message is a length header and a payload written in one system call when it fits in
/// PIPE_BUF, so senders in different processes sharing an end never interleave small messages.
/// The end is a plain descriptor with no helper thread and no buffered data, so it works the
/// same in a process forked after the pipe was made; as in Python, each process should close the
/// ends it does not use, or a receiver never sees the end of the stream.
///
/// Concurrency: like Python's, a connection is not meant to be shared by two threads sending at
/// once (messages larger than PIPE_BUF may interleave) or receiving at once (two receivers may
/// split one message), and closing it while another thread is blocked in it does not wake that
/// thread. One thread sending while another receives is fine. The type is `Sendable` without
/// `@unchecked`: its only mutable state is the atomic descriptor, so misuse can garble messages
/// but never race on memory.
public final class Connection: Sendable {
    /// The largest message, in bytes, a connection sends or receives (256 MiB).
    public static let maximumMessageLength = MessageFrame.maximumLength

    /// The open descriptor, or -1 once closed.
    private let descriptor: Atomic<Int32>
    /// The receive timeout this process last set on the socket, in microseconds (0: none), so
    /// that receives with the same timeout set it once. Another process sharing the socket may
    /// have changed it since; reads cope with that (see `PipeIO.readOnce(_:into:until:)`).
    let receiveTimeoutSet = Atomic<Int64>(0)
    /// Whether the descriptor is a socket, which needs `sendmsg` to suppress SIGPIPE.
    let isSocket: Bool
    /// Python's `readable`: whether this end may receive (false for the sending end of a
    /// `Pipe(duplex: false)`).
    public let readable: Bool
    /// Python's `writable`: whether this end may send (false for the receiving end of a
    /// `Pipe(duplex: false)`).
    public let writable: Bool
    /// How errors name this end, such as `pipe#2 end 1`.
    let endpoint: String
    let trace: ThreadingTrace

    init(
        descriptor: Int32, isSocket: Bool, readable: Bool, writable: Bool, endpoint: String,
        trace: ThreadingTrace
    ) {
        self.descriptor = Atomic(descriptor)
        self.isSocket = isSocket
        self.readable = readable
        self.writable = writable
        self.endpoint = endpoint
        self.trace = trace
    }

    deinit {
        close()
    }

    /// Python's `closed`: whether ``close()`` was called.
    public var closed: Bool {
        descriptor.load(ordering: .acquiring) < 0
    }

    /// Python's `fileno()`: the descriptor, for poll(2) or for handing to a child process;
    /// -1 once closed (where Python raises).
    public var fileDescriptor: Int32 {
        descriptor.load(ordering: .acquiring)
    }

    /// Python's `close()`: closes this end; later calls do nothing. The other end sees the end of
    /// the stream once every process has closed its copy of this one.
    public func close() {
        let open = descriptor.exchange(-1, ordering: .acquiringAndReleasing)
        if open >= 0 { PipeIO.closeDescriptor(open) }
    }

    /// Python's `poll(timeout)`: whether a message (or the end of the stream) is ready to
    /// receive, waiting up to `timeout` seconds; `nil` waits for ever, and the default 0 answers at
    /// once, as Python's `poll()` does. A negative timeout counts as 0.
    ///
    /// With tracing on, a wait that blocks shows the caller waiting on the pipe.
    ///
    /// - Throws: ``PipeOSError`` on a closed or send-only end.
    public func poll(timeout: Double? = 0) throws -> Bool {
        let fd = try descriptorForReceiving()
        return try waitForMessage(fd, deadline: Deadline.after(seconds: timeout))
    }

    /// The descriptor, if this end is open and may receive.
    func descriptorForReceiving() throws(PipeOSError) -> Int32 {
        let fd = descriptor.load(ordering: .acquiring)
        guard fd >= 0 else { throw PipeOSError(endpoint: endpoint, reason: .handleClosed) }
        guard readable else { throw PipeOSError(endpoint: endpoint, reason: .sendOnly) }
        return fd
    }

    /// The descriptor, if this end is open and may send.
    func descriptorForSending() throws(PipeOSError) -> Int32 {
        let fd = descriptor.load(ordering: .acquiring)
        guard fd >= 0 else { throw PipeOSError(endpoint: endpoint, reason: .handleClosed) }
        guard writable else { throw PipeOSError(endpoint: endpoint, reason: .receiveOnly) }
        return fd
    }

    /// Waits until `fd` has something to receive or `deadline` passes; returns whether it does.
    func waitForMessage(_ fd: Int32, deadline: Deadline?) throws(PipeOSError) -> Bool {
        try wait(fd, for: PipeIO.readableEvents, until: deadline)
    }

    /// Waits until `fd` is ready for `events` or `deadline` passes, traced as waiting on the pipe
    /// when it has to wait; returns whether it is ready.
    package func wait(_ fd: Int32, for events: Int16, until deadline: Deadline?) throws(PipeOSError) -> Bool {
        do throws(SystemCallFailure) {
            return try PipeIO.wait(fd, for: events, until: deadline, tracing: trace)
        } catch {
            throw osError(error)
        }
    }

    /// The ``PipeOSError`` for a failed system call on this end.
    func osError(_ failure: SystemCallFailure) -> PipeOSError {
        PipeOSError(endpoint: endpoint, reason: .systemCall(failure.call, errno: failure.code))
    }
}
