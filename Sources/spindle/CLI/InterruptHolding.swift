#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C outside the show, for the commands that run something and then report it.
enum InterruptHolding {
    /// The stage and the narration catch Ctrl-C while they run (they unblock it, then put the
    /// mask back). A second Ctrl-C right after the first, or one forwarded by a wrapper such as
    /// `timeout`, must not kill Spindle before it has saved the trace, reaped what it started
    /// and printed the results: outside the show it stays pending, and the process ends on its
    /// own terms.
    static func holdOutsideTheShow() {
        var held = sigset_t()
        sigemptyset(&held)
        sigaddset(&held, SIGINT)
        pthread_sigmask(SIG_BLOCK, &held, nil)
    }
}
