import CLineEdit
import Foundation

/// Reads lines with libedit: emacs key bindings (plus the user's `~/.editrc`),
/// history saved to a file, Tab completion and UTF-8 input.
///
/// libedit is loaded at run time, so this works on machines without its
/// development headers and is simply unavailable where the library is missing.
///
/// While a line is being read, SIGINT, SIGWINCH and SIGTSTP are caught: Ctrl-C
/// discards the line and yields ``LineReadResult/interrupted``; a resize is
/// applied before the next keystroke; Ctrl-Z stops the process with the terminal
/// restored and redraws the line after `fg`. SIGTERM, SIGHUP and SIGQUIT end the
/// read with ``LineReadResult/terminated(signal:)``. The previous dispositions
/// are restored before ``readLine(prompt:)`` returns, and the terminal is back in
/// its normal mode. Only one reader should read at a time: they share the one terminal.
public final class LibeditLineReader: LineReader {
    private let history: HistoryFile
    private let editor: LibeditEditor

    /// Whether libedit could be loaded on this machine.
    public static var isAvailable: Bool {
        cle_libedit_load() == 1
    }

    /// Creates a reader on stdin/stdout; nil when libedit cannot be loaded.
    ///
    /// - Parameters:
    ///   - historyFile: Loaded now and saved after every entered line; its
    ///     directory is created (mode 0700) if missing. `nil` keeps history
    ///     in memory only. At most 1000 entries are kept.
    ///   - completer: Supplies Tab completions; `nil` leaves Tab unbound.
    public init?(historyFile: URL?, completer: LineCompleter?) {
        guard Self.isAvailable else { return nil }
        cle_use_environment_locale()
        guard let history = HistoryFile(url: historyFile),
            let editor = LibeditEditor(programName: "spindle", history: history, completer: completer)
        else { return nil }
        self.history = history
        self.editor = editor
    }

    public func readLine(prompt: String) -> LineReadResult {
        let result = editor.read(markedPrompt: PromptMarkup.marked(prompt))
        if case .line(let text) = result {
            history.record(text)
        }
        return result
    }
}
