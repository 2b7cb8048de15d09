import ArgumentParser
import Foundation
import Messages

/// `spindle lab`: the student is the scheduler of a small Python threading program.
struct LabCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "lab",
            abstract: HelpText.text("cli.help.lab.abstract"),
            discussion: HelpText.text("cli.help.lab.discussion", indent: 0))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpText.text("cli.help.lab.lab"), valueName: "lab|file.py"))
    var lab: String?

    @Flag(help: ArgumentHelp(HelpText.text("cli.help.lab.list")))
    var list = false

    @Option(
        help: ArgumentHelp(HelpText.text("cli.help.lab.goal"), valueName: "goal"))
    var goal: String?

    @Option(help: ArgumentHelp(HelpText.text("cli.help.lab.seed"), valueName: "n"))
    var seed: UInt64 = 1

    func validate() throws {
        if list, lab != nil { throw ValidationError(Messages.text("cli.option.list-takes-no-lab")) }
        if !list, lab == nil { throw ValidationError(Messages.text("cli.option.name-a-lab")) }
    }

    func run() throws {
        let terminal = global.terminal
        let animates = !terminal.plain && terminal.inputIsTerminal
        let session = TutorSession(
            course: try global.course(), catalog: CatalogDemoSignatures.current,
            store: ProgressStore(url: StatePaths().progress), options: global.renderOptions)
        guard let lab else { return Console().write(session.labList(command: "spindle lab")) }
        let isFile = lab.hasSuffix(".py") || FileManager.default.fileExists(atPath: lab)
        if goal != nil, !isFile {
            throw CommandFailure(Messages.text("cli.option.goal-for-files"))
        }
        var launch =
            try isFile
            ? session.fileLabLaunch(path: lab, goal: goal)
            : session.courseLabLaunch(lab, listing: "`spindle lab --list`")
        launch.firstSeed = seed
        let game = LabPlaying.play(
            launch, animates: animates, color: terminal.color,
            input: .standardInput(echoes: !terminal.inputIsTerminal))
        Console().write(session.finishLab(game, offersReplay: false))
    }
}
