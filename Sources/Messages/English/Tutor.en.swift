extension English {
    /// The tutor's own words: greeting, commands, their errors, grading, progress.
    static let tutor: [String: String] = [
        // Greeting and the lines before the first prompt.
        "welcome.tagline": "Spindle {version}: learn concurrency by watching it happen.",
        "welcome.begin": "Type `lessons` to see the course, `open {order}` to begin, `help` for commands.",
        "welcome.empty": "Type `lessons` to see the course, `help` for commands.",
        "welcome.back.continue":
            "Welcome back. `open {order}` continues {title}; `lessons` shows the course.",
        "welcome.back.all-done":
            "Welcome back. You have finished every lesson; `progress` shows what you did.",
        "welcome.back.next":
            "Welcome back. You finished lesson {number}, {title}; `open {next_order}` starts {next_title}.",
        "welcome.lint-errors.one":
            "{count} lesson file has errors; type `lint` to see them (the other lessons work)",
        "welcome.lint-errors.other":
            "{count} lesson files have errors; type `lint` to see them (the other lessons work)",

        // The command list and `help NAME`.
        "help.heading": "Commands (`help COMMAND` explains one; Tab completes commands and lesson ids):",
        "help.unknown": "no command `{name}`; `help` lists them",
        "help.unknown.suggest": "no command `{name}`; did you mean `{suggestion}`?",
        "command.unknown": "unknown command `{word}`; type `help` to list commands",
        "command.unknown.suggest":
            "unknown command `{word}`; did you mean `{suggestion}`? (`help` lists commands)",
        "command.lessons.summary": "list the lessons with your progress",
        "command.lessons.details":
            "Lists every lesson in order: its number, id and title, marked done or in progress.",
        "command.open.summary": "open a lesson where you left it",
        "command.open.details":
            "Opens a lesson by id (`open welcome`) or number (`open 0`) at the page you saw last. "
            + "Alone, `open` continues where you stopped, or with the next lesson once that one is done.",
        "command.next.summary": "go to the next page",
        "command.next.details":
            "Shows the next page of the open lesson; on the last page, says which lesson comes next.",
        "command.back.summary": "go to the previous page",
        "command.back.details": "Shows the previous page of the open lesson.",
        "command.page.summary": "show the current page again, or page N",
        "command.page.details":
            "Shows the current page again, with your answers so far; `page 3` jumps to page 3. "
            + "A page taller than the terminal opens in a pager: space or f next screen, b back, "
            + "↑ and ↓ a line, q (or the end) back to the prompt.",
        "command.answer.summary": "answer the current question",
        "command.answer.details":
            "Answers the first open question on the page: a letter (`answer b`) for a choice, "
            + "or words for a short answer. A lone letter such as `b` works too.",
        "command.hint.summary": "show the next hint for the current question",
        "command.hint.details":
            "Reveals the current quiz's hints one at a time, from gentle to nearly the answer.",
        "command.progress.summary": "show what you have done",
        "command.progress.details":
            "Shows pages seen, questions answered and hints used for every lesson you started.",
        "command.reset.summary": "forget progress on a lesson",
        "command.reset.details":
            "Forgets pages seen and answers for one lesson (the open one when none is named), "
            + "or for every lesson with `reset all`, which asks first (`reset all --yes` does not ask, "
            + "for input that is not a terminal). The progress before a reset is kept in a file "
            + "whose name is shown, so it can be restored.",
        "command.run.summary": "run the page's demo, or any demo",
        "command.run.details":
            "Alone, runs the demo on the current page (after you have made its prediction) and "
            + "grades your prediction with what it measured; `run 2` runs the page's second demo, "
            + "`run speed=0` the page's demo with that parameter changed (a change of pace still "
            + "grades; in plain mode a demo runs at full speed unless given a speed). "
            + "`run DEMO workers=4` runs any demo; "
            + "`run DEMO help` lists its parameters and results. On the stage: space pauses, arrows "
            + "step, + and - change the speed, q comes back here; Ctrl-C stops the demo.",
        "command.demos.summary": "list the live demos",
        "command.demos.details": "Lists every demo with what it shows; `run DEMO help` explains one.",
        "command.replay.summary": "play the last run, or a saved trace, again",
        "command.replay.details":
            "Plays the last run again (`replay`, `replay 0.5` for half speed), or a trace file "
            + "(Spindle's JSON Lines trace format) with the stage: space pauses, arrows step, "
            + "+ and - change the speed, q comes back here. SPEED is {speeds}; 1 is real time.",
        "command.step.summary": "go through the last run event by event",
        "command.step.details":
            "On the stage, opens the last run paused at its start: → and ← step one event. "
            + "In plain mode, prints its next N narration lines (10 by default).",
        "command.save.summary": "save the last run's trace",
        "command.save.details":
            "Writes the last run's trace as JSON Lines, to replay later with `replay FILE` "
            + "or `spindle replay FILE`. An existing file is replaced only after you confirm, or "
            + "with `--force`; a device or named pipe (such as /dev/null) is written through.",
        "command.lab.summary": "be the scheduler of a program's threads",
        "command.lab.details":
            "Plays a lab: the open page's (or lesson's) lab, a course lab by id "
            + "(`lab lost-update`, `lab be-the-scheduler/lost-update`), or any program in the "
            + "lab's subset of Python (`lab counter.py end counter == 1`). Keys 1-9 run that "
            + "thread's next step, u undoes, r restarts, a runs at random (the seed is shown), "
            + "e says whether the goal can still be reached, h gives a hint, q leaves. "
            + "Afterwards `replay`, `step` and `save` work on the schedule you played. "
            + "`lab list` (or `lab` outside a lesson) lists every lab with what you did in it.",
        "command.explore.summary": "try every interleaving of a threaded program",
        "command.explore.details":
            "Runs FILE, a small Python program with threads (docs/lab.md has the subset), "
            + "under Spindle's own scheduler in every order its threads can take their steps, "
            + "and lists the outcomes, which fail, and the shortest schedule to each. "
            + "`explore FILE K` then plays the shortest schedule to outcome K on the stage. "
            + "Ctrl-C stops exploring and shows what was found so far.",
        "command.trace.summary": "run your own Python program on the stage",
        "command.trace.details":
            "Runs FILE.py with python3 and shows its threads, processes, locks and queues "
            + "live, each step with the line of your code behind it; ARGS go to the program. "
            + "What it prints is shown afterwards. A deadlock is named with its lines and the "
            + "program stopped; Ctrl-C stops it too (after 60 s it is stopped anyway: "
            + "`spindle trace --time-limit S` runs longer). Then `replay`, `step` and `save` "
            + "work on the run.",
        "command.reload.summary": "re-read the lesson files",
        "command.reload.details":
            "Re-reads the lessons given with --lessons or --only-lessons, so an "
            + "instructor can edit a lesson and see it without restarting; the built-in "
            + "course changes only with a new build.",
        "command.lint.summary": "check the lesson files",
        "command.lint.details":
            "Checks every lesson file and lists each problem as file:line:column with how to fix it.",
        "command.lang.summary": "show or switch the language (语言)",
        "command.lang.details":
            "Shows the language of lessons and messages; `lang zh-Hans` switches to Simplified "
            + "Chinese and `lang en` to English, on the same page, and the next start remembers it "
            + "(unless --lang or SPINDLE_LANG says otherwise). Progress is the same in every language.",
        "command.help.summary": "list commands, or explain one",
        "command.help.details": "Lists the commands; `help open` explains one.",
        "command.quit.summary": "leave Spindle (Ctrl-D works too)",
        "command.quit.details": "Leaves Spindle. Your progress is already saved.",

        // Languages.
        "lang.current": "Lessons and messages are in `{language}`; {commands} switches.",
        "lang.unknown": "no language `{tag}`; use {commands}",
        "lang.switched": "Lessons and messages are now in English; `lang zh-Hans` switches back to Chinese.",
        "lang.untranslated": "This lesson has no `{language}` translation yet; it is shown in English.",
        "lang.unknown-option": "unknown language `{tag}` (from {source}); use {tags}",

        // The lesson list, opening lessons and turning pages.
        "lessons.none": "no lessons in {course}; add files there or pass --lessons DIR",
        "lessons.mark.done": "✓ done",
        "lessons.mark.pages": "… {seen}/{total} pages",
        "lessons.footer": "`open NUMBER` starts a lesson; `open {order}` begins at the start.",
        "lessons.none-open": "no lesson is open; `lessons` lists them",
        "lessons.none-open.continue":
            "no lesson is open; `open` continues with lesson {number} (`open {order}` does too)",
        "lessons.all-finished":
            "every lesson is finished; `open NUMBER` opens one again (`lessons` lists them)",
        "lessons.unknown": "no lesson `{key}`; `lessons` lists the numbers and ids",
        "lessons.unknown.suggest": "no lesson `{key}`; did you mean `{id}`?",
        "lessons.requires": "This lesson builds on {lessons}, not finished yet.",
        "lessons.complete": "✓ Lesson {number} complete.",
        "lessons.end.last-page": "That was the last page of lesson {number}.",
        "lessons.end.open-questions": "{count} question(s) still open; `back` to find them.",
        "lessons.end.next": "Next: `open {order}` ({title}).",
        "lessons.end.last-lesson": "That was the last lesson; `progress` shows what you have done.",
        "page.first": "this is the first page; `next` goes forward",
        "page.out-of-range": "lesson {number} has {count} pages; `page 1` to `page {count}` shows one",

        // A page: its header, blocks and footer.
        "page.heading": "# Lesson {number} · {title}",
        "page.subheading": "**Page {page} of {count}: {title}**",
        "page.demo": "▶ **Demo** `{call}`",
        "page.demo.run": "Type `run` to watch it.",
        "page.demo.preview": "Watch it with `spindle run {call}`.",
        "page.demo.missing": "*This demo is not part of this build of Spindle yet.*",
        "page.predict": "**Predict** before you run it: {question}",
        "page.prediction": "Your prediction: {answer}",
        "page.prediction.right": "Your prediction: {answer} (right)",
        "page.prediction.wrong": "Your prediction: {answer} (the demo said otherwise)",
        "page.how.letter": "Type `answer` and a letter, e.g. `answer a`.",
        "page.how.letter.hint": "Type `answer` and a letter, e.g. `answer a`; `hint` helps.",
        "page.how.words": "Type `answer` and your answer in words.",
        "page.how.words.hint": "Type `answer` and your answer in words; `hint` helps.",
        "page.quiz": "**Quiz:** {question}",
        "page.hint": "**Hint {number}:** {hint}",
        "page.answered": "✓ You answered: {answer}",
        "page.footer.position": "Page {page} of {count}",
        "page.footer.next": "`next` page",
        "page.footer.help": "`help` commands",

        // Answers, grading and hints.
        "answer.empty": "answer with a letter (`answer b`) or words (`answer lock`)",
        "answer.not-a-choice": "`{typed}` is not one of the choices; answer with a letter such as `answer a`",
        "answer.right": "✓ Right.",
        "answer.wrong": "✗ Not quite. Try again.",
        "answer.wrong.hint": "✗ Not quite. Try again, or type `hint`.",
        "answer.prediction-noted": "Prediction noted: {letter}) {choice}",
        "answer.prediction-run": "Now `run` the demo `{demo}`: what it measures grades your prediction.",
        "answer.which-question": "Question {number} of {count} ({question}):",
        "answer.no-question": "no question on this page; `next` moves on",
        "answer.answered.one":
            "the question on this page is answered already; `next` moves on, `page` shows your answers",
        "answer.answered.other":
            "all {count} questions on this page are answered already; `next` moves on, `page` shows your answers",
        "answer.grade.parameters-differ":
            "This run's parameters differ from the page's demo, so it does not grade your prediction; "
            + "`run` alone runs the page's demo.",
        "answer.grade.unfinished":
            "This run did not finish, so your prediction is not graded yet; `run` it again.",
        "answer.grade.not-measured": "This machine could not measure `{result}`: {reason}.",
        "answer.grade.not-graded":
            "Your prediction is not graded: this machine, not the program, decided that run.",
        "answer.grade.predicted": "You predicted {letter}) {choice}",
        "answer.grade.right": "The demo measured {result}={value}: ✓ your prediction was right.",
        "answer.grade.happened": "The demo measured {result}={value}: ✗ what happened was {letter}) {choice}",
        "answer.grade.none": "The demo measured {result}={value}: ✗ none of the choices.",
        "hint.prediction":
            "predictions have no hints: pick what you expect, and the demo will show what happens",
        "hint.none": "this question has no hints",
        "hint.no-more": "no more hints (all {count} shown); `page` shows them again",
        "hint.shown": "**Hint {number} of {count}:** {hint}",

        // `progress`, and the labs' tallies it shares with `lessons` and `lab list`.
        "progress.nothing": "nothing yet; `open {order}` starts the first lesson",
        "progress.nothing.no-lessons": "nothing yet, and the course has no lessons",
        "progress.line":
            "{number}  {title}: {seen}/{pages} pages, {right}/{questions} questions right, {hints}, {status}",
        "progress.line.labs":
            "{number}  {title}: {seen}/{pages} pages, {right}/{questions} questions right, {hints}, {labs}, {status}",
        "progress.hints.one": "{count} hint",
        "progress.hints.other": "{count} hints",
        "progress.status.done": "done",
        "progress.status.in-progress": "in progress",
        "progress.total": "{done} of {count} lessons done.",
        "progress.lab": "    lab {id}: {status}",
        "progress.save-failed": "could not save progress: {error}; your answers are kept until you quit",
        "progress.unreadable":
            "cannot read the progress file {file} ({reason}); this session saves no progress, so the file stays as it is",
        "progress.not-regular-file": "it is not a regular file",
        "progress.permission-denied": "permission denied",
        "progress.too-large": "it is larger than {size} MB",
        "progress.newer-schema": "it was written by a newer Spindle (schema {schema})",
        "progress.invalid": "it is not valid progress data",
        "progress.moved-aside":
            "progress file unreadable ({problem}); kept it as {file} and started afresh "
            + "(quit and rename it to progress.json to restore it)",
        "progress.not-moved":
            "progress file unreadable ({problem}) and it could not be moved aside ({error}); "
            + "this session saves no progress, so it stays as it is",
        "progress.no-copy-name": "no free name for a copy beside {file}",
        "labs.tally.one": "{done}/{count} lab done",
        "labs.tally.other": "{done}/{count} labs done",
        "labs.status": " ({status})",
        "labs.status.won": "won in {steps} steps",
        "labs.status.won.hints.one": "won in {steps} steps, {hints} hint",
        "labs.status.won.hints.other": "won in {steps} steps, {hints} hints",
        "labs.status.proved": "proved impossible",
        "labs.status.played": "played, not won",

        // `reset` and `reload`.
        "reset.which": "reset which lesson? `reset ID`, `reset NUMBER` or `reset all`",
        "reset.unknown": "no lesson `{key}`; `lessons` lists them",
        "reset.nothing": "nothing to forget on lesson {number} ({id})",
        "reset.forgot": "forgot your progress on lesson {number} ({id}): {summary}",
        "reset.summary": "{seen}/{pages} pages seen, {answers}, {hints}",
        "reset.answers.one": "{count} answer",
        "reset.answers.other": "{count} answers",
        "reset.all.nothing": "no progress to forget yet",
        "reset.all.what.one": "your progress on {count} lesson ({done} done)",
        "reset.all.what.other": "your progress on {count} lessons ({done} done)",
        "reset.all.refused": "`reset all` forgets {what}; type `reset all --yes` to do it",
        "reset.all.question": "forget {what}? [y/N] ",
        "reset.all.declined": "kept your progress",
        "reset.all.done": "forgot {what}",
        "reset.kept":
            "Your progress before this reset is kept in {file}; to restore it, quit and rename that file to progress.json.",
        "reset.keep-failed": "could not keep a copy of your progress before this reset: {error}",
        "reload.done.one": "reloaded {count} lesson from {course}",
        "reload.done.other": "reloaded {count} lessons from {course}",
        "course.both-options":
            "--lessons and --only-lessons both given; pass --lessons DIR to add to the built-in "
            + "course or --only-lessons DIR to replace it",
        "course.not-a-folder":
            "lesson folder `{path}` (from {source}) is not a directory; pass an existing folder",
        "course.unreadable": "lesson folder `{path}` (from {source}) cannot be read; check its permissions",
        "lint.clean.one": "{count} lesson checked, no problems",
        "lint.clean.other": "{count} lessons checked, no problems",
        "lint.clean.translated": "{count} lessons and {translations} translations checked, no problems",
        "lint.summary": "{errors}, {warnings}",
        "lint.errors.one": "{count} error",
        "lint.errors.other": "{count} errors",
        "lint.warnings.one": "{count} warning",
        "lint.warnings.other": "{count} warnings",

        // Runs: `run`, `step`, `replay`, `save`, `trace`, `explore`.
        "run.no-lesson": "no lesson is open; `run DEMO` runs any demo (`demos` lists them)",
        "run.no-demo": "this page has no demo; `run DEMO` runs any demo (`demos` lists them)",
        "run.which.one": "this page has {count} demo; `run` runs one",
        "run.which.other": "this page has {count} demos; `run 1` to `run {count}` runs one",
        "run.predict-first":
            "Predict first: {question} Answer with a letter (`answer a`), then `run`; `page` shows the choices again.",
        "run.page-demo-broken": "this page's demo cannot run: {error}; `lint` checks the lesson",
        "run.again": "Again: `replay`; event by event: `step`; keep the trace: `save FILE`.",
        "step.nothing": "nothing to step through yet: `run` a demo or play a `lab` first",
        "step.usage": "usage: `step [N]`, N a whole number of events, e.g. `step 5`",
        "step.end": "that was the end of the run; `step` starts again from the top",
        "replay.usage":
            "usage: `replay [FILE] [SPEED]`, e.g. `replay 2` or `replay run.jsonl 2` (speed {speeds})",
        "replay.bad-speed": "The speed must be from {speeds}, not {value}.",
        "replay.nothing": "No run to replay yet: `run` a demo, play a `lab`, or {usage}",
        "replay.no-events": "{file} holds no events.",
        "save.nothing": "nothing to save yet: `run` a demo or play a `lab` first",
        "save.where": "save it where? `save FILE`, e.g. `save counter.jsonl`",
        "save.replay-hint": " `replay {file}` plays it.",
        "save.exists": "{file} already exists{detail}; `save --force {file}` replaces it",
        "save.overwrite": "overwrite {file}? [y/N] ",
        "save.declined": "Nothing saved; {file} is as it was.",
        "trace.usage": "usage: `trace FILE.py [ARGS ...]`, e.g. `trace bank.py` or `trace pool.py 4`",
        "explore.usage": "usage: `explore FILE.py [K]`, e.g. `explore counter.py` or `explore counter.py 2`",
        "explore.plays": "`explore {file} K` plays the shortest schedule to outcome K.",
        "explore.no-outcome": "There is no outcome {number}; give a number from 1 to {count}.",
        "explore.title": "{file} outcome {number}",

        // Labs.
        "lab.no-lesson":
            "open a lesson first, or name a lab: `lab ID` (`lab list` lists them) or `lab FILE.py`",
        "lab.none-in-lesson": "this lesson has no lab; `lab list` lists the course's labs",
        "lab.which": "which lab? {labs}",
        "lab.unknown": "{problem}; {listing} lists them",
        "lab.program-error": "lab `{id}`: {problem}; `lint` checks the lesson",
        "lab.cannot-play": "lab `{id}` cannot be played: {problem}; `lint` checks the lesson",
        "lab.goal-error": "goal `{goal}`, column {column}: {problem}",
        "lab.list.none": "the course has no labs",
        "lab.list.footer": "`{command} ID` plays one, e.g. `{command} {id}`.",
        "lab.won.one": "Lab {name} won in {steps} step.",
        "lab.won.other": "Lab {name} won in {steps} steps.",
        "lab.proved": "Lab {name}: proved that no schedule reaches the goal.",
        "lab.not-won": "Lab {name} not won yet; `lab {id}` plays it again.",
        "lab.replay": "The schedule you played: `replay`; event by event: `step`; keep it: `save FILE`.",
    ]
}
