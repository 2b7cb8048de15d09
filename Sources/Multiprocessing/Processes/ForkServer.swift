import CPrimitives
import Threading

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The tutor's side of the fork server (see `forkserver.c` for why it exists and how it talks).
///
/// One server serves the whole process. ``start()`` should be the first line of a program's
/// synchronous `main`, so that the server is spawned while the program is still small and has no
/// threads; anywhere else (a test runner, say) the first request starts it, which is also safe
/// because spawning uses `posix_spawn`. A reader thread takes the server's replies and wakes
/// whoever waits for them.
public final class ForkServer: @unchecked Sendable {
    /// The server's pid (a child of this process, shown by `ps` as `spindle-forksrv`).
    public let pid: Int32
    private let controlFD: Int32
    private let readerThread: NativeThread
    // Everything below is guarded by `mutex`; `changed` is broadcast on every reply.
    private let mutex = PthreadMutex()
    private let changed = PthreadCondition()
    private var nextRequestID: UInt64 = 1
    private var spawnReplies: [UInt64: Int32] = [:]
    private var exitStatuses: [Int32: Int32] = [:]
    private var serverGone = false
    private var serverReaped = false

    private static let startLock = PthreadMutex()
    nonisolated(unsafe) private static var running: ForkServer?

    /// Starts the process's fork server if it is not running yet. Call it first thing in `main`.
    public static func start() throws(ForkServerError) {
        _ = try shared()
    }

    /// Ends the running server, which kills whatever it started that still runs, and reaps it,
    /// so that nothing is left to the machine's init (which in a container may never reap it).
    /// Call it on every way out of the program: at exit and before dying of a signal. Waits at
    /// most `seconds` for the server to go before it is killed. A later request starts a new one.
    public static func stop(waitingAtMost seconds: Double = 2) {
        startLock.lock()
        let server = running
        running = nil
        startLock.unlock()
        server?.shutDown(waitingAtMost: seconds)
    }

    /// Makes a signal that ends the program (where nothing else handles it) end and reap the
    /// server first. Call it in an executable's `main` before ``start()``.
    public static func stopOnTerminatingSignals() {
        cprim_tidy_exit_install()
    }

    private func shutDown(waitingAtMost seconds: Double) {
        cprim_tidy_exit_forget_server()
        // shutdown, not close: the reader thread is blocked on this descriptor and must wake up,
        // and a thread that still holds this server gets an error rather than writing to a
        // reused descriptor. The server sees the hang-up, kills its children and exits; the
        // reader then reaps it.
        _ = shutdown(controlFD, Int32(SHUT_RDWR))
        guard !waitUntilReaped(seconds: seconds) else { return }
        _ = kill(pid, SIGKILL)
        _ = waitUntilReaped(seconds: seconds)
    }

    private func waitUntilReaped(seconds: Double) -> Bool {
        let deadline = Deadline.after(seconds: seconds)
        mutex.lock()
        defer { mutex.unlock() }
        while !serverReaped {
            guard !(deadline?.hasPassed ?? false) else { return false }
            _ = changed.wait(mutex, until: deadline)
        }
        return true
    }

    /// The running server, started on first use.
    static func shared() throws(ForkServerError) -> ForkServer {
        startLock.lock()
        defer { startLock.unlock() }
        // `running` is only read or written while `startLock` is held.
        if let server = running, !server.hasStopped { return server }
        let server = try ForkServer()
        running = server
        return server
    }

    private init() throws(ForkServerError) {
        guard let executable = cprim_executable_path() else {
            throw ForkServerError("this platform cannot locate the running executable")
        }
        var control: Int32 = -1
        var serverPID: pid_t = 0
        let status = cprim_fork_server_spawn(executable, &control, &serverPID)
        guard status == 0 else {
            throw ForkServerError("cannot start (\(FileDescriptorIO.describe(status)))")
        }
        controlFD = control
        pid = serverPID
        let box = ReplyLoopBox()
        do {
            readerThread = try NativeThread.spawn(name: "fork-server-rx") { box.server?.readReplies() }
        } catch {
            FileDescriptorIO.close(control)
            var status: Int32 = 0
            _ = waitpid(serverPID, &status, 0)
            throw ForkServerError("cannot start its reply thread (\(error.description))")
        }
        box.server = self
        // The reader lives as long as the process; it ends when the server goes away.
        readerThread.detach()
        box.ready()
    }

