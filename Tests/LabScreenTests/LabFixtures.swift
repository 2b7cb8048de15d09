import LabScreen

/// Snapshots of lab runs with every field fixed, for the golden frames and the width checks.
enum LabFixtures {
    static let lockProgram = [
        "import threading",
        "",
        "counter = 0",
        "lock = threading.Lock()",
        "",
        "def work(n):",
        "    global counter",
        "    for i in range(n):",
        "        with lock:",
        "            tmp = counter",
        "            counter = tmp + 1",
        "    print('done', n)",
        "",
        "threads = [threading.Thread(target=work, args=(2,)) for _ in range(4)]",
        "for t in threads:",
        "    t.start()",
        "for t in threads:",
        "    t.join()",
        "print('counter =', counter)",
    ]

    /// Two threads: the first holds the lock and is about to read, the second waits for it.
    static var twoThreadsOneBlocked: LabSnapshot {
        LabSnapshot(
            title: "Take turns with a lock", goal: "finish with counter == 1", sourceLines: lockProgram,
            threads: [
                LabThreadColumn(
                    name: "Thread-1", state: .runnable(next: "read counter"), line: 10, column: 19),
                LabThreadColumn(
                    name: "Thread-2", state: .blocked("waiting for lock, held by Thread-1"), line: 9,
                    column: 14),
            ],
            variables: [LabNamedValue(name: "counter", value: "0"), LabNamedValue(name: "i", value: "0")],
            objects: [LabNamedValue(name: "lock", value: "Lock: held by Thread-1; waiting: Thread-2")],
            stepCount: 5,
            recentSteps: [
                "MainThread start Thread-1", "MainThread start Thread-2", "Thread-1 acquire lock",
                "Thread-2 wait for lock",
            ],
            message: "Thread-2 waits: lock is held by Thread-1.")
    }

    /// Four threads in every state.
    static var fourThreads: LabSnapshot {
        LabSnapshot(
            title: "Four workers, one lock", goal: "make two threads hold the lock at once",
            sourceLines: lockProgram,
            threads: [
                LabThreadColumn(
                    name: "Thread-1", state: .runnable(next: "write counter"), line: 11, column: 13),
                LabThreadColumn(
                    name: "Thread-2", state: .blocked("lock held by Thread-1"), line: 9, column: 14),
                LabThreadColumn(
                    name: "Thread-3", state: .runnable(next: "acquire lock"), line: 9, column: 14),
                LabThreadColumn(name: "Thread-4", state: .finished),
            ],
            variables: [LabNamedValue(name: "counter", value: "3")],
            objects: [LabNamedValue(name: "lock", value: "Lock: held by Thread-1; waiting: Thread-2")],
            stepCount: 31,
            recentSteps: [
                "Thread-4 print 'done 2'", "Thread-4 finished", "Thread-1 acquire lock",
                "Thread-1 read counter (3)",
                "Thread-2 wait for lock",
            ],
            output: ["done 2"],
            message: "Thread-2 waits: lock is held by Thread-1.")
    }

    /// The lost update, won.
    static var won: LabSnapshot {
        var snapshot = finished
        snapshot.phase = .won("counter ended at 1")
        snapshot.message = "Thread-2 wrote counter (1)"
        return snapshot
    }

    /// The lost update, lost: both threads finished in turn.
    static var ended: LabSnapshot {
        var snapshot = finished
        snapshot.variables = [LabNamedValue(name: "counter", value: "2")]
        snapshot.phase = .ended("every thread finished with counter == 2")
        snapshot.message = "Thread-2 wrote counter (2)"
        return snapshot
    }

    private static var finished: LabSnapshot {
        LabSnapshot(
            title: "Make the counter end at 1", goal: "finish with counter == 1",
            sourceLines: ScriptedGame.source,
            threads: [
                LabThreadColumn(name: "Thread-1", state: .finished),
                LabThreadColumn(name: "Thread-2", state: .finished),
            ],
            variables: [LabNamedValue(name: "counter", value: "1")], stepCount: 4,
            recentSteps: [
                "Thread-1 read counter (0)", "Thread-2 read counter (0)", "Thread-1 wrote counter (1)",
                "Thread-2 wrote counter (1)",
            ],
            seed: 7)
    }

    /// A program with a line far wider than any column, tabs, a wide character, a terminal escape
    /// and a long blocked reason, so every cut and every sanitised character shows.
    static var longLines: LabSnapshot {
        let source = [
            "import threading",
            "\tmessage = '\u{1B}[2J cleared?'  # 名前",
            "def report(queue_of_results_from_every_worker, name_of_the_worker_that_reports):",
            "    queue_of_results_from_every_worker.put(name_of_the_worker_that_reports + ' finished')",
            "    return",
        ]
        return LabSnapshot(
            title: "A title long enough that it cannot fit beside the step count on one row of the screen",
            goal: "make a thread raise queue.Full before any other thread has had a chance to take an item",
            sourceLines: source,
            threads: [
                LabThreadColumn(
                    name: "worker-with-a-very-long-name\u{7}",
                    state: .blocked(
                        "waiting for queue_of_results_from_every_worker to have a free slot (2 of 2)"),
                    line: 4, column: 40),
                LabThreadColumn(name: "Thread-2", state: .runnable(next: "read message"), line: 2, column: 2),
            ],
            variables: [
                LabNamedValue(
                    name: "message",
                    value: "'\\x1b[2J cleared?' and a value long enough to be cut at the edge")
            ],
            objects: [
                LabNamedValue(
                    name: "queue_of_results_from_every_worker", value: "Queue(maxsize=2): ['a', 'b']")
            ],
            stepCount: 12_345, recentSteps: ["worker put 'a'", "worker put 'b'"],
            output: ["\u{1B}]52;c;bad\u{7}printed"],
            message:
                "A message long enough to need two rows on a narrow screen, because it explains what happened at length.",
            seed: 18_446_744_073_709_551_615)
    }

    /// Six threads: more than fit side by side at 80 columns.
    static var sixThreads: LabSnapshot {
        var snapshot = fourThreads
        snapshot.threads += [
            LabThreadColumn(name: "Thread-5", state: .runnable(next: "acquire lock"), line: 9, column: 14),
            LabThreadColumn(name: "Thread-6", state: .blocked("lock held by Thread-1"), line: 9, column: 14),
        ]
        return snapshot
    }

    static var all: [(String, LabSnapshot)] {
        [
            ("twoThreadsOneBlocked", twoThreadsOneBlocked), ("fourThreads", fourThreads), ("won", won),
            ("ended", ended), ("longLines", longLines), ("sixThreads", sixThreads),
            ("empty", LabSnapshot(title: "Nothing yet")),
        ]
    }
}
