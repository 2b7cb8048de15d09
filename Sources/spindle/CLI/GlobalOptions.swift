import ArgumentParser
import Lessons
import Stage
import TextRendering

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("lessons"),
        help: ArgumentHelp(
            "Lesson folder to use (default: $SPINDLE_LESSONS, else ./Lessons, else the course built in).",
            valueName: "dir"))
    var lessonFolder: String?

    @Flag(help: "Plain text only: no colour, no line editing, no animation.")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    /// The lesson folder this run uses, or a one-line error saying how to name one.
    func folder() throws -> String {
        do {
            return try LessonFolder.resolve(option: lessonFolder)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    var terminal: TerminalInfo { TerminalInfo(plain: plain, noColor: noColor) }

    /// Rendering options read afresh each time, so a resized terminal gets the new width.
    var renderOptions: @Sendable () -> RenderOptions {
        let color = terminal.color
        return { RenderOptions(width: TerminalInfo.textWidth(), color: color) }
    }
}

/// A failure reported as one line on standard error with exit status 1. The line often echoes
/// a file name or a typed value, so it is sanitised here, once for every command.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = TerminalText.sanitize(message) }
}
