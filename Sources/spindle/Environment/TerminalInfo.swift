@preconcurrency import Foundation

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal (if any) around this run can do, decided once at start.
struct TerminalInfo: Sendable {
    /// Whether standard input is a terminal (line editing is possible).
    let inputIsTerminal: Bool
    /// Whether standard output is a terminal.
    let outputIsTerminal: Bool
    /// Whether to emit colour and styles.
    let color: Bool
    /// Whether to avoid anything but plain lines (no colour, no line editing).
    let plain: Bool

    /// Applies the usual conventions: `NO_COLOR` (any value) and `TERM=dumb` turn colour off,
    /// and output that is not a terminal gets neither colour nor escape sequences.
    init(plain: Bool, noColor: Bool, environment: [String: String] = ProcessEnvironment.variables) {
        inputIsTerminal = isatty(STDIN_FILENO) == 1
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        let dumb = environment["TERM"] == "dumb"
        self.plain = plain || dumb || !outputIsTerminal
        color = !self.plain && !noColor && environment["NO_COLOR"] == nil
    }

    /// Columns available for text: the terminal's width, else `COLUMNS`, else 80; capped so
    /// prose stays readable on very wide terminals.
    static func textWidth(environment: [String: String] = ProcessEnvironment.variables) -> Int {
        var size = winsize()
        let columns: Int
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            columns = Int(size.ws_col)
        } else if let text = environment["COLUMNS"], let value = Int(text), value > 0 {
            columns = value
        } else {
            columns = 80
        }
        return max(20, min(columns, 100))
    }
}
