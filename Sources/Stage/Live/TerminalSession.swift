import Messages
import Terminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal while the live stage owns it: raw keys, the alternate screen, a hidden cursor,
/// and the signals that must give the terminal back.
///
/// ``leave()`` restores everything and is called on every way out: the normal end, an error
/// (`defer`), Ctrl-C, SIGTERM, SIGHUP and Ctrl-\ (the player returns, the caller leaves, then the
/// process may die of the signal), and Ctrl-Z (left before stopping, entered again after `fg`).
package final class TerminalSession {
    private let input: Int32
    private let output: Int32
    private let usesAlternateScreen: Bool
    /// Open while the session has the terminal.
    private var signals: SignalWindow?

    /// The columns and rows of the terminal.
    package private(set) var size: (width: Int, height: Int) = (80, 24)

    /// `usesAlternateScreen` false keeps the normal screen, for a pager whose text should stay
    /// above the prompt once it is done.
    package init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, usesAlternateScreen: Bool = true)
    {
        self.input = input
        self.output = output
        self.usesAlternateScreen = usesAlternateScreen
    }

    private var enterScreen: String { usesAlternateScreen ? TerminalControl.enterAlternateScreen : "" }
    /// Resets the scroll region too: a frame never leaves one set (see ``FrameWriter``), but the
    /// shell must not get one back even if an update was cut short. Not on the normal screen,
    /// where the reset's cursor homing would put the prompt over the pager's text.
    private var leaveScreen: String {
        usesAlternateScreen ? TerminalControl.resetScrollRegion + TerminalControl.leaveAlternateScreen : ""
    }

    /// What ``leave()`` and ``suspend()`` send to give the terminal back.
    var restoringBytes: String { TerminalControl.resetStyle + TerminalControl.showCursor + leaveScreen }

    /// Takes over the terminal; throws if it is not one.
    package func enter() throws(StageError) {
        do {
            try RawMode.enter(input)
        } catch {
            throw StageError(Messages.text("stage.error.needs-terminal", ["error": "\(error)"]))
        }
        do {
            signals = try SignalWindow.open()
        } catch {
            RawMode.restore(input)
            throw StageError(Messages.text("stage.error.no-signals", ["error": "\(error)"]))
        }
        write(enterScreen + TerminalControl.hideCursor)
        TerminalRescue.noteAlternateScreen(usesAlternateScreen)
        refreshSize()
    }

    /// Gives the terminal back as it was; harmless when already left.
    package func leave() {
        guard let signals else { return }
        self.signals = nil
        write(restoringBytes)
        TerminalRescue.noteAlternateScreen(false)
        RawMode.restore(input)
        signals.close()
    }

    /// Reads the terminal's size again (after SIGWINCH).
    package func refreshSize() {
        if let current = TerminalSize.of(output) {
            size = (current.columns, current.rows)
        }
    }

    /// Ctrl-Z: gives the terminal back, stops, and takes it again once resumed.
    package func suspend() {
        write(restoringBytes)
        TerminalRescue.noteAlternateScreen(false)
        RawMode.restore(input)
        signals?.stopProcess()
        try? RawMode.enter(input)
        write(enterScreen + TerminalControl.hideCursor)
        TerminalRescue.noteAlternateScreen(usesAlternateScreen)
        refreshSize()
    }

    /// Waits up to `milliseconds` for a key or a signal; returns the bytes typed, if any.
    package func waitForInput(milliseconds: Int) -> [UInt8] {
        guard let signals, signals.wait(for: input, milliseconds: milliseconds).contains(.input) else {
            return []
        }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(input, &buffer, buffer.count)
        return count > 0 ? Array(buffer[0..<count]) : []
    }

    /// Signals that arrived since the last call.
    package func takeSignals() -> TerminalSignals {
        signals?.takeSignals() ?? []
    }

    /// Writes `text` in one system call where the kernel allows, so a frame is never torn.
    package func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Writes `bytes` in one system call where the kernel allows, so a frame is never torn.
    package func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                systemWrite(output, $0.baseAddress! + offset, $0.count - offset)
            }
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
