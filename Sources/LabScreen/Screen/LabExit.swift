/// How the student left the full-screen lab.
public enum LabExit: Sendable, Equatable {
    /// `q`, Esc or Ctrl-D; the game has been told with ``LabAction/quit``.
    case quit
    /// Ctrl-C; the terminal is restored. The caller decides what an interrupt means there.
    case interrupted
    /// SIGTERM, SIGHUP or Ctrl-\ arrived; the terminal is restored and the caller should end
    /// the process by this signal.
    case terminated(signal: Int32)
}
