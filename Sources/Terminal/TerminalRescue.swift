internal import CTerminal

/// Gives the terminal back on the ways out that skip the normal clean-up: a crash, and death by
/// a signal.
public enum TerminalRescue {
    /// Remembers the mode of the terminal on `descriptor` as the one to give back. Call once at
    /// start, before anything changes the mode.
    public static func rememberMode(of descriptor: Int32) {
        cterm_remember_terminal(descriptor)
    }

    /// Puts handlers for crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT) in
    /// front of the runtime's backtracer, so a crash gives the terminal back before anything is
    /// printed. Call in `main`, after the runtime installed its own.
    public static func installCrashHandlers() {
        cterm_install_crash_restore()
    }

    /// Whether the alternate screen is in use, so that a crash leaves it too.
    public static func noteAlternateScreen(_ active: Bool) {
        cterm_note_alternate_screen(active ? 1 : 0)
    }

    /// Leaves the alternate screen if it is in use and puts back the remembered mode.
    public static func restoreNow() {
        cterm_restore_terminal_now()
    }

    /// Ends the process by `signal`'s default action, as a well-behaved terminal program does,
    /// so whoever started it sees that signal as the cause. Writes no core file: a signal the
    /// user sent is not a crash. The caller has already given the terminal back.
    public static func die(by signal: Int32) -> Never {
        cterm_die_by_signal(signal)
    }
}
