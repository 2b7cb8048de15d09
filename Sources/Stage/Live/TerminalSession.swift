#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTerminal

/// The terminal while the live stage owns it: raw keys, the alternate screen, a hidden cursor,
/// and the signals that must give the terminal back.
///
/// ``leave()`` restores everything and is called on every way out: the normal end, an error
/// (`defer`), Ctrl-C, SIGTERM, SIGHUP and Ctrl-\ (the player returns, the caller leaves, then the
/// process may die of the signal), and Ctrl-Z (left before stopping, entered again after `fg`).
final class TerminalSession {
    private let input: Int32
    private let output: Int32
    private let usesAlternateScreen: Bool
    private var active = false

    /// The columns and rows of the terminal.
    private(set) var size: (width: Int, height: Int) = (80, 24)

    /// `usesAlternateScreen` false keeps the normal screen, for a pager whose text should stay
    /// above the prompt once it is done.
    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, usesAlternateScreen: Bool = true) {
        self.input = input
        self.output = output
        self.usesAlternateScreen = usesAlternateScreen
    }

    private var enterScreen: String { usesAlternateScreen ? TerminalControl.enterAlternateScreen : "" }
    private var leaveScreen: String { usesAlternateScreen ? TerminalControl.leaveAlternateScreen : "" }

    /// Takes over the terminal; throws if it is not one.
    func enter() throws(StageError) {
        let status = cterm_enter_raw_mode(input)
        guard status == 0 else {
            throw StageError("the live stage needs a terminal (\(String(cString: strerror(status)))); use --plain")
        }
        guard cterm_signals_begin() >= 0 else {
            cterm_restore_mode(input)
            throw StageError("cannot watch for signals (\(String(cString: strerror(errno))))")
        }
        active = true
        write(enterScreen + TerminalControl.hideCursor)
        cterm_note_alternate_screen(usesAlternateScreen ? 1 : 0)
        refreshSize()
    }

    /// Gives the terminal back as it was; harmless when already left.
    func leave() {
        guard active else { return }
        active = false
        write(TerminalControl.resetStyle + TerminalControl.showCursor + leaveScreen)
        cterm_note_alternate_screen(0)
        cterm_restore_mode(input)
        cterm_signals_end()
    }

    /// Reads the terminal's size again (after SIGWINCH).
    func refreshSize() {
        var columns: Int32 = 0
        var rows: Int32 = 0
        if cterm_window_size(output, &columns, &rows) == 0 {
            size = (Int(columns), Int(rows))
        }
    }

    /// Ctrl-Z: gives the terminal back, stops, and takes it again once resumed.
    func suspend() {
        write(TerminalControl.resetStyle + TerminalControl.showCursor + leaveScreen)
        cterm_note_alternate_screen(0)
        cterm_restore_mode(input)
        cterm_suspend_self()
        _ = cterm_enter_raw_mode(input)
        write(enterScreen + TerminalControl.hideCursor)
        cterm_note_alternate_screen(usesAlternateScreen ? 1 : 0)
        refreshSize()
    }

    /// Waits up to `milliseconds` for a key or a signal; returns the bytes typed, if any.
    func waitForInput(milliseconds: Int) -> [UInt8] {
        guard cterm_wait_input(input, Int32(milliseconds)) == 1 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(input, &buffer, buffer.count)
        return count > 0 ? Array(buffer[0..<count]) : []
    }

    /// Signals that arrived since the last call.
    func takeSignals() -> StageSignals {
        StageSignals(rawValue: cterm_take_signals())
    }

    /// Writes `text` in one system call where the kernel allows, so a frame is never torn.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(output, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, bytes, count)
    #else
    Darwin.write(fd, bytes, count)
    #endif
}

/// Signals the live stage acts on.
struct StageSignals: OptionSet {
    let rawValue: Int32

    static let interrupt = StageSignals(rawValue: CTERM_INTERRUPT)
    static let terminate = StageSignals(rawValue: CTERM_TERMINATE)
    static let hangup = StageSignals(rawValue: CTERM_HANGUP)
    static let suspend = StageSignals(rawValue: CTERM_SUSPEND)
    static let resize = StageSignals(rawValue: CTERM_RESIZE)
    static let quit = StageSignals(rawValue: CTERM_QUIT)
}

/// A failure of the stage, in one sentence with the fix when there is one.
public struct StageError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The sentence.
    public let message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    /// The sentence.
    public var description: String { message }
}
