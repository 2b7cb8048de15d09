import ArgumentParser
import Foundation
import Messages

/// `spindle lab`: the student is the scheduler of a small Python threading program.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "Be the scheduler: run a Python program's threads one step at a time.",
        discussion: """
            LAB is a lab of the course (`lost-update`, or `be-the-scheduler/lost-update`; the \
            `spindle lab --list` lists them) or a .py file in the lab's subset of Python (docs/lab.md). \
            Keys 1-9 run that thread's next step, u undoes, r restarts, a runs at random with a \
            seed it shows, e says whether the goal can still be reached and how soon, h gives \
            the next hint, q leaves. With --plain, or when the input is not a terminal, type the \
            same keys as lines. A course lab you win is recorded in your progress.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A course lab's id, or a lab program.", valueName: "lab|file.py"))
    var lab: String?

    @Flag(help: "List the course's labs, with what you did in each.")
    var list = false

    @Option(
        help: ArgumentHelp(
            "For a file: what wins, e.g. \"end counter == 1\", deadlock, assertion, critical.",
            valueName: "goal"))
    var goal: String?

    @Option(help: ArgumentHelp("The seed the first `a` uses; each press takes the next.", valueName: "n"))
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
