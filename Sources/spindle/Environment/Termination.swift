import Multiprocessing
import Terminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The ways Spindle ends that it controls, each leaving nothing behind: the fork server (and
/// anything it still runs) is ended and reaped rather than left to the machine's init, and the
/// terminal is as it was when Spindle started.
enum Termination {
    /// Ends Spindle by `signal` (SIGTERM, SIGHUP, SIGQUIT), as a well-behaved terminal program
    /// does: whoever started it sees that signal as the cause. The caller has already stopped a
    /// running demo and left the stage.
    static func die(by signal: Int32) -> Never {
        ForkServer.stop()
        TerminalRescue.restoreNow()
        TerminalRescue.die(by: signal)
    }

    /// Reaps the fork server when the program exits normally (`exit`, the end of `main`).
    static func reapForkServerAtExit() {
        atexit { ForkServer.stop() }
    }
}
