import Lessons
import Messages
import Stage
import TextRendering

/// The text `lint` prints, shared by the REPL command and `spindle lint`.
struct LintReport {
    let library: LessonLibrary

    /// One `file:line:column: error: ...` line per problem, then a summary line.
    ///
    /// A diagnostic quotes file names and values read from the file (a YAML value may hold any
    /// character, `"\e]52;..."` an escape sequence), so each line goes through the sanitiser
    /// lesson text goes through. A line feed inside a quoted value would split the one-line
    /// report, so it is shown as the control picture `␊` before sanitising.
    var text: String {
        let errors = library.errorCount
        let warnings = library.diagnostics.count - errors
        var lines = library.diagnostics.map { Self.oneLine($0.description) }
        if library.diagnostics.isEmpty {
            let count = library.lessons.count
            let translations = library.translations.count
            lines.append(
                translations > 0
                    ? Messages.text(
                        "lint.clean.translated", ["count": "\(count)", "translations": "\(translations)"])
                    : Messages.text(count == 1 ? "lint.clean.one" : "lint.clean.other", ["count": "\(count)"])
            )
        } else {
            let errorCount = Messages.text(
                errors == 1 ? "lint.errors.one" : "lint.errors.other", ["count": "\(errors)"])
            let warningCount = Messages.text(
                warnings == 1 ? "lint.warnings.one" : "lint.warnings.other", ["count": "\(warnings)"])
            lines.append(Messages.text("lint.summary", ["errors": errorCount, "warnings": warningCount]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func oneLine(_ text: String) -> String {
        TerminalText.sanitize(
            text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\u{240A}"))
    }
}
