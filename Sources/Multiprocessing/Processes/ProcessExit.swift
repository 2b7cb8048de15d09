import Threading
import Trace

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The end of every process Spindle forks, whichever way it ends normally.
enum ProcessExit {
    /// Python's exit sequence (`multiprocessing.util._exit_function`): terminate daemonic
    /// children, wait for the others; then record the end in the trace and leave without running
    /// the parent's `atexit` handlers, which belong to the parent.
    static func finish(code: Int32, joinChildren: Bool) -> Never {
        if joinChildren { settleChildren() }
        TraceContext.tracer.record(actor: TraceContext.currentActor, .transition(.done(.exited(code))))
        fflush(nil)
        _exit(code)
    }

    /// Terminates daemonic children and reaps every child; called at the end of a process.
    static func settleChildren() {
        let children = CurrentProcess.shared.childPIDs
        for (pid, child) in children where child.daemon {
            kill(pid, SIGTERM)
        }
        for pid in children.keys.sorted() {
            _ = try? OS.waitpid(pid)
        }
    }
}
