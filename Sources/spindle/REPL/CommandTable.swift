import Demos
import Messages
import Stage

/// Every REPL command, in the order `help` lists them. This table is the one place the code names
/// a command: `help`, the dispatch in ``TutorSession/handle(_:)``, Tab completion and the
/// "did you mean" suggestions all read it.
///
/// To add a REPL command:
/// 1. Write what it does as a method of ``TutorSession`` in the `TutorSession+…` file for its
///    area (navigation, questions, demos, housekeeping), returning its text or a `Reply`.
/// 2. Add one ``CommandSpec`` to ``commands`` below, where `help` should list it: its name, any
///    aliases, its arguments, a one-line summary, the longer `help NAME` text, what Tab offers
///    for its arguments (`completeArgument`) and the handler that calls the method.
/// 3. Add a probe for it to `CommandTableTests.probes`: an argument and a phrase only its reply
///    holds. The tests fail until you do.
/// 4. Add it to the command table under "Using the tutor" in README.md; a test checks that too.
/// 5. Run `swift test --filter Command` and `swift test --filter REPL`.
enum CommandTable {
    typealias Reply = TutorSession.Reply

    static let commands: [CommandSpec] = [
        CommandSpec(
            "lessons",
            summary: "list the lessons with your progress",
            details: "Lists every lesson in order: its number, id and title, marked done or in progress.",
            perform: { session, _ in Reply(text: session.lessonList()) }),
        CommandSpec(
            "open", arguments: "[ID|NUMBER]",
            summary: "open a lesson where you left it",
            details: "Opens a lesson by id (`open welcome`) or number (`open 0`) at the page you saw last. "
                + "Alone, `open` continues where you stopped, or with the next lesson once that one is done.",
            completeArgument: { session, earlier in
                earlier.isEmpty ? session.library.lessons.map(\.id) : []
            },
            perform: { session, argument in Reply(text: session.open(argument)) }),
        CommandSpec(
            "next",
            summary: "go to the next page",
            details: "Shows the next page of the open lesson; on the last page, "
                + "says which lesson comes next.",
            perform: { session, _ in Reply(text: session.turn(by: 1)) }),
        CommandSpec(
            "back",
            summary: "go to the previous page",
            details: "Shows the previous page of the open lesson.",
            perform: { session, _ in Reply(text: session.turn(by: -1)) }),
        CommandSpec(
            "page", arguments: "[N]",
            summary: "show the current page again, or page N",
            details: "Shows the current page again, with your answers so far; `page 3` jumps to page 3. "
                + "A page taller than the terminal opens in a pager: space or f next screen, b back, "
                + "↑ and ↓ a line, q (or the end) back to the prompt.",
            perform: { session, argument in Reply(text: session.page(argument)) }),
        CommandSpec(
            "answer", arguments: "TEXT",
            summary: "answer the current question",
            details: "Answers the first open question on the page: a letter (`answer b`) for a choice, "
                + "or words for a short answer. A lone letter such as `b` works too.",
            perform: { session, argument in Reply(text: session.answer(argument)) }),
        CommandSpec(
            "hint",
            summary: "show the next hint for the current question",
            details: "Reveals the current quiz's hints one at a time, from gentle to nearly the answer.",
            perform: { session, _ in Reply(text: session.hint()) }),
        CommandSpec(
            "progress",
            summary: "show what you have done",
            details: "Shows pages seen, questions answered and hints used for every lesson you started.",
            perform: { session, _ in Reply(text: session.progressReport()) }),
        CommandSpec(
            "reset", arguments: "[LESSON|all]",
            summary: "forget progress on a lesson",
            details: "Forgets pages seen and answers for one lesson (the open one when none is named), "
                + "or for every lesson with `reset all`, which asks first (`reset all --yes` does not ask, "
                + "for input that is not a terminal). The progress before a reset is kept in a file "
                + "whose name is shown, so it can be restored.",
            completeArgument: { session, earlier in
                earlier.isEmpty ? session.library.lessons.map(\.id) + ["all"] : []
            },
            perform: { session, argument in session.reset(argument) }),
        CommandSpec(
            "run", arguments: "[N|DEMO] [NAME=VALUE ...]",
            summary: "run the page's demo, or any demo",
            details: "Alone, runs the demo on the current page (after you have made its prediction) and "
                + "grades your prediction with what it measured; `run 2` runs the page's second demo, "
                + "`run speed=0` the page's demo with that parameter changed (a change of pace still "
                + "grades; in plain mode a demo runs at full speed unless given a speed). "
                + "`run DEMO workers=4` runs any demo; "
                + "`run DEMO help` lists its parameters and results. On the stage: space pauses, arrows "
                + "step, + and - change the speed, q comes back here; Ctrl-C stops the demo.",
            completeArgument: { session, earlier in
                guard let demo = earlier.first else { return DemoCatalog.descriptors.map(\.name) }
                return session.parameterCompletions(demo: demo, typed: earlier.dropFirst())
            },
            perform: { session, argument in session.run(argument) }),
        CommandSpec(
            "demos",
            summary: "list the live demos",
            details: "Lists every demo with what it shows; `run DEMO help` explains one.",
            perform: { _, _ in Reply(text: DemoHelpText.list()) }),
        CommandSpec(
            "replay", arguments: "[FILE] [SPEED]",
            summary: "play the last run, or a saved trace, again",
            details: "Plays the last run again (`replay`, `replay 0.5` for half speed), or a trace file "
                + "(Spindle's JSON Lines trace format) with the stage: space pauses, arrows step, "
                + "+ and - change the speed, q comes back here. SPEED is \(PlaybackModel.speedRangeText); 1 is real time.",
            perform: { session, argument in session.replay(argument) }),
        CommandSpec(
            "step", arguments: "[N]",
            summary: "go through the last run event by event",
            details: "On the stage, opens the last run paused at its start: → and ← step one event. "
                + "In plain mode, prints its next N narration lines (10 by default).",
            perform: { session, argument in session.step(argument) }),
        CommandSpec(
            "save", arguments: "[--force] FILE",
            summary: "save the last run's trace",
            details: "Writes the last run's trace as JSON Lines, to replay later with `replay FILE` "
                + "or `spindle replay FILE`. An existing file is replaced only after you confirm, or "
                + "with `--force`; a device or named pipe (such as /dev/null) is written through.",
            perform: { session, argument in session.saveRun(argument) }),
        CommandSpec(
            "lab", arguments: "[ID|FILE [GOAL]]",
            summary: "be the scheduler of a program's threads",
            details: "Plays a lab: the open page's (or lesson's) lab, a course lab by id "
                + "(`lab lost-update`, `lab be-the-scheduler/lost-update`), or any program in the "
                + "lab's subset of Python (`lab counter.py end counter == 1`). Keys 1-9 run that "
                + "thread's next step, u undoes, r restarts, a runs at random (the seed is shown), "
                + "e says whether the goal can still be reached, h gives a hint, q leaves. "
                + "Afterwards `replay`, `step` and `save` work on the schedule you played. "
                + "`lab list` (or `lab` outside a lesson) lists every lab with what you did in it.",
            completeArgument: { session, earlier in
                earlier.isEmpty ? session.library.labs.map(\.lab.id) + ["list"] : []
            },
            perform: { session, argument in session.lab(argument) }),
        CommandSpec(
            "explore", arguments: "FILE [K]",
            summary: "try every interleaving of a threaded program",
            details: "Runs FILE, a small Python program with threads (docs/lab.md has the subset), "
                + "under Spindle's own scheduler in every order its threads can take their steps, "
                + "and lists the outcomes, which fail, and the shortest schedule to each. "
                + "`explore FILE K` then plays the shortest schedule to outcome K on the stage. "
                + "Ctrl-C stops exploring and shows what was found so far.",
            perform: { session, argument in session.explore(argument) }),
        CommandSpec(
            "trace", arguments: "FILE.py [ARGS ...]",
            summary: "run your own Python program on the stage",
            details: "Runs FILE.py with python3 and shows its threads, processes, locks and queues "
                + "live, each step with the line of your code behind it; ARGS go to the program. "
                + "What it prints is shown afterwards. A deadlock is named with its lines and the "
                + "program stopped; Ctrl-C stops it too (after 60 s it is stopped anyway: "
                + "`spindle trace --time-limit S` runs longer). Then `replay`, `step` and `save` "
                + "work on the run.",
            perform: { session, argument in session.trace(argument) }),
        CommandSpec(
            "reload",
            summary: "re-read the lesson files",
            details: "Re-reads the lessons given with --lessons or --only-lessons, so an "
                + "instructor can edit a lesson and see it without restarting; the built-in "
                + "course changes only with a new build.",
            perform: { session, _ in Reply(text: session.reload()) }),
        CommandSpec(
            "lint",
            summary: "check the lesson files",
            details: "Checks every lesson file and lists each problem as file:line:column "
                + "with how to fix it.",
            perform: { session, _ in Reply(text: session.lintReport()) }),
        CommandSpec(
            "lang", arguments: "[en|zh-Hans]",
            summary: "show or switch the language (语言)",
            details: "Shows the language of lessons and messages; `lang zh-Hans` switches to Simplified "
                + "Chinese and `lang en` to English, on the same page, and the next start remembers it "
                + "(unless --lang or SPINDLE_LANG says otherwise). Progress is the same in every language.",
            completeArgument: { _, earlier in earlier.isEmpty ? Language.tags : [] },
            perform: { session, argument in Reply(text: session.lang(argument)) }),
        CommandSpec(
            "help", arguments: "[COMMAND]",
            summary: "list commands, or explain one",
            details: "Lists the commands; `help open` explains one.",
            completeArgument: { _, earlier in earlier.isEmpty ? names : [] },
            perform: { session, argument in Reply(text: session.help(argument)) }),
        CommandSpec(
            "quit", aliases: ["exit"],
            summary: "leave Spindle (Ctrl-D works too)",
            details: "Leaves Spindle. Your progress is already saved.",
            perform: { _, _ in Reply(text: "", quits: true) }),
    ]

    /// Every word that runs a command, aliases included, in table order.
    static var names: [String] { commands.flatMap(\.names) }

    /// The command `word` runs, by name or alias; the caller lowercases what was typed.
    static func command(named word: String) -> CommandSpec? {
        commands.first { $0.names.contains(word) }
    }
}
