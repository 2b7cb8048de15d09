import ArgumentParser

/// `spindle`: the tutor's command line. With no subcommand it starts the REPL.
struct SpindleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spindle",
        abstract: "An interactive concurrency tutor: lessons, predictions and live demos on real processes and threads.",
        discussion: """
            Run with no subcommand to start the tutor. Progress and history are kept in \
            $XDG_STATE_HOME/spindle (default ~/.local/state/spindle). Every subcommand takes \
            --lessons DIR, --plain and --no-color; `spindle tutor --help` lists them.
            """,
        version: SpindleVersion.current,
        subcommands: [
            TutorCommand.self, LessonsCommand.self, ShowCommand.self, LintCommand.self, DemosCommand.self,
            RunCommand.self, ReplayCommand.self,
        ],
        defaultSubcommand: TutorCommand.self
    )
}