    private var hasStopped: Bool {
        mutex.withLock { serverGone }
    }

    /// Asks the server to fork a process that runs `payload` (a ``HostedRequest``) with `fds`
    /// as its descriptors; returns the new process's pid.
    package func spawn(payload: [UInt8], fds: [Int32]) throws(ForkServerError) -> Int32 {
        let requestID = mutex.withLock {
            defer { nextRequestID += 1 }
            return nextRequestID
        }
        let status = payload.withUnsafeBytes { bytes in
            fds.withUnsafeBufferPointer { descriptors in
                cprim_fork_server_request(
                    controlFD, requestID, bytes.baseAddress, bytes.count,
                    descriptors.baseAddress, Int32(descriptors.count))
            }
        }
        guard status == 0 else {
            throw ForkServerError("cannot send a request (\(FileDescriptorIO.describe(status)))")
        }
        mutex.lock()
        defer { mutex.unlock() }
        while spawnReplies[requestID] == nil && !serverGone {
            changed.wait(mutex)
        }
        guard let reply = spawnReplies.removeValue(forKey: requestID) else {
            throw ForkServerError("stopped before answering")
        }
        guard reply > 0 else {
            throw ForkServerError("fork failed (\(FileDescriptorIO.describe(-reply)))")
        }
        return reply
    }

    /// Waits until the server reports that `pid` ended, at most until `deadline`; returns the raw
    /// wait status, or nil on timeout. Throws if the server itself went away.
    func waitForExit(of pid: Int32, until deadline: Deadline?) throws(ForkServerError) -> Int32? {
        mutex.lock()
        defer { mutex.unlock() }
        while exitStatuses[pid] == nil && !serverGone {
            if let deadline {
                if deadline.hasPassed { return nil }
                _ = changed.wait(mutex, until: deadline)
            } else {
                changed.wait(mutex)
            }
        }
        guard let status = exitStatuses[pid] else { throw ForkServerError("stopped while a process ran") }
        return status
    }

    /// The raw wait status of `pid` if the server has reported its end.
    func exitStatus(of pid: Int32) -> Int32? {
        mutex.withLock { exitStatuses[pid] }
    }

    /// Drops what is remembered about `pid` once its handle no longer needs it.
    func forget(_ pid: Int32) {
        mutex.withLock { _ = exitStatuses.removeValue(forKey: pid) }
    }

    private func readReplies() {
        var reply = cprim_fork_reply()
        while cprim_fork_server_next_reply(controlFD, &reply) == 1 {
            mutex.withLock {
                switch reply.kind {
                case UInt32(CPRIM_FORK_REPLY_SPAWNED):
                    spawnReplies[reply.request_id] = reply.pid > 0 ? reply.pid : min(reply.value, -1)
                case UInt32(CPRIM_FORK_REPLY_EXITED):
                    exitStatuses[reply.pid] = reply.value
                default:
                    break
                }
                changed.broadcast()
            }
        }
        mutex.withLock {
            serverGone = true
            changed.broadcast()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        mutex.withLock {
            serverReaped = true
            changed.broadcast()
        }
    }
}

/// Hands the reader thread its server once the initialiser has finished, so that the thread
/// never touches a half-built object.
private final class ReplyLoopBox: @unchecked Sendable {
    private let mutex = PthreadMutex()
    private let condition = PthreadCondition()
    private var isReady = false
    private var stored: ForkServer?

    var server: ForkServer? {
        get {
            mutex.lock()
            defer { mutex.unlock() }
            while !isReady { condition.wait(mutex) }
            return stored
        }
        set { mutex.withLock { stored = newValue } }
    }

    func ready() {
        mutex.withLock {
            isReady = true
            condition.broadcast()
        }
    }
}
