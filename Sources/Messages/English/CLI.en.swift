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
    ]
}
