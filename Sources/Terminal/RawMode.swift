internal import CTerminal

/// Keys one by one, as the live stage and the pager read them.
public enum RawMode {
    /// Puts the terminal on `descriptor` in raw mode: no echo, no line buffering; Ctrl-C and
    /// Ctrl-Z still raise signals. The mode from before is kept for ``restore(_:)``.
    /// Throws when `descriptor` is not a terminal.
    public static func enter(_ descriptor: Int32) throws(TerminalError) {
        let status = cterm_enter_raw_mode(descriptor)
        guard status == 0 else { throw TerminalError(code: status) }
    }

    /// Puts back the mode from before ``enter(_:)``; harmless when already restored.
    public static func restore(_ descriptor: Int32) {
        cterm_restore_mode(descriptor)
    }
}
