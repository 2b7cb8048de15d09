internal import CTerminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals a ``SignalWindow`` caught.
public struct TerminalSignals: OptionSet, Sendable {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// Ctrl-C (SIGINT).
    public static let interrupt = TerminalSignals(rawValue: CTERM_INTERRUPT)
    /// SIGTERM.
    public static let terminate = TerminalSignals(rawValue: CTERM_TERMINATE)
    /// SIGHUP: the terminal closed.
    public static let hangup = TerminalSignals(rawValue: CTERM_HANGUP)
    /// Ctrl-Z (SIGTSTP).
    public static let suspend = TerminalSignals(rawValue: CTERM_SUSPEND)
    /// The window changed size (SIGWINCH), or the process was continued (SIGCONT): either way
    /// the screen must be drawn again.
    public static let resize = TerminalSignals(rawValue: CTERM_RESIZE)
    /// Ctrl-\ (SIGQUIT): ends Spindle like SIGTERM, never as a crash.
    public static let quit = TerminalSignals(rawValue: CTERM_QUIT)

    /// The signal to end the process by, when these ask it to end: SIGTERM before SIGHUP before
    /// SIGQUIT, should several have arrived together.
    public var endingSignal: Int32? {
        if contains(.terminate) { return SIGTERM }
        if contains(.hangup) { return SIGHUP }
        if contains(.quit) { return SIGQUIT }
        return nil
    }
}
