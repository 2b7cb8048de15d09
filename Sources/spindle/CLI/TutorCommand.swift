import ArgumentParser
import LineEditing

/// The REPL, the default subcommand.
struct TutorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "tutor", abstract: HelpText.text("cli.help.tutor.abstract"))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let course = try global.course()
        let paths = StatePaths()
        let terminal = global.terminal
        let animates = !terminal.plain && terminal.inputIsTerminal
        let session = TutorSession(
            course: course, catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: paths.progress), options: global.renderOptions, animates: animates,
            interactive: terminal.inputIsTerminal)
        let completer: LineCompleter = { [session = UncheckedSession(session)] text in
            session.value.completions(for: text)
        }
        let reader: any LineReader =
            global.terminal.plain
            ? PlainLineReader(showsPrompt: global.terminal.inputIsTerminal)
            : LineReaders.make(historyFile: paths.history, completer: completer)
        REPLLoop(session: session, reader: reader, console: Console(), color: terminal.color).run()
    }
}

/// Lets the completer, which libedit calls on the REPL's own thread in the middle of
/// `readLine`, reach the session. Nothing else runs then, so there is no concurrent access.
private struct UncheckedSession: @unchecked Sendable {
    let value: TutorSession
    init(_ value: TutorSession) { self.value = value }
}
