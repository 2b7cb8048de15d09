import Demos
import Messages

/// Every REPL command, in the order `help` lists them. This table is the one place the code names
/// a command: `help`, the dispatch in ``TutorSession/handle(_:)``, Tab completion and the
/// "did you mean" suggestions all read it.
///
/// To add a REPL command:
/// 1. Write what it does as a method of ``TutorSession`` in the `TutorSession+…` file for its
///    area (navigation, questions, demos, housekeeping), returning its text or a `Reply`.
/// 2. Add one ``CommandSpec`` to ``commands`` below, where `help` should list it: its name, any
///    aliases, its arguments, what Tab offers for its arguments (`completeArgument`) and the
///    handler that calls the method. Its one-line summary and the longer `help NAME` text are
///    the catalogue's `command.NAME.summary` and `command.NAME.details`, in English and Chinese
///    (`Sources/Messages`); `help` fits 80 columns and 24 rows in both.
/// 3. Add a probe for it to `CommandTableTests.probes`: an argument and a phrase only its reply
///    holds. The tests fail until you do.
/// 4. Add it to the command table under "Using the tutor" in README.md; a test checks that too.
/// 5. Run `swift test --filter Command` and `swift test --filter REPL`.
enum CommandTable {
    typealias Reply = TutorSession.Reply

    static let commands: [CommandSpec] = [
        CommandSpec(
            "lessons",
            perform: { session, _ in Reply(text: session.lessonList()) }),
        CommandSpec(
            "open", arguments: "[ID|NUMBER]",
            completeArgument: { session, earlier in
                earlier.isEmpty ? session.library.lessons.map(\.id) : []
            },
            perform: { session, argument in Reply(text: session.open(argument)) }),
        CommandSpec(
            "next",
            perform: { session, _ in Reply(text: session.turn(by: 1)) }),
        CommandSpec(
            "back",
            perform: { session, _ in Reply(text: session.turn(by: -1)) }),
        CommandSpec(
            "page", arguments: "[N]",
            perform: { session, argument in Reply(text: session.page(argument)) }),
        CommandSpec(
            "answer", arguments: "TEXT",
            perform: { session, argument in Reply(text: session.answer(argument)) }),
        CommandSpec(
            "hint",
            perform: { session, _ in Reply(text: session.hint()) }),
        CommandSpec(
            "progress",
            perform: { session, _ in Reply(text: session.progressReport()) }),
        CommandSpec(
            "reset", arguments: "[LESSON|all]",
            completeArgument: { session, earlier in
                earlier.isEmpty ? session.library.lessons.map(\.id) + ["all"] : []
            },
            perform: { session, argument in session.reset(argument) }),
        CommandSpec(
            "run", arguments: "[N|DEMO] [NAME=VALUE ...]",
            completeArgument: { session, earlier in
                guard let demo = earlier.first else { return DemoCatalog.descriptors.map(\.name) }
                return session.parameterCompletions(demo: demo, typed: earlier.dropFirst())
            },
            perform: { session, argument in session.run(argument) }),
        CommandSpec(
            "demos",
            perform: { _, _ in Reply(text: DemoHelpText.list()) }),
        CommandSpec(
            "replay", arguments: "[FILE] [SPEED]",
            perform: { session, argument in session.replay(argument) }),
        CommandSpec(
            "step", arguments: "[N]",
            perform: { session, argument in session.step(argument) }),
        CommandSpec(
            "save", arguments: "[--force] FILE",
            perform: { session, argument in session.saveRun(argument) }),
        CommandSpec(
            "lab", arguments: "[ID|FILE [GOAL]]",
            completeArgument: { session, earlier in
                earlier.isEmpty ? session.library.labs.map(\.lab.id) + ["list"] : []
            },
            perform: { session, argument in session.lab(argument) }),
        CommandSpec(
            "explore", arguments: "FILE [K]",
            perform: { session, argument in session.explore(argument) }),
        CommandSpec(
            "trace", arguments: "FILE.py [ARGS ...]",
            perform: { session, argument in session.trace(argument) }),
        CommandSpec(
            "reload",
            perform: { session, _ in Reply(text: session.reload()) }),
        CommandSpec(
            "lint",
            perform: { session, _ in Reply(text: session.lintReport()) }),
        CommandSpec(
            "lang", arguments: "[en|zh-Hans]",
            completeArgument: { _, earlier in earlier.isEmpty ? Language.tags : [] },
            perform: { session, argument in Reply(text: session.lang(argument)) }),
        CommandSpec(
            "help", arguments: "[COMMAND]",
            completeArgument: { _, earlier in earlier.isEmpty ? names : [] },
            perform: { session, argument in Reply(text: session.help(argument)) }),
        CommandSpec(
            "quit", aliases: ["exit"],
            perform: { _, _ in Reply(text: "", quits: true) }),
    ]

    /// Every word that runs a command, aliases included, in table order.
    static var names: [String] { commands.flatMap(\.names) }

    /// The command `word` runs, by name or alias; the caller lowercases what was typed.
    static func command(named word: String) -> CommandSpec? {
        commands.first { $0.names.contains(word) }
    }
}
