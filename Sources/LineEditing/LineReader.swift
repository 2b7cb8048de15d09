/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum LineReadResult: Equatable, Sendable {
    /// A line the user entered, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C; the partial line was discarded.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or end of file.
    case end
    /// SIGTERM, SIGHUP or SIGQUIT (Ctrl-\) arrived while reading; the terminal is back in its
    /// normal mode, and the caller should end the process by `signal` once it has tidied up.
    case terminated(signal: Int32)
}

/// Reads lines of input for the tutor's REPL.
///
/// Readers own terminal state and are used from one thread at a time.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (which may contain ANSI SGR colour sequences) and reads one line.
    func readLine(prompt: String) -> LineReadResult
}

/// Supplies Tab completions.
///
/// Receives the text of the line before the cursor and returns the candidate
/// full words for the word being completed: the last whitespace-separated word,
/// or "" when the text ends in whitespace. It runs on the reading thread while
/// the terminal is in raw mode, so it should return quickly and must not print.
public typealias LineCompleter = @Sendable (_ textBeforeCursor: String) -> [String]
