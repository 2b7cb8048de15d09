#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps SIGPIPE from killing the process when a pipe(2) end writes to a closed reader.
///
/// A socket suppresses the signal per call (`MSG_NOSIGNAL`), but write(2) on a pipe has no such
/// flag, and blocking the signal around each write would cost two system calls per message. So,
/// as CPython does at start-up, SIGPIPE is set to "ignore" once, before the first pipe(2) end
/// exists; the write then fails with EPIPE, which becomes ``BrokenPipeError``. A handler the
/// program installed itself is left alone. The ignored disposition is inherited by forked
/// children (which want it too) and survives exec, so code that starts other programs should
/// restore the default in the child, as Spindle's fork server and Python's `subprocess` do.
enum BrokenPipeSignal {
    private static let ignored: Void = ignoreIfDefault()

    /// Makes sure SIGPIPE is ignored unless the program handles it; the work happens only once.
    static func ignoreUnlessHandled() {
        _ = ignored
    }

    private static func ignoreIfDefault() {
        var current = sigaction()
        guard sigaction(SIGPIPE, nil, &current) == 0 else { return }
        #if canImport(Glibc)
        let handler = current.__sigaction_handler.sa_handler
        #else
        let handler = current.__sigaction_u.__sa_handler
        #endif
        // SIG_DFL is the null handler.
        if handler == nil { signal(SIGPIPE, SIG_IGN) }
    }
}
