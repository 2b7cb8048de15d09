import Messages

/// Why the tutor stopped a demo or a traced program from outside. The run's outcome keeps the
/// English words, since `--json` and saved traces print them for programs to read; the student
/// reads them in the current language through ``shown(_:)``.
enum StopReason: String, CaseIterable {
    case toldToEnd = "Spindle was told to end"
    case stageFailed = "the stage failed"
    case interrupted = "interrupted with Ctrl-C"
    case leftWithQ = "you left the stage with q before it ended"
    case stageClosed = "the stage closed"

    /// The words handed to the run, in English.
    var english: String { rawValue }

    /// `reason` in `language` when it is one of these, else as it came.
    static func shown(_ reason: String, in language: Language = CurrentLanguage.value) -> String {
        guard let known = StopReason(rawValue: reason) else { return reason }
        return Messages.text(known.key, in: language)
    }

    private var key: String {
        switch self {
        case .toldToEnd: "cli.stop.told-to-end"
        case .stageFailed: "cli.stop.stage-failed"
        case .interrupted: "cli.stop.interrupted"
        case .leftWithQ: "cli.stop.left-with-q"
        case .stageClosed: "cli.stop.stage-closed"
        }
    }
}
