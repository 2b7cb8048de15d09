import DequeModule
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door into the reactor from other threads: a mutex-guarded list of calls and a
/// non-blocking pipe whose read end the reactor watches, so a post wakes a blocked `epoll_wait`.
///
/// At most one byte is in flight per batch of posts (`signalled`), so a busy producer cannot fill
/// the pipe. The reactor takes the calls at the start of every iteration and drains the pipe
/// whenever it is readable; a post after the take writes a new byte, so no wake-up is lost.
final class ReactorWakeChannel: @unchecked Sendable {
    // `calls`, `spare` and `signalled` are guarded by `mutex`; the descriptors never change.
    let readFD: Int32
    private let writeFD: Int32
    private let mutex = PthreadMutex()
    private var calls: [@Sendable () -> Void] = []
    private var spare: [@Sendable () -> Void] = []
    private var signalled = false

    init() throws(SocketError) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SocketError.last("pipe") }
        for fd in ends {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readFD = ends[0]
        writeFD = ends[1]
    }

    deinit {
        close(readFD)
        close(writeFD)
    }

    /// Queues `call` and makes sure the reactor wakes up; callable from any thread.
    func post(_ call: @escaping @Sendable () -> Void) {
        mutex.lock()
        calls.append(call)
        let mustSignal = !signalled
        signalled = true
        mutex.unlock()
        guard mustSignal else { return }
        var byte: UInt8 = 1
        // EAGAIN means the pipe is full, so the reactor is certain to wake anyway.
        while write(writeFD, &byte, 1) < 0 && errno == EINTR {}
    }

    /// Moves every posted call to the end of `ready`, in posting order.
    func take(into ready: inout Deque<() -> Void>) {
        mutex.lock()
        swap(&calls, &spare)
        signalled = false
        mutex.unlock()
        guard !spare.isEmpty else { return }
        for call in spare { ready.append(call) }
        // Keeping the emptied array's storage avoids an allocation on the next batch.
        spare.removeAll(keepingCapacity: true)
    }

    /// Whether calls are waiting to be taken.
    var hasPendingCalls: Bool {
        mutex.withLock { !calls.isEmpty }
    }

    /// Empties the pipe; called on the reactor thread when its read end is readable.
    func drain() {
        var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        while withUnsafeMutableBytes(of: &bytes, { read(readFD, $0.baseAddress, $0.count) }) > 0 {}
    }
}
