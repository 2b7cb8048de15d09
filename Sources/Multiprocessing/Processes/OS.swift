import CPrimitives
import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `os` module, as far as processes go: `fork`, `getpid`, `getppid`, `waitpid`, `_exit`.
///
/// ``fork(name:)`` refuses to run in a process that has more than one thread. That is the lesson
/// behind Spindle's fork server: the child of a threaded process inherits every lock another
/// thread held at that instant (malloc's, the runtime's) with no thread left to release it, and
/// may hang the first time it allocates. Python 3.12 warns about it; Spindle stops it. Programs
/// that fork run as a ``HostedProgram``, forked from the single-threaded fork server.
public enum OS {
    /// Python's `os.getpid()`.
    public static func getpid() -> Int32 {
        #if canImport(Glibc)
        Glibc.getpid()
        #else
        Darwin.getpid()
        #endif
    }

    /// Python's `os.getppid()`.
    public static func getppid() -> Int32 {
        #if canImport(Glibc)
        Glibc.getppid()
        #else
        Darwin.getppid()
        #endif
    }

    /// Python's `os.fork()`: returns 0 in the child and the child's pid in the parent.
    ///
    /// The child is a real copy of this process: a variable it changes stays unchanged in the
    /// parent. It is killed if this process dies (no orphans), and it is a new actor of the trace,
    /// named `name` or `fork-<pid>`. The child should end with ``exit(_:)``; if it returns
    /// instead, it goes on running the parent's code, exactly as in C and Python.
    ///
    /// - Throws: ``ForkInThreadedProcessError`` when other threads exist, ``ProcessLimitError``
    ///   when the demo already made its quota of processes, ``OSError`` when `fork` fails.
    public static func fork(name: String? = nil) throws -> Int32 {
        try forkTracked(name: name, daemon: false)
    }

    /// Forks with the bookkeeping ``Process`` and ``fork(name:)`` share.
    static func forkTracked(name: String?, daemon: Bool) throws -> Int32 {
        let threads = cprim_thread_count()
        if threads > 1 { throw ForkInThreadedProcessError(threadCount: Int(threads)) }
        let current = CurrentProcess.shared
        let tree = try current.tree()
        try tree.reserveProcess()
        let tracer = TraceContext.tracer
        let parentActor = TraceContext.currentActor
        let childActor = tracer.nextActorID()
        let declaration = { (pid: Int32) in
            TraceActor(
                id: childActor, kind: .process, name: name ?? "fork-\(pid)",
                parent: parentActor == .unassigned ? nil : parentActor, pid: pid)
        }
        let pid: Int32
        if let forwarding = tracer.sink as? ForwardingTraceSink {
            pid = forwarding.fork(declaring: declaration, by: parentActor)
        } else {
            pid = cprim_fork(0)
            if pid > 0 { tracer.record(actor: parentActor, .declareActor(declaration(pid))) }
        }
        if pid < 0 {
            let code = errno
            tree.releaseProcess()
            throw OSError(errno: code, doing: "fork")
        }
        if pid == 0 {
            current.becameChild(actor: childActor, name: declaration(getpid()).name, daemon: daemon)
            tracer.record(actor: childActor, .transition(.running))
            return 0
        }
        current.addChild(pid: pid, actor: childActor, daemon: daemon)
        return pid
    }

    /// Python's `os.waitpid(pid, 0)`: waits for child `pid` to end and reaps it; returns nil if
    /// `timeout` seconds pass first (Python has no timeout here; Spindle never waits unbounded
    /// unless asked to). The trace shows the caller waiting for that child.
    public static func waitpid(_ pid: Int32, timeout: Double? = nil) throws -> WaitResult? {
        try reap(pid, until: Deadline.after(seconds: timeout), showingWait: true)
    }

    /// Reaps `pid` if it has ended, without showing a wait in the trace: for liveness checks
    /// such as `is_alive()`, which do not block.
    static func reapIfEnded(_ pid: Int32) throws -> WaitResult? {
        try reap(pid, until: Deadline.after(seconds: 0), showingWait: false)
    }

    private static func reap(_ pid: Int32, until deadline: Deadline?, showingWait: Bool) throws -> WaitResult?
    {
        let tracer = TraceContext.tracer
        let me = TraceContext.currentActor
        let child = showingWait ? CurrentProcess.shared.child(pid) : nil
        if let child { tracer.record(actor: me, .transition(.waiting(.join(child.actor)))) }
        defer { if child != nil { tracer.record(actor: me, .transition(.running)) } }
        var status: Int32 = 0
        let reaped = cprim_wait_child(pid, deadline.map { Int64($0.nanoseconds) } ?? -1, &status)
        if reaped < 0 { throw OSError(errno: -reaped, doing: "waitpid(\(pid))") }
        if reaped == 0 { return nil }
        let result = WaitResult(pid: pid, status: ExitStatus(waitStatus: status))
        reportReaped(result, tracer: tracer)
        return result
    }

    /// Python's `os.wait()`: waits for any child to end; nil if `timeout` passes first. With no
    /// child left to wait for, Python raises `ChildProcessError`; Spindle throws ``OSError`` with
    /// `ECHILD`.
    public static func wait(timeout: Double? = nil) throws -> WaitResult? {
        let deadline = Deadline.after(seconds: timeout)
        let tracer = TraceContext.tracer
        while true {
            var status: Int32 = 0
            let pid = waitpidRetrying(-1, &status, WNOHANG)
            if pid < 0 { throw OSError(errno: errno, doing: "wait") }
            if pid > 0 {
                let result = WaitResult(pid: pid, status: ExitStatus(waitStatus: status))
                reportReaped(result, tracer: tracer)
                return result
            }
            if let deadline, deadline.hasPassed { return nil }
            usleep(1000)
        }
    }

    /// Python's `os._exit(code)`: ends this process at once. Spindle still records the end in the
    /// trace; children of this process are killed with it rather than left as orphans.
    public static func exit(_ code: Int32) -> Never {
        ProcessExit.finish(code: code, joinChildren: false)
    }

    /// The trace learns a child ended by a signal only here, since the child could say nothing.
    private static func reportReaped(_ result: WaitResult, tracer: Tracer) {
        guard let child = CurrentProcess.shared.removeChild(result.pid) else { return }
        (try? CurrentProcess.shared.tree())?.releaseProcess()
        if case .signalled = result.status {
            tracer.record(actor: child.actor, .transition(.done(result.status)))
        }
    }

    static func waitpidRetrying(_ pid: Int32, _ status: inout Int32, _ options: Int32) -> Int32 {
        while true {
            #if canImport(Glibc)
            let result = Glibc.waitpid(pid, &status, options)
            #else
            let result = Darwin.waitpid(pid, &status, options)
            #endif
            if result >= 0 || errno != EINTR { return result }
        }
    }
}

/// `fork` was called while other threads exist; the child could deadlock.
public struct ForkInThreadedProcessError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Threads in the process at the time, the caller included.
    public let threadCount: Int

    /// The sentence a student sees, with the fix.
    public var description: String {
        "fork() refused: this process runs \(threadCount) threads, and a forked child could deadlock on a lock "
            + "one of them held; fork before starting threads, or run the code as a HostedProgram"
    }
}
