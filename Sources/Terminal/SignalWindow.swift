internal import CTerminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// While open, the signals that must give the terminal back are caught rather than acted on:
/// Ctrl-C, Ctrl-\, SIGTERM, SIGHUP, Ctrl-Z, SIGCONT and resizes. A handler only records the
/// signal and wakes ``wait(for:milliseconds:)``; the loop that waits takes them with
/// ``takeSignals()`` and acts on them, restoring the terminal before the process stops or ends.
///
/// There is one terminal, so one window is open at a time, by the thread that waits on it; the
/// signals are unblocked in that thread for as long as it is open. ``close()`` puts the previous
/// dispositions and mask back; call it on every way out (`defer`).
public final class SignalWindow {
    /// The read end of the self-pipe: readable while a signal waits to be taken. A loop that
    /// polls descriptors of its own adds this one.
    public let wakeDescriptor: Int32
    private var isOpen = true

    private init(wakeDescriptor: Int32) {
        self.wakeDescriptor = wakeDescriptor
    }

    /// Opens the window; throws when the pipe cannot be made or a window is already open.
    public static func open() throws(TerminalError) -> SignalWindow {
        let wake = cterm_signals_begin()
        guard wake >= 0 else { throw TerminalError(code: errno) }
        return SignalWindow(wakeDescriptor: wake)
    }

    /// Puts the previous dispositions and mask back; harmless when already closed.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        cterm_signals_end()
    }

    deinit {
        close()
    }

    /// The signals that arrived since the last take, each reported once: reading and clearing
    /// them is one atomic step, so a signal arriving meanwhile is kept for the next take.
    public func takeSignals() -> TerminalSignals {
        guard isOpen else { return [] }
        return TerminalSignals(rawValue: cterm_take_signals())
    }

    /// What ``wait(for:milliseconds:)`` found ready.
    public struct Readiness: OptionSet, Sendable {
        public let rawValue: Int32

        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        /// The input descriptor can be read without blocking.
        public static let input = Readiness(rawValue: CTERM_READY_INPUT)
        /// A signal waits to be taken.
        public static let signal = Readiness(rawValue: CTERM_READY_SIGNAL)
    }

    /// Waits until `input` is readable or a signal arrives, at most `milliseconds` (nil: until
    /// one of them happens); empty after the time ran out. When it cannot wait on `input`, it
    /// says the input is ready, so that reading it reports the problem.
    public func wait(for input: Int32?, milliseconds: Int?) -> Readiness {
        let limit = milliseconds.map { Int32(clamping: $0) } ?? -1
        let ready = cterm_wait(input ?? -1, limit)
        return ready < 0 ? .input : Readiness(rawValue: ready)
    }

    /// Ctrl-Z: stops the process as the disposition from before the window would have, and
    /// returns once it is continued (`fg`). The caller gives the terminal back first and takes
    /// it again after.
    public func stopProcess() {
        guard isOpen else { return }
        cterm_suspend_self()
    }
}
