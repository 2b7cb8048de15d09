extension English {
    /// `spindle trace`'s words about a traced program: why it cannot start or was stopped, its
    /// deadlock sentence, the probe's warnings.
    static let script: [String: String] = [
        "script.deadlock.waits-for": "waits for {resource} held by {holder}",
        "script.deadlock.waits-to-end": "waits for {thread} to end (join)",
        "script.deadlock.first": "{thread} {wait}",
        "script.deadlock.which": "{chain}, which {wait}",
        "script.deadlock.sentence": "deadlock: {chain}",
        "script.deadlock.sentence-at": "deadlock: {chain} ({places})",
        "script.list.separator": ", ",
        "script.list.and": "{items} and {last}",
        "script.error.python-not-found":
            "{python} was not found on PATH; install Python 3.9 or later (for example `apt-get install python3`)",
        "script.error.no-such-file": "cannot read {path}: no such file; give the path of a Python script",
        "script.error.folder": "cannot read {path}: it is a folder; give the path of a Python script",
        "script.error.cannot-read": "cannot read {path}: {reason}",
        "script.error.cannot-start": "could not start {python}: {reason}",
        "script.error.pipe": "could not make a pipe for the program: {reason}",
        "script.error.null-device": "could not open /dev/null: {reason}",
        "script.failure.probe": "{python} could not run Spindle's probe (it needs Python 3.9 or later)",
        "script.failure.probe-error":
            "{python} could not run Spindle's probe (it needs Python 3.9 or later): {error}",
        "script.stop.time-limit":
            "it ran past its time limit of {seconds} s; give a longer one with --time-limit",
        "script.stop.process-cap":
            "this program may run at most {limit} processes at once; ask for fewer (a smaller count or depth)",
        "script.stop.not-waited-for": "the program could not be waited for",
        "script.output-limit": "{count} lines",
        "script.warning.internal-error":
            "Spindle's probe hit an internal error; part of the trace may be missing",
        "script.warning.start-method":
            "{place} started a process with the {method} start method; Spindle follows only forked processes, so it is not shown",
        "script.warning.start-method-somewhere":
            "the program started a process with the {method} start method; Spindle follows only forked processes, so it is not shown",
        "script.warning.replaced": "{place} replaced {name}; those {things} are not traced",
        "script.warning.replaced-somewhere": "the program replaced {name}; those {things} are not traced",
        "script.warning.things.locks": "locks",
        "script.warning.things.re-entrant-locks": "re-entrant locks",
        "script.warning.things.conditions": "conditions",
        "script.warning.things.semaphores": "semaphores",
        "script.warning.things.events": "events",
        "script.warning.things.barriers": "barriers",
        "script.warning.things.threads": "threads",
        "script.warning.things.timers": "timers",
        "script.warning.things.queues": "queues",
        "script.warning.things.sleeps": "sleeps",
        "script.warning.things.pipes": "pipes",
        "script.warning.things.shared-values": "shared values",
        "script.warning.things.objects": "objects",
    ]
}
