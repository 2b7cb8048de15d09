import Terminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whatever goes wrong, the student gets the terminal back at once.
enum CrashSafety {
    /// Call first thing in `main`, before any thread exists.
    ///
    /// Swift's backtracer, on a crash in a terminal, offers an interactive session and waits 30
    /// seconds for input, with the terminal raw and over the stage. It reads its settings only
    /// when the runtime starts, so when they do not say `interactive=no` yet, Spindle adds it and,
    /// when the backtracer could wait, starts itself again (once: the setting is then present).
    /// The fork server and the demos inherit it. Then the terminal's mode is remembered and crash
    /// handlers are put in front of the backtracer's, so that a crash gives the terminal back
    /// before anything is printed.
    static func prepare() {
        #if os(Linux)
        let current = getenv("SWIFT_BACKTRACE").map { String(cString: $0) } ?? ""
        if !current.contains("interactive=") {
            let setting = current.isEmpty ? "interactive=no" : current + ",interactive=no"
            setenv("SWIFT_BACKTRACE", setting, 1)
            // Unless told otherwise the backtracer waits for input only when standard input and
            // output are both terminals. Otherwise this process never waits, the variable is
            // enough for the processes it starts, and starting again would only cost a second
            // load of the program.
            // By its real path, so that `ps` names the process after it, not `exe`. Returns only
            // if the new image could not start; Spindle then goes on as it is.
            if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
                let path = realpath("/proc/self/exe", nil)
            {
                execv(path, CommandLine.unsafeArgv)
                free(path)
            }
        }
        #endif
        TerminalRescue.rememberMode(of: STDIN_FILENO)
        TerminalRescue.installCrashHandlers()
    }
}
