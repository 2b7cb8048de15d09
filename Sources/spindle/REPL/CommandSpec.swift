/// One REPL command as the student sees it in `help`.
struct CommandSpec: Sendable {
    /// What the student types.
    let name: String
    /// The argument part of the usage line (`ID|NUMBER`), empty when there is none.
    let arguments: String
    /// One line for the command list.
    let summary: String
    /// The longer text of `help NAME`.
    let details: String

    /// `open ID|NUMBER`.
    var usage: String { arguments.isEmpty ? name : "\(name) \(arguments)" }

    /// Every command, in the order `help` lists them: the student's loop first, housekeeping last.
    static let all: [CommandSpec] = [
        CommandSpec(
            name: "lessons", arguments: "",
            summary: "list the lessons with your progress",
            details: "Lists every lesson in order: its number, id and title, marked done or in progress."),
        CommandSpec(
            name: "open", arguments: "[ID|NUMBER]",
            summary: "open a lesson where you left it",
            details: "Opens a lesson by id (`open welcome`) or number (`open 0`) at the page you saw last. "
                + "Alone, `open` continues where you stopped, or with the next lesson once that one is done."),
        CommandSpec(
            name: "next", arguments: "",
            summary: "go to the next page",
            details: "Shows the next page of the open lesson; on the last page, says which lesson comes next."),
        CommandSpec(
            name: "back", arguments: "",
            summary: "go to the previous page",
            details: "Shows the previous page of the open lesson."),
        CommandSpec(
            name: "page", arguments: "[N]",
            summary: "show the current page again, or page N",
            details: "Shows the current page again, with your answers so far; `page 3` jumps to page 3. "
                + "A page taller than the terminal opens in a pager: space or f next screen, b back, "
                + "↑ and ↓ a line, q (or the end) back to the prompt."),
        CommandSpec(
            name: "answer", arguments: "TEXT",
            summary: "answer the current question",
            details: "Answers the first open question on the page: a letter (`answer b`) for a choice, "
                + "or words for a short answer. A lone letter such as `b` works too."),
        CommandSpec(
            name: "hint", arguments: "",
            summary: "show the next hint for the current question",
            details: "Reveals the current quiz's hints one at a time, from gentle to nearly the answer."),
        CommandSpec(
            name: "progress", arguments: "",
            summary: "show what you have done",
            details: "Shows pages seen, questions answered and hints used for every lesson you started."),
        CommandSpec(
            name: "reset", arguments: "[LESSON|all]",
            summary: "forget progress on a lesson",
            details: "Forgets pages seen and answers for one lesson (the open one when none is named), "
                + "or for every lesson with `reset all`, which asks first (`reset all --yes` does not ask, "
                + "for input that is not a terminal). The progress before a reset is kept in a file "
                + "whose name is shown, so it can be restored."),
        CommandSpec(
            name: "run", arguments: "[N|DEMO] [NAME=VALUE ...]",
            summary: "run the page's demo, or any demo",
            details: "Alone, runs the demo on the current page (after you have made its prediction) and "
                + "grades your prediction with what it measured; `run 2` runs the page's second demo, "
                + "`run speed=0` the page's demo with that parameter changed (a change of pace still "
                + "grades). `run DEMO workers=4` runs any demo; "
                + "`run DEMO help` lists its parameters and results. On the stage: space pauses, arrows "
                + "step, + and - change the speed, q comes back here; Ctrl-C stops the demo."),
        CommandSpec(
            name: "demos", arguments: "",
            summary: "list the live demos",
            details: "Lists every demo with what it shows; `run DEMO help` explains one."),
        CommandSpec(
            name: "replay", arguments: "[FILE] [SPEED]",
            summary: "play the last run, or a saved trace, again",
            details: "Plays the last run again (`replay`, `replay 0.5` for half speed), or a trace file "
                + "(Spindle's JSON Lines trace format) with the stage: space pauses, arrows step, "
                + "+ and - change the speed, q comes back here. SPEED is 0.0625 to 64; 1 is real time."),
        CommandSpec(
            name: "step", arguments: "[N]",
            summary: "go through the last run event by event",
            details: "On the stage, opens the last run paused at its start: → and ← step one event. "
                + "In plain mode, prints its next N narration lines (10 by default)."),
        CommandSpec(
            name: "save", arguments: "[--force] FILE",
            summary: "save the last run's trace",
            details: "Writes the last run's trace as JSON Lines, to replay later with `replay FILE` "
                + "or `spindle replay FILE`. An existing file is replaced only after you confirm, or "
                + "with `--force`; a device or named pipe (such as /dev/null) is written through."),
        CommandSpec(
            name: "reload", arguments: "",
            summary: "re-read the lesson files",
            details: "Re-reads the lesson folder, so an instructor can edit a lesson and see it without restarting."),
        CommandSpec(
            name: "lint", arguments: "",
            summary: "check the lesson files",
            details: "Checks every lesson file and lists each problem as file:line:column with how to fix it."),
        CommandSpec(
            name: "help", arguments: "[COMMAND]",
            summary: "list commands, or explain one",
            details: "Lists the commands; `help open` explains one."),
        CommandSpec(
            name: "quit", arguments: "",
            summary: "leave Spindle (Ctrl-D works too)",
            details: "Leaves Spindle. Your progress is already saved."),
    ]

    /// The command with this name.
    static func named(_ name: String) -> CommandSpec? {
        all.first { $0.name == name }
    }
}
