import ArgumentParser
import Lessons
import Messages
import Stage
import TextRendering

/// Options every subcommand accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("lessons"),
        help: ArgumentHelp(HelpText.text("cli.help.global.lessons"), valueName: "dir"))
    var overlayFolder: String?

    @Option(
        name: .customLong("only-lessons"),
        help: ArgumentHelp(HelpText.text("cli.help.global.only-lessons"), valueName: "dir"))
    var onlyFolder: String?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(HelpText.text("cli.help.global.lang"), valueName: "tag"))
    var language: String?

    @Flag(help: ArgumentHelp(HelpText.text("cli.help.global.plain")))
    var plain = false

    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpText.text("cli.help.global.no-color")))
    var noColor = false

    /// The course this run teaches, or a one-line error saying which folder to pass instead.
    func course() throws -> CourseSource {
        do {
            return try CourseChoice.resolve(overlay: overlayFolder, only: onlyFolder)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Chooses the language this run speaks (see ``LanguageChoice``) and makes it current, or
    /// fails with one line naming the bad tag and where it came from.
    @discardableResult
    func chooseLanguage() throws -> Language {
        do {
            let language = try LanguageChoice.resolve(
                flag: self.language, remembered: LanguageChoice.remembered())
            CurrentLanguage.set(language)
            return language
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
