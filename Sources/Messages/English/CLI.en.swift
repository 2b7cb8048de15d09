extension English {
    /// The command line's own words: errors, receipts, demo and lab messages, traced programs.
    static let cli: [String: String] = [
        // Starting: a word that is no command.
        "cli.command.unknown": "`{word}` is not a spindle command; (`spindle --help` lists them)",
        "cli.command.unknown.suggestion":
            "`{word}` is not a spindle command; did you mean `{suggestion}`? (`spindle --help` lists them)",

        // Options checked before a run.
        "cli.option.speed-range": "--speed must be from {range}, not {speed}",
        "cli.option.time-limit-range": "--time-limit must be from {lowest} to {highest} seconds, not {value}",
        "cli.option.max-states": "--max-states must be at least 1, not {value}",
        "cli.option.runs-range": "--runs must be from 1 to {highest}, not {value}",
        "cli.option.show-from-one": "--show counts outcomes from 1, not {value}",
        "cli.option.outputs-need-show":
            "--trace, --chrome-trace and --record save a shown schedule; add --show K",
        "cli.option.list-takes-no-lab": "--list takes no lab; drop one of them",
        "cli.option.name-a-lab":
            "name a lab: `spindle lab ID` (`spindle lab --list` lists them) or `spindle lab FILE.py`",
        "cli.option.goal-for-files": "--goal is for a .py file; a course lab has its own goal",
        "cli.record.plain-output":
            "--record needs the animation, and this output is plain; drop --plain or --record",
        "cli.record.plain-run":
            "--record needs the animation, and this run is plain; drop --plain, --json or --record",
        "cli.record.plain-schedule":
            "--record needs the animation, and this output is plain; drop --plain, --json or --record",

        // Files read and written.
        "cli.file.cannot-read": "cannot read {path}: {reason}",
        "cli.file.trace-is-folder": "cannot read {path}: it is a folder; give a trace file (.jsonl) instead",
        "cli.file.trace-too-large": "{path}: larger than {mebibytes} MiB, the most a trace file may hold",
        "cli.file.program-is-folder": "cannot read {path}: it is a folder; give a .py file",
        "cli.file.program-too-large": "{path}: larger than {kibibytes} KiB, more than a lab program needs",
        "cli.file.program-not-utf8": "{path}: not UTF-8 text; save the program as UTF-8",
        "cli.file.same-file": "{earlier} and {later} name the same file {path}; give each its own",
        "cli.file.cannot-encode": "the trace could not be encoded ({error})",
        "cli.file.error": "Error: {option}: {error}",
        "cli.file.option-error": "{option}: {error}",
        "cli.saved.trace.created": "Trace saved to {path} ({amount}).",
        "cli.saved.trace.replaced": "Trace saved to {path}, replacing the file that was there ({amount}).",
        "cli.saved.trace.written-through": "Trace written to {path} ({amount}).",
        "cli.saved.chrome-trace.created": "Chrome trace saved to {path} ({amount}).",
        "cli.saved.chrome-trace.replaced":
            "Chrome trace saved to {path}, replacing the file that was there ({amount}).",
        "cli.saved.chrome-trace.written-through": "Chrome trace written to {path} ({amount}).",
        "cli.saved.recording.created": "Recording saved to {path} ({amount}).",
        "cli.saved.recording.replaced":
            "Recording saved to {path}, replacing the file that was there ({amount}).",
        "cli.saved.recording.written-through": "Recording written to {path} ({amount}).",
        "cli.amount.events.one": "{count} event",
        "cli.amount.events.other": "{count} events",
        "cli.amount.screen-updates.one": "{count} screen update",
        "cli.amount.screen-updates.other": "{count} screen updates",

        // Lessons.
        "cli.show.page-range": "lesson {lesson} has {count} pages; pass --page 1 to {count}",
        "cli.show.file-holds-no-lesson": "{file} holds no lesson (`spindle lint {file}` lists the problems)",
        "cli.show.file-holds-no-lesson.problem":
            "{file} holds no lesson: {problem} (`spindle lint {file}` lists the problems)",
        "cli.show.no-lesson": "no lesson `{lesson}` (`spindle lessons` lists them)",
        "cli.show.no-lesson.suggestion":
            "no lesson `{lesson}`; did you mean `{suggestion}`? (`spindle lessons` lists them)",

        // Demos: choosing, describing, starting and how a run ended.
        "cli.demo.unknown": "unknown demo `{name}` ({listing} lists them)",
        "cli.demo.unknown.suggestion":
            "unknown demo `{name}`; did you mean `{suggestion}`? ({listing} lists them)",
        "cli.demo.parameter-hint": "; did you mean `{name}`?",
        "cli.demo.help.usage": "USAGE: {command} {demo} [NAME=VALUE ...]",
        "cli.demo.help.parameters": "PARAMETERS:",
        "cli.demo.help.parameter": "  {parameter}={values}  (default {default})",
        "cli.demo.help.parameter.speed":
            "  {parameter}={values}  (default {default} on the stage, 0 when not animated)",
        "cli.demo.help.results": "RESULTS (printed as `result NAME=VALUE`):",
        "cli.demo.cannot-start": "demo `{demo}` could not start: {error}",
        "cli.ending.stopped-early": "stopped early: {reason}",
        "cli.ending.stopped": "stopped: {reason}",
        "cli.ending.failed": "failed: {message}",
        "cli.stop.told-to-end": "Spindle was told to end",
        "cli.stop.stage-failed": "the stage failed",
        "cli.stop.interrupted": "interrupted with Ctrl-C",
        "cli.stop.left-with-q": "you left the stage with q before it ended",
        "cli.stop.stage-closed": "the stage closed",

        // Traced programs.
        "cli.script.printed": "The program printed:",
        "cli.script.output-dropped":
            "({count} more lines of output were left out: Spindle keeps the first {limit})",
        "cli.script.unreadable-lines":
            "({count} lines from the probe could not be read; the trace may miss steps)",
        "cli.script.note": "note: {warning}",
        "cli.script.nothing-concurrent":
            "{script} exited with status {status} without starting a thread or a process: there is nothing concurrent to show",
        "cli.script.exited": "the program exited with status {status}",
        "cli.script.signalled": "the program was killed by signal {signal}",

        // The lab.
        "cli.lab.no-goal": "No goal: play freely; `u` undoes, `e` needs a goal.",
        "cli.lab.won.one": "You won in {steps} step: {goal}.",
        "cli.lab.won.other": "You won in {steps} steps: {goal}.",
        "cli.lab.ended": "The run ended: {outcome}.",
        "cli.lab.ended.goal-missed":
            "The run ended: {outcome}. The goal was not reached: `u` undoes, `r` restarts.",
        "cli.lab.nothing-to-undo": "This is the start: there is nothing to undo.",
        "cli.lab.restarted": "Back to the start.",
        "cli.lab.already-won": "You have won: `u` undoes, `r` plays again, `q` leaves.",
        "cli.lab.no-thread.one": "There is no thread {number}: only thread 1 has started.",
        "cli.lab.no-thread.other": "There is no thread {number}: the keys are 1 to {count}.",
        "cli.lab.nothing-left": "Nothing left to run: `u` undoes, `r` restarts.",
        "cli.lab.ran-randomly": "Ran {steps} steps at random with seed {seed}.",
        "cli.lab.search.no-goal":
            "This program has no goal to search for; `spindle explore` lists its outcomes.",
        "cli.lab.search.holds": "The goal holds already.",
        "cli.lab.search.reachable":
            "From here the goal is reachable in {steps} steps: keys {keys} ({states} states searched).",
        "cli.lab.search.unreachable.start":
            "No schedule at all reaches the goal: all {states} states were tried.",
        "cli.lab.search.unreachable.here":
            "No schedule from here reaches the goal: all {states} states were tried.",
        "cli.lab.search.stopped": "The search stopped after {states} states without an answer.",
        "cli.lab.hint.none": "This lab has no hints; `e` says whether the goal can still be reached.",
        "cli.lab.hint.no-more": "No more hints; `e` says whether the goal can still be reached.",
        "cli.lab.hint": "Hint {number} of {count}: {hint}",
        "cli.lab.plain-fallback": "{error}; playing in plain text",
        "cli.lab.check.reachable":
            "the goal is reachable in {steps} steps, but the block says `reachable: no`",
        "cli.lab.check.unreachable":
            "no schedule reaches the goal (all {states} states tried), but the block says `reachable: yes`",
        "cli.lab.check.undecided":
            "the explorer stopped after {states} states without deciding; shrink the program (fewer threads or loop rounds)",

        // `explore --show` and `explore --python`.
        "cli.explore.show-range.one":
            "--show {number}: the report lists {count} outcome; give a number from 1 to {count}",
        "cli.explore.show-range.other":
            "--show {number}: the report lists {count} outcomes; give a number from 1 to {count}",
        "cli.python.missing":
            "python3 is not installed here, so --python has nothing to compare; install python3 3.10 or later",
        "cli.python.failed": "python3 could not run {file}: {reason}",
        "cli.python.too-slow": "python3 took longer than {seconds} s",
        "cli.python.no-report": "python3 printed no report: {line}",
        "cli.python.no-output-line": "nothing",
        "cli.python.heading.one": "CPython {version}, {runs} run of {file} (each stopped after {seconds} s):",
        "cli.python.heading.other":
            "CPython {version}, {runs} runs of {file} (each stopped after {seconds} s):",
        "cli.python.row.matched": "{count}  {outcome} (explorer's outcome {number})",
        "cli.python.row.unmatched": "{count}  {outcome} (not among the explorer's outcomes)",
        "cli.python.never.one":
            "Never in these runs: the explorer's outcome {numbers}, reachable, but CPython's scheduling did not produce it.",
        "cli.python.never.other":
            "Never in these runs: the explorer's outcomes {numbers}, reachable, but CPython's scheduling did not produce them.",
        "cli.python.outcome.printed": "printed {lines}",
        "cli.python.outcome.printed-nothing": "printed nothing",
        "cli.python.outcome.did-not-end": "did not end within {seconds} s",
        "cli.python.outcome.separator": "; ",
        "cli.python.outcome.number-separator": ", ",
        // `--help`: what each command and option is for. ArgumentParser's own headings
        // (OVERVIEW, USAGE, OPTIONS) and its `--help` and `--version` lines stay as it writes them.
        "cli.help.spindle.abstract":
            "An interactive concurrency tutor: lessons, predictions and live demos on real processes and threads.",
        "cli.help.spindle.discussion": """
        Run with no subcommand to start the tutor. Progress and history are kept in \
        $XDG_STATE_HOME/spindle (default ~/.local/state/spindle). Every subcommand takes \
        --lessons DIR, --only-lessons DIR, --plain and --no-color, before or after its name; \
        `spindle tutor --help` lists them.
        """,
        "cli.help.global.lessons":
            "Add this folder's lessons to the built-in course; one with a built-in lesson's id replaces it (default: $SPINDLE_LESSONS, if set).",
        "cli.help.global.only-lessons": "Teach this folder's lessons alone, without the built-in course.",
        "cli.help.global.lang":
            "The language of lessons and messages: `en` or `zh-Hans` (default: $SPINDLE_LANG, else the last `lang` chosen in the tutor, else LC_ALL, LC_MESSAGES or LANG).",
        "cli.help.global.plain": "Plain text only: no colour, no line editing, no animation.",
        "cli.help.global.no-color": "No colour (also when NO_COLOR is set).",
        "cli.help.output.trace": "Also save the trace as JSON Lines, for `spindle replay`.",
        "cli.help.output.chrome-trace": "Also save the trace for Perfetto or chrome://tracing.",
        "cli.help.output.record": "Also record the animation as an asciicast v2 file.",
        "cli.help.output.force": "Replace files that --trace, --chrome-trace or --record name.",
        "cli.help.tutor.abstract": "Start the interactive tutor (what `spindle` alone does).",
        "cli.help.lessons.abstract": "List the lessons with your progress.",
        "cli.help.show.abstract": "Print a lesson, or one page of it, without starting the tutor.",
        "cli.help.show.discussion":
            "LESSON is an id or number from the course in use, or a lesson file (FILE.md) to preview.",
        "cli.help.show.lesson": "The lesson's id or number, or a lesson file.",
        "cli.help.show.page": "Print only this page (1 is the first).",
        "cli.help.lint.abstract": "Check lesson files; exits non-zero when any has an error.",
        "cli.help.lint.discussion": """
        Each problem is reported as file:line:column: error: what is wrong and how to fix it. \
        Translations (`zh-Hans/NN-name.md` beside the originals) are checked against their \
        originals; `--lang zh-Hans` reports only on them, `--lang en` only on the originals.
        """,
        "cli.help.lint.paths":
            "Lesson files or folders (default: the course in use, with --lessons or --only-lessons).",
        "cli.help.demos.abstract": "List the live demos; `spindle run DEMO --help` explains one.",
        "cli.help.run.abstract": "Run a live demo on real processes and threads, and watch it on the stage.",
        "cli.help.run.discussion": """
        Parameters are NAME=VALUE words; `spindle run DEMO --help` lists a demo's parameters \
        and results, `spindle demos` lists the demos. Every demo takes speed= (1 is a pace you \
        can follow, 2 twice as fast, 0 full speed; otherwise from {slowest} to {fastest}; \
        unless given, 1 on the stage and 0 when narrated or with --json) and time_limit= \
        (seconds). A parameter is given once. Keys on the stage: space pauses, arrows step when \
        paused, + and - change the speed, q leaves. With --plain (or \
        no terminal, or TERM=dumb) the run is narrated line by line and its last lines are its \
        results, one per line: result NAME=VALUE.
        """,
        "cli.help.run.demo": "The demo to run (see `spindle demos`).",
        "cli.help.run.parameters": "Parameters, such as workers=4 lock=on.",
        "cli.help.run.json": "Print only the results, as one JSON object.",
        "cli.help.run.help": "Show this help, or a demo's parameters and results.",
        "cli.help.replay.abstract":
            "Play a saved trace (JSON Lines) with the stage, or narrate it with --plain.",
        "cli.help.replay.discussion": """
        Keys while it plays: space pauses and resumes; → and ← step one event when paused; \
        + and - change the speed; q leaves. Without a terminal (or with --plain or TERM=dumb) \
        the trace is narrated line by line, followed by its results. A trace file holds at most \
        {events} events in {mebibytes} MiB, each \
        line at most {bytes} bytes, and declares every actor and resource \
        before a line refers to it.
        """,
        "cli.help.replay.file": "The trace file, as written by --trace.",
        "cli.help.replay.speed": "Playback speed, from {range} (1 is real time).",
        "cli.help.replay.chrome-trace": "Also write the trace for Perfetto or chrome://tracing.",
        "cli.help.replay.force": "Replace files that --chrome-trace or --record name.",
        "cli.help.explore.abstract": "Try every interleaving of a small Python threading program.",
        "cli.help.explore.discussion": """
        FILE is a plain .py file that python3 runs unchanged, written in the lab's subset of \
        Python: module-level globals and functions, threading, queue and time (see \
        docs/lab.md). Spindle runs it under its own scheduler, one visible step at a time, \
        and tries every order in which its threads can take their steps. An outcome is what \
        the program printed and how it ended. Exit status: 0 when no interleaving fails, 1 \
        when one does (an assertion, an uncaught exception or a deadlock), 2 when the file \
        cannot be read or is outside the subset, 3 when --max-states or Ctrl-C stopped the \
        exploration before it finished.
        """,
        "cli.help.explore.file": "The program.",
        "cli.help.explore.max-states": "Stop after this many distinct states.",
        "cli.help.explore.json": "Print the report as JSON.",
        "cli.help.explore.show":
            "Play the shortest schedule to outcome K of the report on the stage (narrated with --plain).",
        "cli.help.explore.python":
            "Also run the file under python3 and print CPython's outcomes beside the explorer's.",
        "cli.help.explore.runs": "How many times --python runs the file.",
        "cli.help.explore.trace": "With --show, also save its trace as JSON Lines.",
        "cli.help.explore.chrome-trace": "With --show, also save its trace for Perfetto.",
        "cli.help.explore.record": "With --show, also record the animation as asciicast.",
        "cli.help.lab.abstract": "Be the scheduler: run a Python program's threads one step at a time.",
        "cli.help.lab.discussion": """
        LAB is a lab of the course (`lost-update`, or `be-the-scheduler/lost-update`; the \
        `spindle lab --list` lists them) or a .py file in the lab's subset of Python (docs/lab.md). \
        Keys 1-9 run that thread's next step, u undoes, r restarts, a runs at random with a \
        seed it shows, e says whether the goal can still be reached and how soon, h gives \
        the next hint, q leaves. With --plain, or when the input is not a terminal, type the \
        same keys as lines. A course lab you win is recorded in your progress.
        """,
        "cli.help.lab.lab": "A course lab's id, or a lab program.",
        "cli.help.lab.list": "List the course's labs, with what you did in each.",
        "cli.help.lab.goal":
            "For a file: what wins, e.g. \"end counter == 1\", deadlock, assertion, critical.",
        "cli.help.lab.seed": "The seed the first `a` uses; each press takes the next.",
        "cli.help.trace.abstract":
            "Run your own Python program and watch its threads and processes on the stage.",
        "cli.help.trace.discussion": """
        Runs `python3 SCRIPT ARGS...` with Spindle's probe installed before the script's first \
        line: the script runs as __main__, with its own arguments and working directory, and \
        standard input from /dev/null. Threads, locks, conditions, semaphores, events, \
        barriers, timers, queues, thread pools, sleeps, forks and multiprocessing appear on \
        the stage with the line of your code behind each step. Spindle's options come before \
        SCRIPT; every word after it goes to the script. What the program prints is shown \
        after the run (with --plain, between the narration lines, marked stdout| and \
        stderr|). When every thread waits for another in a cycle (a deadlock) the cycle is \
        named with its source lines and the program is stopped. Exit status: 0 when the \
        program exited with 0, 3 for a deadlock, 130 after Ctrl-C, 1 otherwise.
        """,
        "cli.help.trace.json": "Print only how the run went, as one JSON object.",
        "cli.help.trace.time-limit": "Stop the program after this many seconds (default {seconds}).",
        "cli.help.trace.keep-running": "Name a deadlock but leave the program running.",
        "cli.help.trace.python": "The Python interpreter to run (default python3 on PATH).",
        "cli.help.trace.script": "The Python program to run.",
        "cli.help.trace.arguments": "The program's own arguments.",
    ]
}
