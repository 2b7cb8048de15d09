import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses the right ``LineReader`` for the current process.
public enum LineReaders {
    /// libedit when stdin and stdout are terminals and libedit loads; otherwise the plain reader.
    ///
    /// - Parameters:
    ///   - historyFile: Where history is loaded from and saved after every line,
    ///     e.g. `$XDG_STATE_HOME/spindle/history`. Its directory is created
    ///     (mode 0700) when missing. `nil` keeps history in memory only.
    ///   - completer: Supplies Tab completions; `nil` disables completion.
    public static func make(historyFile: URL?, completer: LineCompleter?) -> any LineReader {
        if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, !isDumbTerminal,
            let reader = LibeditLineReader(historyFile: historyFile, completer: completer)
        {
            return reader
        }
        return plainReader(input: STDIN_FILENO, output: STDOUT_FILENO)
    }

    /// The fallback reader, prompting only when the input is a terminal so that
    /// piped input (`printf 'lessons\nquit\n' | spindle`) produces clean output.
    static func plainReader(input: Int32, output: Int32) -> PlainLineReader {
        PlainLineReader(input: input, output: output, showsPrompt: isatty(input) == 1)
    }

    /// `TERM=dumb` (e.g. Emacs shell buffers) cannot follow libedit's cursor movement.
    private static var isDumbTerminal: Bool {
        ProcessInfo.processInfo.environment["TERM"] == "dumb"
    }
}
