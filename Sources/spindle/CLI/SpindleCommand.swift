import ArgumentParser
import Lessons
import Messages
import Stage
import TextRendering

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `spindle`: the tutor's command line. With no subcommand it starts the REPL.
struct SpindleCommand: ParsableCommand {
    /// Computed, like every command's, so that `--help` speaks the language chosen before parsing.
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "spindle",
            abstract: HelpText.text("cli.help.spindle.abstract", indent: "OVERVIEW: ".count),
            discussion: HelpText.text("cli.help.spindle.discussion", indent: 0),
            version: SpindleVersion.current,
            subcommands: [
                TutorCommand.self, LessonsCommand.self, ShowCommand.self, LintCommand.self, DemosCommand.self,
                RunCommand.self, ReplayCommand.self, ExploreCommand.self, LabCommand.self, TraceCommand.self,
            ],
            defaultSubcommand: TutorCommand.self)
    }

    /// Parses `arguments` (without the program name), runs the command and exits. Unlike
    /// `main()`, every message that echoes what was typed is sanitised before it is printed.
    static func start(_ arguments: [String]) -> Never {
        CommandLineOrder.speakEarly(arguments)
        do {
            var command = try parseAsRoot(
                try CommandLineOrder.arrange(arguments, subcommands: subcommandNames))
            // Before the command prints anything, so every word of it is in the chosen language.
            try (command as? any TakesGlobalOptions)?.global.chooseLanguage()
            try command.run()
            endProcess(ExitCode.success.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = TerminalText.sanitize(fullMessage(for: error))
            if !message.isEmpty {
                if code == .success {
                    Console().write(message + "\n")
                } else {
                    fputs(message + "\n", stderr)
                }
            }
            endProcess(code.rawValue)
        }
    }

    /// The subcommands' names, and `help`, which the parser adds.
    static var subcommandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }
}

/// Puts the subcommand first when options every subcommand takes come before it, as in
/// `spindle --lessons DIR lessons`: the parser would otherwise hand them, and the subcommand's
/// name, to the default subcommand, which takes no words.
enum CommandLineOrder {
    /// Global options and whether each takes a value.
    static let globalOptions: [String: Bool] = [
        "--lessons": true, "--only-lessons": true, "--lang": true, "--plain": false, "--no-color": false,
    ]

    /// `arguments` with the subcommand moved in front of the global options before it; throws
    /// when the first word is no subcommand at all, since the tutor itself takes no words.
    static func arrange(
        _ arguments: [String], subcommands: [String], language: Language = CurrentLanguage.value
    ) throws -> [String] {
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            let name = String(word.split(separator: "=", maxSplits: 1).first ?? "")
            guard let takesValue = globalOptions[name] else { break }
            index += takesValue && !word.contains("=") ? 2 : 1
        }
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return arguments }
        let word = arguments[index]
        guard subcommands.contains(word) else {
            guard let suggestion = Suggestions.closest(to: word, in: subcommands) else {
                throw CommandFailure(Messages.text("cli.command.unknown", ["word": word], in: language))
            }
            throw CommandFailure(
                Messages.text(
                    "cli.command.unknown.suggestion", ["word": word, "suggestion": suggestion], in: language))
        }
        return [word] + arguments[..<index] + arguments[(index + 1)...]
    }
}

/// Outside the command type, whose own `exit(withError:)` would hide the C library's `exit`.
private func endProcess(_ status: Int32) -> Never {
    exit(status)
}
