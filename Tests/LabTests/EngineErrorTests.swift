import Lab
import Testing

@Suite("Lab engine: Python's errors and the subset's limits")
struct EngineErrorTests {
    /// The uncaught exceptions of running `source` to the end on one schedule.
    func exceptions(_ source: String) throws -> [String] {
        var engine = try engine(source)
        try runFirstRunnable(&engine)
        return engine.exceptions.map(\.description)
    }

    @Test(
        "runtime errors keep Python's names and messages",
        arguments: [
            ("print(x)", "NameError: name 'x' is not defined"),
            ("print(1 // 0)", "ZeroDivisionError: integer division or modulo by zero"),
            ("print([1][3])", "IndexError: list index out of range"),
            ("print({'a': 1}['b'])", "KeyError: 'b'"),
            ("print(1 + 'a')", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
            ("x = 9223372036854775807\nx += 1", "OverflowError: int too large for the lab"),
            ("assert 1 == 2", "AssertionError"),
            ("assert False, 'no'", "AssertionError: no"),
            (
                "import threading\nthreading.Lock().release()",
                "RuntimeError: release unlocked lock"
            ),
            (
                "import threading\nthreading.RLock().release()",
                "RuntimeError: cannot release un-acquired lock"
            ),
            (
                "import threading\nthreading.current_thread().join()",
                "RuntimeError: cannot join current thread"
            ),
            (
                "import threading\nt = threading.Thread(target=print)\nt.join()",
                "RuntimeError: cannot join thread before it is started"
            ),
            (
                "import threading\nt = threading.Thread()\nt.start()\nt.start()",
                "RuntimeError: threads can only be started once"
            ),
            (
                "import threading\nc = threading.Condition()\nc.wait()",
                "RuntimeError: cannot wait on un-acquired lock"
            ),
            (
                "import queue\nqueue.Queue().task_done()",
                "ValueError: task_done() called too many times"
            ),
            (
                "def f(a, b=1):\n    return a\nf()",
                "TypeError: f() missing 1 required positional argument: 'a'"
            ),
        ])
    func pythonErrors(_ source: String, _ expected: String) throws {
        #expect(try exceptions(source) == [expected])
    }

    @Test("an exception ends its thread only, and the rest of the program goes on")
    func threadException() throws {
        var engine = try engine(
            """
            import threading
            lock = threading.Lock()

            def worker():
                with lock:
                    assert False, "boom"

            t = threading.Thread(target=worker)
            t.start()
            t.join()
            with lock:
                print("main goes on")
            """)
        try runFirstRunnable(&engine)
        #expect(engine.output == ["main goes on"])
        #expect(engine.ending == .completed)
        let exception = try #require(engine.exceptions.first)
        #expect(exception.threadName == "Thread-1 (worker)")
        #expect(exception.type == "AssertionError")
        #expect(exception.message == "boom")
        #expect(exception.position == SourcePosition(line: 6, column: 9))
    }

    @Test(
        "constructs outside the subset are refused at their position",
        arguments: [
            ("import os", "lab.py:1:8: module os is not in the lab: import threading, queue or time"),
            (
                "import threading\nt = threading.Timer(1, print)",
                "lab.py:2:5: threading.Timer is not in the lab's subset; supported: Barrier, BoundedSemaphore, "
                    + "Condition, Event, Lock, RLock, Semaphore, Thread, current_thread"
            ),
            (
                "import threading\nl = threading.Lock()\nl.acquire(timeout=1)",
                "lab.py:3:11: timeouts are not supported in the lab: a schedule has no clock"
            ),
            (
                "x = sorted([2, 1])",
                "lab.py:1:5: sorted() is not in the lab's subset; supported builtins: "
                    + "abs, bool, int, len, list, max, min, print, range, str, sum, tuple"
            ),
            (
                "items = []\nitems.sort()",
                "lab.py:2:1: .sort is not in the lab's subset; supported methods: "
                    + "append, pop, insert, extend, remove, index, count, get, keys, values, items, acquire, release, "
                    + "locked, wait, wait_for, notify, notify_all, set, clear, is_set, start, join, is_alive, put, "
                    + "task_done, qsize, empty, full"
            ),
            (
                "def f(x=[]):\n    pass",
                "lab.py:1:9: a default value must be a literal in the lab (a number, "
                    + "string, True, False or None)"
            ),
            (
                "def f():\n    def g():\n        pass",
                "lab.py:2:5: a def inside a function is not in the lab's "
                    + "subset: define g at the top level"
            ),
        ])
    func refusals(_ source: String, _ expected: String) {
        #expect(compileError(source) == expected)
    }

    @Test("every program of the parser's tests compiles or is refused with a position")
    func parserProgramsCompile() {
        for program in ParserProgramTests.programs {
            if let error = compileError(program) {
                #expect(error.hasPrefix("lab.py:"), "\(error)")
            }
        }
    }
}
